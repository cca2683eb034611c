using Spectre.Console;

namespace WebMessaging.Cli;

/// <summary>Where webmsg writes: standard output and error, and whether output is a terminal (colour, progress bars).</summary>
/// <param name="Out">Standard output: events and the summary.</param>
/// <param name="Error">Standard error: bad input and internal errors.</param>
/// <param name="Terminal">The colour console on a terminal; null when output is redirected (plain text).</param>
internal sealed record CliIo(TextWriter Out, TextWriter Error, IAnsiConsole? Terminal)
{
    /// <summary>The process's own console: colour when standard output is a terminal.</summary>
    public static CliIo FromProcess() =>
        new(
            System.Console.Out,
            System.Console.Error,
            System.Console.IsOutputRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) }));
}

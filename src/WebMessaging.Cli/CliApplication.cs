using System.CommandLine;
using WebMessaging.Cli.CommandLine;
using WebMessaging.Cli.Running;
using WebMessaging.Cli.Wpt;

namespace WebMessaging.Cli;

/// <summary>The <c>webmsg</c> program: parses the command line, runs the command, returns the exit code.</summary>
internal sealed class CliApplication
{
    private readonly CliIo _io;
    private readonly IPageRunner _pageRunner;

    /// <summary>Creates the program writing to <paramref name="io"/> and loading pages with <paramref name="pageRunner"/>.</summary>
    public CliApplication(CliIo io, IPageRunner pageRunner)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(pageRunner);
        _io = io;
        _pageRunner = pageRunner;
    }

    /// <summary>Runs the command <paramref name="args"/> names and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        var commandLine = new WebmsgCommandLine(
            (options, token) => new RunCommand(_io, _pageRunner).ExecuteAsync(options, token),
            WptCommandLine.Create((options, token) => new WptCommand(_io).ExecuteAsync(options, token)),
            new App.AppCommandLine((options, token) => new App.AppCommand(_io).ExecuteAsync(options, token)).Command);
        var configuration = new InvocationConfiguration { Output = _io.Out, Error = _io.Error, EnableDefaultExceptionHandler = false };

        // Without a command there is nothing to do: show what there is, as a usage error.
        if (args.Count == 0)
        {
            await commandLine.Parse(["--help"]).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var result = commandLine.Parse(args);

        // A bad command line is bad input: one line per problem and a pointer to the help,
        // instead of the whole help text that would bury the problem.
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await _io.Error.WriteLineAsync("webmsg: " + error.Message).ConfigureAwait(false);
            }

            var command = result.CommandResult.Command is RootCommand ? "run" : result.CommandResult.Command.Name;
            await _io.Error.WriteLineAsync($"Run 'webmsg {command} --help' for the options.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}

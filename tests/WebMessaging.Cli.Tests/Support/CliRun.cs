using WebMessaging.Cli.Running;

namespace WebMessaging.Cli.Tests.Support;

/// <summary>What one run of the webmsg program printed, and its exit code.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs webmsg with <paramref name="args"/>, loading pages with <paramref name="runner"/>, without a terminal.</summary>
    public static async Task<CliRun> StartAsync(IPageRunner runner, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = await new CliApplication(new CliIo(output, error, null), runner).RunAsync(args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The printed lines, without the last empty one.</summary>
    public string[] OutLines => Out.TrimEnd('\n').Split('\n');
}

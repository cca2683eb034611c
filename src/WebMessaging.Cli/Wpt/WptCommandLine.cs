using System.CommandLine;
using WebMessaging.Cli.CommandLine;

namespace WebMessaging.Cli.Wpt;

/// <summary>The grammar of <c>webmsg wpt</c>: its arguments and options, with their help.</summary>
internal static class WptCommandLine
{
    /// <summary>Makes the <c>wpt</c> command; <paramref name="execute"/> is called with the options of a valid invocation.</summary>
    public static Command Create(Func<WptOptions, CancellationToken, Task<int>> execute)
    {
        ArgumentNullException.ThrowIfNull(execute);
        var paths = new Argument<string[]>("tests")
        {
            Description = "Test files or folders, relative to the checkout's root (or the current folder). Without any, the whole checkout runs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var root = new Option<string>("--root")
        {
            Description = "The web-platform-tests checkout: the folder holding resources/testharness.js.",
            HelpName = "folder",
            Required = true,
        };
        var json = new Option<string?>("--json")
        {
            Description = "Also write the results to this file in wptreport's JSON shape.",
            HelpName = "results.json",
        };
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "The most wall time one file may take (default 1m); each file's harness timeout (10s, or 60s for long) runs in virtual time.",
            HelpName = "duration",
            CustomParser = result => DurationParser.ParseOption(result, "--timeout", allowZero: false),
        };
        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "List every subtest that did not pass, with its message.",
        };

        var command = new Command("wpt", "Run testharness.js tests from a web-platform-tests checkout and report every subtest.")
        {
            paths, root, json, timeout, verbose,
        };
        command.SetAction((result, cancellationToken) => execute(
            new WptOptions
            {
                Root = result.GetValue(root)!,
                Paths = result.GetValue(paths) ?? [],
                JsonPath = result.GetValue(json),
                FileTimeout = result.GetValue(timeout) ?? WptOptions.DefaultFileTimeout,
                Verbose = result.GetValue(verbose),
            },
            cancellationToken));
        return command;
    }
}

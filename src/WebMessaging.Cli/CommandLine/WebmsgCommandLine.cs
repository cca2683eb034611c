using System.CommandLine;

namespace WebMessaging.Cli.CommandLine;

/// <summary>The grammar of the <c>webmsg</c> command line: its commands, arguments and options, with their help.</summary>
internal sealed class WebmsgCommandLine
{
    private readonly Argument<string?> _input = new("input")
    {
        Description = "A sites.json, a folder holding one, or an HTML file (with --origin). Without it, a built-in sample runs.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string?> _origin = new("--origin")
    {
        Description = "The origin to serve an HTML file at, e.g. https://app.example.",
        HelpName = "url",
    };

    private readonly Option<TimeSpan?> _for = new("--for")
    {
        Description = "Run for this long in the pages' time (500ms, 2s, 1m) instead of until nothing is left to do.",
        HelpName = "duration",
        CustomParser = result => DurationParser.ParseOption(result, "--for", allowZero: true),
    };

    private readonly Option<TimeSpan?> _timeout = new("--timeout")
    {
        Description = "The most wall time the run may take (default 1m); past it the run stops with an error.",
        HelpName = "duration",
        CustomParser = result => DurationParser.ParseOption(result, "--timeout", allowZero: false),
    };

    private readonly Option<bool> _realTime = new("--real-time")
    {
        Description = "Let timers wait for the wall clock, instead of virtual time that skips ahead at once.",
    };

    private readonly Option<bool> _json = new("--json")
    {
        Description = "Print one JSON object per event (NDJSON) instead of text.",
    };

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Also write a self-contained HTML report (sequence diagram and filterable table) to this file.",
        HelpName = "out.html",
    };

    private readonly Option<bool> _legacyIe = new("--legacy-ie")
    {
        Description = "Load pages with legacy Internet Explorer messaging, as the page loader emulates it.",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v")
    {
        Description = "Show participant ids, error details and stack traces.",
    };

    /// <summary>Builds the command tree; <paramref name="run"/> is called with the options of a valid <c>webmsg run</c>, and <paramref name="commands"/> (e.g. <c>wpt</c>) join it.</summary>
    public WebmsgCommandLine(Func<RunOptions, CancellationToken, Task<int>> run, params Command[] commands)
    {
        ArgumentNullException.ThrowIfNull(run);
        var runCommand = new Command("run", "Run a site of pages and show every console call and every message, delivered or dropped.")
        {
            _input, _origin, _for, _timeout, _realTime, _json, _report, _legacyIe, _verbose,
        };
        runCommand.SetAction((result, cancellationToken) => run(ReadRunOptions(result), cancellationToken));

        Root = new RootCommand("webmsg: the HTML Web Messaging standard, headless. Runs pages and shows every postMessage.")
        {
            runCommand,
        };
        foreach (var command in commands)
        {
            Root.Subcommands.Add(command);
        }
    }

    /// <summary>The root command, <c>webmsg</c>.</summary>
    public RootCommand Root { get; }

    /// <summary>Parses <paramref name="args"/>.</summary>
    public ParseResult Parse(IReadOnlyList<string> args) => Root.Parse(args);

    /// <summary>The options of a parsed <c>webmsg run</c>.</summary>
    public RunOptions ReadRunOptions(ParseResult result) => new()
    {
        Input = result.GetValue(_input),
        Origin = result.GetValue(_origin),
        For = result.GetValue(_for),
        Timeout = result.GetValue(_timeout) ?? RunOptions.DefaultTimeout,
        RealTime = result.GetValue(_realTime),
        Json = result.GetValue(_json),
        ReportPath = result.GetValue(_report),
        LegacyIe = result.GetValue(_legacyIe),
        Verbose = result.GetValue(_verbose),
    };
}

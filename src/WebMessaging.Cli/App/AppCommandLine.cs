using System.CommandLine;
using System.CommandLine.Parsing;
using WebMessaging.Cli.CommandLine;

namespace WebMessaging.Cli.App;

/// <summary>The grammar of <c>webmsg app</c>: the app to run, where, and the user actions to play, in order.</summary>
internal sealed class AppCommandLine
{
    private const string ClickOption = "--click";
    private const string TypeOption = "--type";
    private const string InFrameOption = "--in-frame";

    private readonly Argument<string> _input = new("app")
    {
        Description = "An exported Appsmith application (.json), a DSL file ({\"dsl\": …}) or an app folder in Appsmith's git layout.",
    };

    private readonly Option<string?> _page = new("--page") { Description = "The page to open, by name (default: the app's default page).", HelpName = "name" };

    private readonly Option<string?> _origin = new("--origin") { Description = "The origin the app is served at (default https://app.appsmith.test).", HelpName = "url" };

    private readonly Option<string?> _embed = new("--embed")
    {
        Description = "A parent site (sites.json or its folder) whose entry page embeds the app in an iframe whose src is the app's origin.",
        HelpName = "sites.json",
    };

    private readonly Option<string?> _sites = new("--sites")
    {
        Description = "A site map serving the Iframe widgets' source URLs, when the app runs alone.",
        HelpName = "sites.json",
    };

    private readonly Option<string[]> _click = new(ClickOption)
    {
        Description = "Click a button widget. Actions run in the order given.",
        HelpName = "Button1",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _type = new(TypeOption)
    {
        Description = "Type text into an input widget (its text becomes it, then onTextChanged runs).",
        HelpName = "Input1=text",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _inFrame = new(InFrameOption)
    {
        Description = "Run a script in the document of an Iframe widget, e.g. --in-frame Iframe1 \"document.querySelector('button').click()\".",
        HelpName = "Iframe1 js",
        Arity = new ArgumentArity(2, ArgumentArity.ZeroOrMore.MaximumNumberOfValues),
        AllowMultipleArgumentsPerToken = true,
    };

    private readonly Option<TimeSpan?> _timeout = new("--timeout")
    {
        Description = "The most wall time the run may take (default 1m).",
        HelpName = "duration",
        CustomParser = result => DurationParser.ParseOption(result, "--timeout", allowZero: false),
    };

    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON object per event (NDJSON) instead of text." };

    private readonly Option<string?> _report = new("--report")
    {
        Description = "Also write a self-contained HTML report (sequence diagram and filterable table) to this file.",
        HelpName = "out.html",
    };

    private readonly Option<bool> _verbose = new("--verbose", "-v") { Description = "Show participant ids, error details and stack traces." };

    /// <summary>Builds the command; <paramref name="run"/> is called with the options of a valid <c>webmsg app</c>.</summary>
    public AppCommandLine(Func<AppRunOptions, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Command = new Command("app", "Run an Appsmith app headlessly (Iframe widgets, postWindowMessage, window message listeners): play clicks, typing and scripts in its iframes, and show every message, alert, store change and widget change.")
        {
            _input, _page, _origin, _embed, _sites, _click, _type, _inFrame, _timeout, _json, _report, _verbose,
        };
        Command.Validators.Add(Validate);
        Command.SetAction((result, cancellationToken) => run(Read(result), cancellationToken));
    }

    /// <summary>The <c>app</c> command.</summary>
    public Command Command { get; }

    /// <summary>The options of a parsed <c>webmsg app</c>.</summary>
    public AppRunOptions Read(ParseResult result) => new()
    {
        Input = result.GetValue(_input)!,
        Page = result.GetValue(_page),
        Origin = result.GetValue(_origin),
        Embed = result.GetValue(_embed),
        Sites = result.GetValue(_sites),
        Actions = ReadActions(result.Tokens),
        Timeout = result.GetValue(_timeout) ?? RunOptions.DefaultTimeout,
        Json = result.GetValue(_json),
        ReportPath = result.GetValue(_report),
        Verbose = result.GetValue(_verbose),
    };

    // The actions in the order they were written: the options' values alone lose the order
    // between --click, --type and --in-frame.
    private static List<AppAction> ReadActions(IReadOnlyList<Token> tokens)
    {
        var actions = new List<AppAction>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type != TokenType.Option)
            {
                continue;
            }

            switch (tokens[i].Value)
            {
                case ClickOption when i + 1 < tokens.Count:
                    actions.Add(new AppAction(AppActionKind.Click, tokens[++i].Value, ""));
                    break;
                case TypeOption when i + 1 < tokens.Count:
                    var assignment = tokens[++i].Value;
                    var equals = assignment.IndexOf('=', StringComparison.Ordinal);
                    actions.Add(new AppAction(AppActionKind.Type, assignment[..equals], assignment[(equals + 1)..]));
                    break;
                case InFrameOption:
                    // The option takes its arguments in pairs (an Iframe widget, a script) until the next option.
                    while (i + 2 < tokens.Count && tokens[i + 1].Type == TokenType.Argument && tokens[i + 2].Type == TokenType.Argument)
                    {
                        actions.Add(new AppAction(AppActionKind.InFrame, tokens[i + 1].Value, tokens[i + 2].Value));
                        i += 2;
                    }

                    break;
            }
        }

        return actions;
    }

    private void Validate(CommandResult result)
    {
        // The tokens, not the values: a value that failed the option's own checks cannot be read.
        foreach (var token in result.GetResult(_type)?.Tokens ?? [])
        {
            var assignment = token.Value;
            if (assignment.IndexOf('=', StringComparison.Ordinal) <= 0)
            {
                result.AddError($"--type '{assignment}': write the input widget and the text as Input1=text");
            }
        }

        if ((result.GetResult(_inFrame)?.Tokens.Count ?? 0) % 2 != 0)
        {
            result.AddError("--in-frame takes two values, an Iframe widget and a script, as in --in-frame Iframe1 \"document.title\" (give the app before the actions)");
        }

        if (result.GetValue(_embed) is not null && result.GetValue(_sites) is not null)
        {
            result.AddError("--embed and --sites both give a site map: --embed's serves the Iframe widgets' sources too");
        }
    }
}

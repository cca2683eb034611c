using WebMessaging.Cli.CommandLine;

namespace WebMessaging.Cli.App;

/// <summary>The options of one <c>webmsg app</c>, as the command line gave them.</summary>
internal sealed class AppRunOptions
{
    /// <summary>The export JSON, DSL file or git folder of the app.</summary>
    public required string Input { get; init; }

    /// <summary>The page to open (--page); the app's default page when null.</summary>
    public string? Page { get; init; }

    /// <summary>The origin the app is served at (--origin); the runtime's default when null.</summary>
    public string? Origin { get; init; }

    /// <summary>The parent site map (--embed) whose entry embeds the app; null runs the app alone.</summary>
    public string? Embed { get; init; }

    /// <summary>A site map (--sites) serving the Iframe widgets' sources when the app runs alone.</summary>
    public string? Sites { get; init; }

    /// <summary>The user actions, in command-line order.</summary>
    public IReadOnlyList<AppAction> Actions { get; init; } = [];

    /// <summary>The most wall time the run may take.</summary>
    public TimeSpan Timeout { get; init; } = RunOptions.DefaultTimeout;

    /// <summary>Whether to print NDJSON instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>Where to write the HTML report, or null.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Whether to show participant ids and error details.</summary>
    public bool Verbose { get; init; }
}

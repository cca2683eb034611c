namespace WebMessaging.Cli.CommandLine;

/// <summary>The options of <c>webmsg run</c>, as parsed from the command line.</summary>
internal sealed record RunOptions
{
    /// <summary>The default for <see cref="Timeout"/>: one minute of wall time.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(1);

    /// <summary>A sites.json, a folder holding one, or an HTML file; null runs the built-in sample.</summary>
    public string? Input { get; init; }

    /// <summary>The origin an HTML file is served at (--origin).</summary>
    public string? Origin { get; init; }

    /// <summary>How long to run, in the browser's time (--for); null runs until nothing is left to do.</summary>
    public TimeSpan? For { get; init; }

    /// <summary>The most wall time the run may take (--timeout).</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>Whether timers wait for the wall clock (--real-time) instead of virtual time.</summary>
    public bool RealTime { get; init; }

    /// <summary>Whether to print NDJSON, one object per event (--json), instead of text.</summary>
    public bool Json { get; init; }

    /// <summary>Where to write the HTML report (--report), or null.</summary>
    public string? ReportPath { get; init; }

    /// <summary>Whether pages run with legacy Internet Explorer messaging (--legacy-ie).</summary>
    public bool LegacyIe { get; init; }

    /// <summary>Whether to show participant ids, error details and stack traces (--verbose).</summary>
    public bool Verbose { get; init; }
}

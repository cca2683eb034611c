namespace WebMessaging.Cli.Wpt;

/// <summary>The options of <c>webmsg wpt</c>, as parsed from the command line.</summary>
internal sealed record WptOptions
{
    /// <summary>The default for <see cref="FileTimeout"/>: one minute of wall time per file.</summary>
    public static readonly TimeSpan DefaultFileTimeout = TimeSpan.FromMinutes(1);

    /// <summary>The web-platform-tests checkout (--root).</summary>
    public required string Root { get; init; }

    /// <summary>The test files and folders to run, relative to the root or the current folder; empty runs the whole checkout.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Where to write the results in wptreport's JSON shape (--json), or null.</summary>
    public string? JsonPath { get; init; }

    /// <summary>The most wall time one file may take (--timeout), on top of its harness timeout in virtual time.</summary>
    public TimeSpan FileTimeout { get; init; } = DefaultFileTimeout;

    /// <summary>Whether to print every subtest that did not pass, with its message (--verbose).</summary>
    public bool Verbose { get; init; }
}

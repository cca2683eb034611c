namespace WebMessaging.Cli.Wpt;

/// <summary>One subtest as <see cref="WptResultCollector"/> has heard of it so far: its name, status number, message and whether it finished.</summary>
internal sealed class WptSubtestEntry
{
    /// <summary>The subtest's name, or null until the hook has named it.</summary>
    public string? Name { get; set; }

    /// <summary>testharness.js's status number of the subtest.</summary>
    public int Status { get; set; }

    /// <summary>The subtest's message, or null.</summary>
    public string? Message { get; set; }

    /// <summary>Whether the subtest's result came.</summary>
    public bool Finished { get; set; }
}

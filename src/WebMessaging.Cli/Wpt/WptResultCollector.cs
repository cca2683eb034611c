namespace WebMessaging.Cli.Wpt;

/// <summary>
/// Gathers what the report hook (<see cref="WptReportHook"/>) hands over while one test file
/// runs: each subtest as it is made and finishes, and the harness status at the end.
/// </summary>
internal sealed class WptResultCollector
{
    private readonly List<WptSubtestEntry> _subtests = [];

    /// <summary>Called once the harness has completed.</summary>
    public event Action? Completed;

    /// <summary>Whether testharness.js and the hook loaded in the test's window.</summary>
    public bool Ready { get; private set; }

    /// <summary>Whether the harness completed.</summary>
    public bool IsComplete { get; private set; }

    /// <summary>The harness status name once complete (see <see cref="WptStatus"/>).</summary>
    public string? HarnessStatus { get; private set; }

    /// <summary>The harness message once complete, or null.</summary>
    public string? HarnessMessage { get; private set; }

    /// <summary>Takes one call of the hook: the kind ("ready", "test", "result", "done"), the subtest's id, name, status number and message.</summary>
    public void Receive(string kind, int id, string name, int status, string? message)
    {
        switch (kind)
        {
            case "ready":
                Ready = true;
                break;
            case "test":
            case "result":
                if (IsComplete || id < 0)
                {
                    return;
                }

                while (_subtests.Count <= id)
                {
                    _subtests.Add(new WptSubtestEntry());
                }

                var entry = _subtests[id];
                entry.Name = name;
                entry.Status = status;
                entry.Message = message;
                entry.Finished |= kind == "result";
                break;
            case "done":
                if (IsComplete)
                {
                    return;
                }

                IsComplete = true;
                HarnessStatus = WptStatus.OfHarness(status);
                HarnessMessage = message;
                Completed?.Invoke();
                break;
        }
    }

    /// <summary>
    /// The subtests so far, in the order they were made: a subtest that never finished is
    /// NOTRUN unless the harness gave it a final status.
    /// </summary>
    public IReadOnlyList<WptSubtestResult> Subtests()
    {
        var results = new List<WptSubtestResult>(_subtests.Count);
        foreach (var entry in _subtests)
        {
            if (entry.Name is null)
            {
                continue;
            }

            var status = entry.Finished ? WptStatus.OfSubtest(entry.Status) : WptStatus.NotRun;
            results.Add(new WptSubtestResult(entry.Name, status, entry.Finished ? entry.Message : null));
        }

        return results;
    }
}

namespace WebMessaging.Cli.Events;

/// <summary>Keeps every event of a run, for a report written when the run is over.</summary>
internal sealed class RunEventLog : IRunEventObserver
{
    private readonly List<RunEvent> _events = [];

    /// <summary>The events so far, in order.</summary>
    public IReadOnlyList<RunEvent> Events => _events;

    /// <inheritdoc />
    public void OnEvent(RunEvent runEvent) => _events.Add(runEvent);
}

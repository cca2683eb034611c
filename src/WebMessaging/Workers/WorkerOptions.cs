namespace WebMessaging.Workers;

/// <summary>https://html.spec.whatwg.org/multipage/workers.html#workeroptions: the options of a new worker.</summary>
public sealed class WorkerOptions
{
    /// <summary>The worker's name (its global's <c>name</c>), for debugging; empty by default.</summary>
    public string Name { get; init; } = "";

    /// <summary>How the worker's script runs; classic by default.</summary>
    public WorkerType Type { get; init; } = WorkerType.Classic;
}

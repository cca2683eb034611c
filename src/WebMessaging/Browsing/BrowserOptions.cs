using WebMessaging.Scheduling;

namespace WebMessaging.Browsing;

/// <summary>How a <see cref="Browser"/> runs: its clock, its run limits, its trace and where workers run.</summary>
public sealed class BrowserOptions
{
    /// <summary>
    /// Whether timers run on the wall clock. Off (the default), time is virtual: it advances
    /// only when nothing else is left to run, at once and deterministically.
    /// </summary>
    public bool RealTime { get; init; }

    /// <summary>Bounds for <see cref="Browser.RunUntilIdle"/> when none are given.</summary>
    public RunLimits RunLimits { get; init; } = RunLimits.Default;

    /// <summary>How many trace entries are kept (0 keeps none, though listeners still see them).</summary>
    public int TraceCapacity { get; init; } = 100_000;

    /// <summary>Whether messages are traced at all.</summary>
    public bool Trace { get; init; } = true;

    /// <summary>
    /// Whether each dedicated worker runs its own event loop on a thread of its own. Off (the
    /// default), workers run on the browser's one event loop, deterministically; on, messages
    /// between threads still arrive in the order each sender posted them.
    /// </summary>
    public bool WorkerThreads { get; init; }
}

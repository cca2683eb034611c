namespace WebMessaging.Scheduling;

/// <summary>What one turn of a run of the event loop did.</summary>
internal enum RunStep
{
    /// <summary>The loop ran a task or checkpoint, or moved its clock: take another turn.</summary>
    Progressed,

    /// <summary>The loop has nothing left to do within the run's bounds: the run is over.</summary>
    Idle,

    /// <summary>The next timer is in the future on a real clock: wait for it (or for a task from another thread).</summary>
    Wait,
}

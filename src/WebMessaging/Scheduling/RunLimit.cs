namespace WebMessaging.Scheduling;

/// <summary>Which bound of a <see cref="RunLimits"/> a run of the event loop exceeded.</summary>
public enum RunLimit
{
    /// <summary>More tasks (or microtasks in one checkpoint) ran than <see cref="RunLimits.MaxTasks"/>.</summary>
    MaxTasks,

    /// <summary>The loop's clock would have moved further than <see cref="RunLimits.MaxVirtualTime"/>.</summary>
    MaxVirtualTime,

    /// <summary>The run took longer in wall time than <see cref="RunLimits.WallClockTimeout"/>.</summary>
    WallClockTimeout,
}

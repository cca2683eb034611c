namespace WebMessaging.Scheduling;

/// <summary>
/// Bounds on one run of an <see cref="EventLoop"/>, so that an endless ping-pong of messages or
/// timers ends in an <see cref="EventLoopLimitExceededException"/> instead of hanging the host.
/// </summary>
public sealed class RunLimits
{
    /// <summary>The limits used when a run is given none.</summary>
    public static RunLimits Default { get; } = new();

    /// <summary>The most tasks one run may execute (also the most microtasks one checkpoint may run); 1,000,000 by default.</summary>
    public long MaxTasks { get; init; } = 1_000_000;

    /// <summary>How far the loop's clock may move during one run of RunUntilIdle; one hour by default.</summary>
    public TimeSpan MaxVirtualTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long one run may take in wall time, checked between tasks; one minute by default.</summary>
    public TimeSpan WallClockTimeout { get; init; } = TimeSpan.FromMinutes(1);

    internal void Validate()
    {
        if (MaxTasks <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTasks), MaxTasks, "RunLimits.MaxTasks must be positive.");
        }

        if (MaxVirtualTime < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxVirtualTime), MaxVirtualTime, "RunLimits.MaxVirtualTime must not be negative.");
        }

        if (WallClockTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(WallClockTimeout), WallClockTimeout, "RunLimits.WallClockTimeout must be positive.");
        }
    }
}

namespace WebMessaging.Scheduling;

/// <summary>
/// Thrown by a run of an <see cref="EventLoop"/> that exceeded one of its <see cref="RunLimits"/>;
/// the message names what kept the loop busy (the most frequent recent tasks, or the pending timer).
/// </summary>
public sealed class EventLoopLimitExceededException : Exception
{
    /// <summary>Creates the exception for the exceeded <paramref name="limit"/> with a message naming the culprits.</summary>
    public EventLoopLimitExceededException(RunLimit limit, string message)
        : base(message)
    {
        Limit = limit;
    }

    /// <summary>Creates the exception for the exceeded <paramref name="limit"/> with its message and the failure it explains further.</summary>
    public EventLoopLimitExceededException(RunLimit limit, string message, Exception? innerException)
        : base(message, innerException)
    {
        Limit = limit;
    }

    /// <summary>The bound that was exceeded.</summary>
    public RunLimit Limit { get; }

    /// <summary>Whether at least half of the last tasks the run ran were posted messages (a message loop, most likely).</summary>
    internal bool MostlyPostedMessages { get; init; }
}

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

    /// <summary>The bound that was exceeded.</summary>
    public RunLimit Limit { get; }
}

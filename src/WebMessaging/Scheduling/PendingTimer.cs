namespace WebMessaging.Scheduling;

/// <summary>
/// One invocation of "run steps after a timeout"
/// (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#run-steps-after-a-timeout):
/// the steps to perform once the timer is due. It is its own unique internal value (the
/// spec's timerKey and, for setTimeout/setInterval, the uniqueHandle).
/// </summary>
internal sealed class PendingTimer
{
    public PendingTimer(object? owner, string orderingIdentifier, double dueTime, long sequence, Action completionSteps, string description)
    {
        Owner = owner;
        OrderingIdentifier = orderingIdentifier;
        DueTime = dueTime;
        Sequence = sequence;
        CompletionSteps = completionSteps;
        Description = description;
    }

    public object? Owner { get; }

    public string OrderingIdentifier { get; }

    public double DueTime { get; }

    public long Sequence { get; }

    public Action CompletionSteps { get; }

    public string Description { get; }

    /// <summary>Set when the timer was cleared or its owner discarded: it will not perform its completion steps.</summary>
    public bool Cancelled { get; set; }
}

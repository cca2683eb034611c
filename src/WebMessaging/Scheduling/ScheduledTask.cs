namespace WebMessaging.Scheduling;

/// <summary>
/// A task (https://html.spec.whatwg.org/multipage/webappapis.html#concept-task): its steps, its
/// source, its owner (the spec's "document", generalized) and, for tasks made by the timer
/// initialization steps, its timer nesting level.
/// </summary>
internal sealed class ScheduledTask
{
    public ScheduledTask(TaskSource source, object? owner, Action step, string description, long sequence, int timerNestingLevel)
    {
        Source = source;
        Owner = owner;
        Step = step;
        Description = description;
        Sequence = sequence;
        TimerNestingLevel = timerNestingLevel;
    }

    public TaskSource Source { get; }

    public object? Owner { get; }

    public Action Step { get; }

    public string Description { get; }

    /// <summary>The position of the task in the loop's global FIFO order across all sources.</summary>
    public long Sequence { get; }

    /// <summary>0 for a task not created by the timer initialization steps.</summary>
    public int TimerNestingLevel { get; }
}

namespace WebMessaging.Scheduling;

/// <summary>
/// A task (https://html.spec.whatwg.org/multipage/webappapis.html#concept-task): its steps, its
/// source, its owner (the spec's "document", generalized) and, for tasks made by the timer
/// initialization steps, its timer nesting level.
/// </summary>
/// <remarks>
/// A struct, stored inline in the loop's task queues: queuing a task allocates nothing but
/// its steps' delegate (which callers usually cache).
/// </remarks>
/// <param name="Source">The task source whose queue holds the task.</param>
/// <param name="Owner">The window, document or other object the task belongs to, or null.</param>
/// <param name="Step">The task's steps.</param>
/// <param name="Description">What the task does, for traces and limit errors (null only for the default value).</param>
/// <param name="Sequence">The position of the task in the loop's global FIFO order across all sources.</param>
/// <param name="TimerNestingLevel">0 for a task not created by the timer initialization steps.</param>
internal record struct ScheduledTask(TaskSource Source, object? Owner, Action Step, string Description, long Sequence, int TimerNestingLevel)
{
    /// <summary>
    /// In a task queue of the loop: how many more times the same task was queued right after
    /// this one, with nothing queued in between (each runs as a task of its own, in turn).
    /// </summary>
    public int Repeat { get; set; }
}

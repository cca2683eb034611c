namespace WebMessaging.Scheduling;

/// <summary>
/// One task queue of the event loop (https://html.spec.whatwg.org/multipage/webappapis.html#task-queue):
/// its tasks in the order they were queued, in a ring of <see cref="ScheduledTask"/> entries.
/// A task queued again right after itself, with no other task queued anywhere in between (a
/// port's message tasks, when a sender posts a burst), is counted on the same entry
/// (<see cref="ScheduledTask.Repeat"/>) rather than stored again: the tasks run in the same order.
/// </summary>
/// <remarks>Not thread-safe: the event loop holds its gate around every call.</remarks>
internal sealed class TaskQueue
{
    private ScheduledTask[] _entries = new ScheduledTask[16];
    private int _head;
    private int _count;

    /// <summary>How many entries the queue holds (each stands for 1 + its Repeat tasks).</summary>
    public int EntryCount => _count;

    /// <summary>The entry of the oldest task; the queue must not be empty.</summary>
    public ref ScheduledTask Head => ref _entries[_head];

    /// <summary>The entry of the newest task; the queue must not be empty.</summary>
    public ref ScheduledTask Tail => ref _entries[(_head + _count - 1) & (_entries.Length - 1)];

    /// <summary>Adds an entry after the newest.</summary>
    public void Enqueue(in ScheduledTask task)
    {
        if (_count == _entries.Length)
        {
            Grow();
        }

        _entries[(_head + _count) & (_entries.Length - 1)] = task;
        _count++;
    }

    /// <summary>Removes and returns the oldest entry; the queue must not be empty.</summary>
    public ScheduledTask Dequeue()
    {
        ScheduledTask task = _entries[_head];
        _entries[_head] = default;
        _head = (_head + 1) & (_entries.Length - 1);
        _count--;
        return task;
    }

    private void Grow()
    {
        // The length stays a power of two, so positions wrap with a mask.
        var entries = new ScheduledTask[_entries.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            entries[i] = _entries[(_head + i) & (_entries.Length - 1)];
        }

        _entries = entries;
        _head = 0;
    }
}

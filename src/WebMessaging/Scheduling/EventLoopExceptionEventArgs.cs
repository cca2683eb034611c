namespace WebMessaging.Scheduling;

/// <summary>An exception that escaped a task, microtask or checkpoint hook of an <see cref="EventLoop"/>.</summary>
public sealed class EventLoopExceptionEventArgs : EventArgs
{
    /// <summary>Creates the arguments for <paramref name="exception"/> thrown by the work described by <paramref name="description"/>.</summary>
    public EventLoopExceptionEventArgs(Exception exception, string description, TaskSource? source, object? owner)
    {
        Exception = exception;
        Description = description;
        Source = source;
        Owner = owner;
    }

    /// <summary>The exception that was thrown.</summary>
    public Exception Exception { get; }

    /// <summary>The description of the task or microtask that threw.</summary>
    public string Description { get; }

    /// <summary>The task source of the task that threw, or null for a microtask or checkpoint hook.</summary>
    public TaskSource? Source { get; }

    /// <summary>The owner (window, document, ...) of the task that threw, if any.</summary>
    public object? Owner { get; }
}

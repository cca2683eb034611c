using WebMessaging.Scheduling;

namespace WebMessaging.Events;

/// <summary>
/// An <see cref="IEventEnvironment"/> on an <see cref="Scheduling.EventLoop"/>: listener callbacks
/// count on the loop's script stack (so the loop checkpoints microtasks after the outermost one),
/// and reported exceptions raise <see cref="ExceptionReported"/>, or the loop's
/// <see cref="EventLoop.UnhandledException"/> when nobody listens.
/// </summary>
public sealed class EventEnvironment : IEventEnvironment
{
    /// <summary>Creates an environment whose callbacks run on <paramref name="eventLoop"/>.</summary>
    public EventEnvironment(EventLoop eventLoop)
    {
        ArgumentNullException.ThrowIfNull(eventLoop);
        EventLoop = eventLoop;
    }

    /// <summary>Raised for each exception a listener of a target in this environment threw.</summary>
    public event EventHandler<ExceptionReportedEventArgs>? ExceptionReported;

    /// <summary>The event loop the environment's callbacks run on.</summary>
    public EventLoop EventLoop { get; }

    /// <inheritdoc/>
    public Event? CurrentEvent { get; set; }

    /// <inheritdoc/>
    public void PrepareToRunCallback() => EventLoop.PrepareToRunScript();

    /// <inheritdoc/>
    public void CleanUpAfterRunningCallback() => EventLoop.CleanUpAfterRunningScript();

    /// <inheritdoc/>
    public void ReportException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        EventHandler<ExceptionReportedEventArgs>? handler = ExceptionReported;
        if (handler is null)
        {
            EventLoop.ReportException(exception, "event listener", source: null, owner: null);
            return;
        }

        handler(this, new ExceptionReportedEventArgs(exception));
    }
}

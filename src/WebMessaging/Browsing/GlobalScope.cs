using WebMessaging.Cloning;
using WebMessaging.Events;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Browsing;

/// <summary>
/// A global object with its environment settings object: a window or a worker's
/// global scope. It owns a realm (where messages are deserialized), an origin, and reports the
/// exceptions its listeners and tasks throw.
/// </summary>
/// <remarks>
/// https://html.spec.whatwg.org/multipage/webappapis.html#environment-settings-object
/// The event loop is the browser's (one per <see cref="Browser"/>), except for a worker that
/// runs on a thread of its own (<see cref="BrowserOptions.WorkerThreads"/>).
/// </remarks>
public abstract class GlobalScope : EventTarget, IEventEnvironment
{
    private static long s_nextId;

    /// <summary>Creates a global of <paramref name="browser"/> with <paramref name="origin"/>.</summary>
    protected GlobalScope(Browser browser, Origin origin, string participantKind)
        : this(browser, origin, participantKind, eventLoop: null)
    {
    }

    /// <summary>
    /// Creates a global of <paramref name="browser"/> with <paramref name="origin"/> whose tasks
    /// run on <paramref name="eventLoop"/> (a worker's own loop), or on the browser's when null.
    /// </summary>
    protected GlobalScope(Browser browser, Origin origin, string participantKind, EventLoop? eventLoop)
    {
        ArgumentNullException.ThrowIfNull(browser);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentException.ThrowIfNullOrEmpty(participantKind);
        Browser = browser;
        EventLoop = eventLoop ?? browser.EventLoop;
        Origin = origin;
        ParticipantKind = participantKind;
        Id = participantKind + "#" + Interlocked.Increment(ref s_nextId);
        Realm = browser.CreateDefaultRealm(this);
    }

    /// <summary>Raised when an exception is reported at this global ("report an exception").</summary>
    public event EventHandler<ExceptionReportedEventArgs>? ExceptionReported;

    /// <summary>The browser this global lives in.</summary>
    public Browser Browser { get; }

    /// <summary>The event loop where this global's tasks run: the browser's, or a worker's own when workers run on threads.</summary>
    public EventLoop EventLoop { get; }

    /// <summary>The origin of the global's environment settings object.</summary>
    public Origin Origin { get; protected set; }

    /// <summary>
    /// The realm values are serialized from and deserialized into: by default a .NET realm;
    /// a script engine replaces it with its own.
    /// </summary>
    public IRealm Realm { get; set; }

    /// <summary>A stable identity within the process, e.g. "window#3", used by the trace.</summary>
    public string Id { get; }

    /// <summary>A readable name for traces and errors, e.g. the window's URL.</summary>
    public abstract string Label { get; }

    /// <summary>
    /// Whether the global can no longer receive messages: a closed or discarded window, a
    /// closed or terminated worker.
    /// </summary>
    public abstract bool IsClosed { get; }

    /// <summary>This global as a participant of the message trace.</summary>
    public TraceParticipant Participant => new(Id, ParticipantKind, Origin.Serialize(), Label);

    /// <inheritdoc />
    public override IEventEnvironment? Environment => this;

    /// <inheritdoc />
    public Event? CurrentEvent { get; set; }

    /// <summary>Whether anyone listens to <see cref="ExceptionReported"/> (a script host does).</summary>
    protected bool HasExceptionReportedHandler => ExceptionReported is not null;

    /// <summary>The trace participant kind: "window" or "worker".</summary>
    protected string ParticipantKind { get; }

    /// <inheritdoc />
    public void PrepareToRunCallback() => EventLoop.PrepareToRunScript();

    /// <inheritdoc />
    public void CleanUpAfterRunningCallback() => EventLoop.CleanUpAfterRunningScript();

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
    /// Raises <see cref="ExceptionReported"/>; when nobody listens the browser records it.
    /// </summary>
    public virtual void ReportException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var handler = ExceptionReported;
        if (handler is null)
        {
            Browser.RecordUnhandledException(this, exception);
            return;
        }

        handler(this, new ExceptionReportedEventArgs(exception));
    }

    /// <summary>Queues a task on the browser's event loop whose owner is this global.</summary>
    public void QueueGlobalTask(TaskSource source, Action steps, string description) =>
        EventLoop.QueueTask(source, this, steps, description);
}

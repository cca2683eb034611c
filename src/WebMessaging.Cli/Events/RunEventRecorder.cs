using WebMessaging.Browsing;
using WebMessaging.Cli.Running;
using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>
/// Turns what happens in a browser into one ordered stream of <see cref="RunEvent"/>s: message
/// outcomes from the trace (<see cref="MessageTrace.EntryAdded"/>), console calls, errors and
/// loads from the page runner (as the <see cref="IRunEventSink"/>), and exceptions the browser
/// recorded because nobody took them. Each event is numbered and handed to the observers the
/// moment it happens, so the stream's order is the order of occurrence.
/// </summary>
internal sealed class RunEventRecorder : IRunEventSink, IDisposable
{
    private readonly IRunEventObserver[] _observers;
    private readonly Lock _lock = new();

    // The posted entry of each message not yet delivered or dropped: the outcome entries carry
    // no preview and no post time. A broadcast's posted entry stays, since every channel of the
    // name gets its own delivery.
    private readonly Dictionary<long, TraceEntry> _posted = [];
    private readonly ParticipantNames _names = new();
    private Browser? _browser;
    private IDisposable? _checkpointHook;
    private int _unhandledSeen;
    private long _sequence;

    /// <summary>Creates a recorder that hands each event to every one of <paramref name="observers"/>, in order.</summary>
    public RunEventRecorder(params IRunEventObserver[] observers)
    {
        ArgumentNullException.ThrowIfNull(observers);
        _observers = observers;
    }

    /// <summary>The virtual time of the attached browser's event loop (0 before one is attached).</summary>
    public double Now => _browser?.EventLoop.Now ?? 0;

    /// <summary>Starts following <paramref name="browser"/>'s trace and the exceptions it records.</summary>
    public void Attach(Browser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        if (_browser is not null)
        {
            throw new InvalidOperationException("The recorder already follows a browser.");
        }

        _browser = browser;
        browser.Trace.EntryAdded += OnTraceEntry;

        // Exceptions that no handler took are recorded by the browser; a checkpoint follows
        // every task, so looking there reports them right after the task that threw.
        _checkpointHook = browser.EventLoop.AddMicrotaskCheckpointHook(() =>
        {
            ReportUnhandledExceptions();
            return false;
        });
    }

    /// <inheritdoc />
    public void Console(GlobalScope global, ConsoleMessage message)
    {
        ArgumentNullException.ThrowIfNull(global);
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            Publish(new ConsoleRunEvent(++_sequence, global.EventLoop.Now, _names.Rename(global.Participant), message));
        }
    }

    /// <inheritdoc />
    public void Error(GlobalScope? global, string message, string? detail = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_lock)
        {
            Publish(new ErrorRunEvent(++_sequence, global?.EventLoop.Now ?? Now, _names.RenameOrNull(global?.Participant), message, detail));
        }
    }

    /// <inheritdoc />
    public void Load(GlobalScope window)
    {
        ArgumentNullException.ThrowIfNull(window);
        var parent = window is Window { Parent: { } p } w && !ReferenceEquals(p, w) ? p.Id : null;
        lock (_lock)
        {
            // The parent is named first: it is older than its frame.
            var parentId = parent is null ? null : _names.IdOf(parent);
            Publish(new LoadRunEvent(++_sequence, window.EventLoop.Now, _names.Rename(window.Participant), parentId));
        }
    }

    /// <summary>An app running in <paramref name="global"/> did something: see <see cref="AppRunEvent"/>.</summary>
    public void App(GlobalScope? global, string category, string subject, string text)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(text);
        lock (_lock)
        {
            Publish(new AppRunEvent(++_sequence, global?.EventLoop.Now ?? Now, _names.RenameOrNull(global?.Participant), category, subject, text));
        }
    }

    /// <summary>
    /// Ends the run's stream: reports exceptions still unreported, then each message still
    /// queued as pending, and stops following the browser (so that disposing it, which drops
    /// what is queued, adds nothing).
    /// </summary>
    public void Complete()
    {
        ReportUnhandledExceptions();
        Detach();
        lock (_lock)
        {
            var end = Now;
            foreach (var posted in _posted.Values.OrderBy(e => e.Sequence))
            {
                if (posted.Kind != MessageKind.Broadcast)
                {
                    Publish(ToMessageEvent(posted, MessageStatus.Pending, end, posted.Receiver, DropReason.None, posted));
                }
            }

            _posted.Clear();
        }
    }

    /// <inheritdoc />
    public void Dispose() => Detach();

    /// <summary>The one-line text of an exception, as an error event shows it.</summary>
    public static string Describe(Exception exception)
    {
        var message = exception.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? message : message[..newline].TrimEnd('\r');
    }

    private void Detach()
    {
        if (_browser is not null)
        {
            _browser.Trace.EntryAdded -= OnTraceEntry;
        }

        _checkpointHook?.Dispose();
        _checkpointHook = null;
    }

    private void OnTraceEntry(TraceEntry entry)
    {
        lock (_lock)
        {
            if (entry.Event == TraceEventKind.Posted)
            {
                _posted[entry.MessageId] = entry;
                return;
            }

            TraceEntry? posted;
            if (entry.Kind == MessageKind.Broadcast)
            {
                _posted.TryGetValue(entry.MessageId, out posted);
            }
            else
            {
                _posted.Remove(entry.MessageId, out posted);
            }

            var status = entry.Event == TraceEventKind.Delivered ? MessageStatus.Delivered : MessageStatus.Dropped;
            Publish(ToMessageEvent(entry, status, entry.Time, entry.Receiver ?? posted?.Receiver, entry.DropReason, posted));
        }
    }

    private MessageRunEvent ToMessageEvent(TraceEntry entry, MessageStatus status, double time, TraceParticipant? receiver, DropReason reason, TraceEntry? posted) =>
        new(
            ++_sequence,
            time,
            status,
            entry.Kind,
            entry.MessageId,
            _names.Rename(entry.Sender),
            _names.RenameOrNull(receiver),
            entry.TargetOrigin ?? posted?.TargetOrigin,
            reason,
            posted?.Preview ?? entry.Preview,
            posted?.Time ?? entry.Time);

    private void ReportUnhandledExceptions()
    {
        if (_browser is null)
        {
            return;
        }

        var exceptions = _browser.UnhandledExceptions;
        if (exceptions.Count == _unhandledSeen)
        {
            return;
        }

        lock (_lock)
        {
            for (; _unhandledSeen < exceptions.Count; _unhandledSeen++)
            {
                var unhandled = exceptions[_unhandledSeen];
                Publish(new ErrorRunEvent(++_sequence, unhandled.Time, _names.RenameOrNull(unhandled.Global?.Participant), Describe(unhandled.Exception), unhandled.Exception.ToString()));
            }
        }
    }

    private void Publish(RunEvent runEvent)
    {
        foreach (var observer in _observers)
        {
            observer.OnEvent(runEvent);
        }
    }
}

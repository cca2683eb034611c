using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Browsing;

/// <summary>
/// The root object a user creates: one event loop, the windows and workers that run on it,
/// and the trace of every message between them.
/// </summary>
public sealed class Browser : IAsyncDisposable, IDisposable
{
    private readonly List<UnhandledPageException> _unhandledExceptions = [];

    /// <summary>Creates a browser with virtual time and default limits, or with <paramref name="options"/>.</summary>
    public Browser(BrowserOptions? options = null)
    {
        Options = options ?? new BrowserOptions();
        EventLoop = new EventLoop(Options.RealTime ? new RealClock() : new VirtualClock());
        EventLoop.UnhandledException += (_, e) =>
        {
            if (e.Owner is GlobalScope global)
            {
                global.ReportException(e.Exception);
            }
            else
            {
                RecordUnhandledException(null, e.Exception);
            }
        };
        Trace = new MessageTrace(Options.TraceCapacity) { Enabled = Options.Trace };
    }

    /// <summary>The options the browser was created with.</summary>
    public BrowserOptions Options { get; }

    /// <summary>The browser's one event loop.</summary>
    public EventLoop EventLoop { get; }

    /// <summary>Every message posted, delivered or dropped.</summary>
    public MessageTrace Trace { get; }

    /// <summary>The open BroadcastChannel objects of every global of this browser.</summary>
    internal BroadcastChannelRegistry BroadcastChannels { get; } = new();

    /// <summary>Exceptions reported at a global that no handler took, in order.</summary>
    public IReadOnlyList<UnhandledPageException> UnhandledExceptions
    {
        get
        {
            lock (_unhandledExceptions)
            {
                return [.. _unhandledExceptions];
            }
        }
    }

    /// <summary>Runs tasks and timers until nothing is left, within <paramref name="limits"/> (or the options' limits).</summary>
    public void RunUntilIdle(RunLimits? limits = null) => EventLoop.RunUntilIdle(limits ?? Options.RunLimits);

    /// <summary>Runs everything due within <paramref name="duration"/> of (virtual) time.</summary>
    public void RunFor(TimeSpan duration, RunLimits? limits = null) => EventLoop.RunFor(duration, limits ?? Options.RunLimits);

    /// <summary>Runs until idle; in real-time mode waits for timers without blocking a thread.</summary>
    public Task RunUntilIdleAsync(CancellationToken cancellationToken = default, RunLimits? limits = null) =>
        EventLoop.RunUntilIdleAsync(limits ?? Options.RunLimits, cancellationToken);

    /// <summary>Runs everything due within <paramref name="duration"/>, waiting in real-time mode.</summary>
    public Task RunForAsync(TimeSpan duration, CancellationToken cancellationToken = default, RunLimits? limits = null) =>
        EventLoop.RunForAsync(duration, limits ?? Options.RunLimits, cancellationToken);

    /// <summary>The realm a new global starts with: the .NET realm, exposing MessagePort.</summary>
    internal IRealm CreateDefaultRealm(GlobalScope global) =>
        new ClrRealm([MessagePort.CreateClrInterface(global)]);

    /// <summary>Whether the browser has been disposed.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>Closes every window and worker and lets go of every queued task.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        // FIXME: close every top-level window (and with it its frames, popups and workers) and
        // discard their tasks, once windows exist.
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    internal void RecordUnhandledException(GlobalScope? global, Exception exception)
    {
        lock (_unhandledExceptions)
        {
            _unhandledExceptions.Add(new UnhandledPageException(global, exception, EventLoop.Now));
        }
    }
}

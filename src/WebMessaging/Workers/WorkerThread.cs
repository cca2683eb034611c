using WebMessaging.Browsing;
using WebMessaging.Scheduling;

namespace WebMessaging.Workers;

/// <summary>
/// The thread of a worker that runs on its own event loop (<see cref="BrowserOptions.WorkerThreads"/>):
/// it runs the loop until idle, waits for the next task, and so on until stopped. While the
/// worker has work, the owner's loop does not end a run as idle (it waits for the replies).
/// </summary>
internal sealed class WorkerThread
{
    private readonly DedicatedWorkerGlobalScope _global;
    private readonly EventLoop _ownerLoop;
    private readonly RunLimits _limits;
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<bool> _hasPendingWork;
    private IDisposable? _registration;

    public WorkerThread(DedicatedWorkerGlobalScope global, EventLoop ownerLoop, RunLimits limits)
    {
        _global = global;
        _ownerLoop = ownerLoop;
        _limits = limits;
        _hasPendingWork = () => !_global.EventLoop.IsIdleBetweenRuns;
        _thread = new Thread(Run) { IsBackground = true, Name = "worker " + global.Id };
    }

    public void Start()
    {
        _registration = _ownerLoop.AddExternalWork(_hasPendingWork);
        _thread.Start();
    }

    public void Stop()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        _global.EventLoop.Wake();

        // The owner's runs stop waiting for this worker now, even if a script still runs.
        _registration?.Dispose();
    }

    public bool Join(TimeSpan timeout) =>
        ReferenceEquals(Thread.CurrentThread, _thread) || !_thread.IsAlive || _thread.Join(timeout);

    private void Run()
    {
        var loop = _global.EventLoop;
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                loop.RunUntilIdle(_limits);
            }
            catch (EventLoopLimitExceededException exception)
            {
                _global.Browser.RecordUnhandledException(_global, exception);
            }

            // Idle only if no task came meanwhile, in one step with the check: the owner's
            // loop reads that one flag, so it never sees "no work" while a task waits here.
            if (!loop.TryMarkIdle())
            {
                continue;
            }

            // Whatever the run queued at the owner is queued already: the owner may go on.
            _ownerLoop.Wake();
            loop.WaitForTask(_stop.Token);
        }

        _registration?.Dispose();
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace WebMessaging.Scheduling;

/// <summary>
/// An HTML event loop (https://html.spec.whatwg.org/multipage/webappapis.html#event-loops):
/// task queues per task source, a microtask queue with checkpoint hooks for script engines,
/// and timers on a virtual (default) or real clock. It runs on one thread at a time; tasks may
/// be queued from any thread.
/// </summary>
public sealed class EventLoop
{
    private const int RecentWindow = 256;

    // How long a run waiting for external work sleeps at most before it looks again (it is
    // woken at once when that work ends; this only bounds a missed wake-up).
    private const double ExternalWorkPollMs = 50;

    // How far Environment.TickCount64 (cheap, but as coarse as the system tick) may lag the
    // precise clock: the wall-clock limit reads the precise clock only this close to its deadline.
    private const long CoarseClockMarginMs = 100;

    private static readonly int TaskSourceCount = Enum.GetValues<TaskSource>().Length;
    private static readonly object NoOwnerKey = new();

    // Guards the task queues, the timers and the timer id maps: tasks may come from other threads.
    private readonly SpinGate _gate = new();

    // The task queues by source. A task queued again right after itself, with no other task
    // queued anywhere in between (a port's message tasks, when a sender posts a burst), is
    // counted on the same entry (ScheduledTask.Repeat) rather than stored again: the tasks
    // run in the same order.
    private readonly RingQueue<ScheduledTask>[] _taskQueues;

    // Bit i is set while the task queue of source i holds tasks, so that taking the oldest
    // task looks only at queues that have one (guarded by _gate; TaskSource has far fewer
    // than 32 members).
    private int _nonEmptyQueues;
    private long _nextTaskSequence;
    private int _queuedTaskCount;

    private readonly PriorityQueue<PendingTimer, TimerOrder> _timers = new();
    private long _nextTimerSequence;
    private readonly Dictionary<object, TimerIdMap> _timerIdMaps = new(ReferenceEqualityComparer.Instance);

    // Touched only by the thread running the loop.
    private readonly Queue<Microtask> _microtasks = new();
    private bool _performingMicrotaskCheckpoint;
    private Func<bool>[] _checkpointHooks = [];

    // The currently running task's timer nesting level: 0 when no task runs, while a
    // microtask runs, and for tasks not created by the timer initialization steps (the only
    // thing the loop reads of its currently running task).
    private int _currentTaskTimerNestingLevel;
    private int _scriptNestingDepth;

    private readonly SemaphoreSlim _wakeUp = new(0);
    private bool _waitingForWork;
    private bool _wakeRequested;

    // Set by a loop that runs on a thread of its own when a run ended with no task queued, and
    // cleared (under the gate) by every task queued: what its owner's loop reads to know
    // whether the worker still has work, in one read.
    private volatile bool _idleBetweenRuns;

    // Work that runs elsewhere and ends in tasks on this loop (workers on threads of their own):
    // while any reports pending work, a run waits instead of ending or moving its clock.
    private Func<bool>[] _externalWork = [];

    private int _running;
    private RunLimits _limits = RunLimits.Default;
    private long _tasksThisRun;
    private long _runStartTimestamp;
    private long _preciseWallClockCheckFromTick;

    // Set for each run: the turns read no clock for the wall-clock limit until it rings, but
    // for every 1,024th turn (in case the alarm is late, on a starved thread pool).
    private WallClockAlarm? _wallClockAlarm;
    private int _turnsSinceClockRead;
    // The last tasks run, for limit errors: a task run again right after itself counts one
    // more run in its slot (_recentTaskRuns) instead of taking the next one; errors look at
    // the last RecentWindow runs.
    private readonly ScheduledTask[] _recentTasks = new ScheduledTask[RecentWindow];
    private readonly long[] _recentTaskRuns = new long[RecentWindow];
    private int _recentTaskCursor;
    private readonly string?[] _recentMicrotasks = new string?[RecentWindow];
    private int _recentMicrotaskCursor;
    private EventLoopLimitExceededException? _pendingLimitFailure;

    /// <summary>Creates an event loop on <paramref name="clock"/>, or on a new <see cref="VirtualClock"/> when none is given.</summary>
    public EventLoop(IClock? clock = null)
    {
        Clock = clock ?? new VirtualClock();
        _taskQueues = new RingQueue<ScheduledTask>[TaskSourceCount];
        for (int i = 0; i < _taskQueues.Length; i++)
        {
            _taskQueues[i] = new RingQueue<ScheduledTask>();
        }
    }

    /// <summary>Raised on the loop's thread when a task, microtask, timer handler or checkpoint hook throws; the loop goes on (unobserved exceptions are dropped).</summary>
    public event EventHandler<EventLoopExceptionEventArgs>? UnhandledException;

    /// <summary>The loop's clock.</summary>
    public IClock Clock { get; }

    /// <summary>The current time of the loop's clock in milliseconds.</summary>
    public double Now => Clock.Now;

    /// <summary>How many tasks are queued (not counting timers that are not yet due).</summary>
    public int QueuedTaskCount
    {
        get
        {
            using (_gate.Enter())
            {
                return _queuedTaskCount;
            }
        }
    }

    /// <summary>How many timers are pending (set, not yet due, not cleared).</summary>
    public int PendingTimerCount
    {
        get
        {
            using (_gate.Enter())
            {
                int count = 0;
                foreach (var (timer, _) in _timers.UnorderedItems)
                {
                    if (!timer.Cancelled)
                    {
                        count++;
                    }
                }

                return count;
            }
        }
    }

    /// <summary>The depth of the (simulated) JavaScript execution context stack, maintained by <see cref="PrepareToRunScript"/>.</summary>
    public int ScriptNestingDepth => _scriptNestingDepth;

    /// <summary>True while a microtask checkpoint is running.</summary>
    public bool IsPerformingMicrotaskCheckpoint => _performingMicrotaskCheckpoint;

    /// <summary>
    /// Queues a task (https://html.spec.whatwg.org/multipage/webappapis.html#queue-a-task) on the
    /// task queue of <paramref name="source"/>; safe to call from any thread.
    /// </summary>
    /// <param name="source">The task source whose queue receives the task.</param>
    /// <param name="owner">The window, document or other object the task belongs to, or null.</param>
    /// <param name="step">The task's steps.</param>
    /// <param name="description">What the task does, for traces and limit errors.</param>
    public void QueueTask(TaskSource source, object? owner, Action step, string description)
    {
        if ((uint)source >= (uint)TaskSourceCount)
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "Not a known task source.");
        }

        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(description);
        EnqueueTask(source, owner, step, description, timerNestingLevel: 0);
    }

    /// <summary>Queues a microtask on the loop's own microtask queue; call it on the loop's thread.</summary>
    public void QueueMicrotask(Action step, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(step);

        // https://html.spec.whatwg.org/multipage/webappapis.html#queue-a-microtask
        // "Add microtask to the surrounding agent's event loop's microtask queue."
        _microtasks.Enqueue(new Microtask(step, description ?? "microtask"));
    }

    /// <summary>
    /// Registers a hook that every microtask checkpoint runs after draining the core's microtask
    /// queue (a script engine registers one to run its promise jobs). Dispose the result to remove it.
    /// </summary>
    public IDisposable AddMicrotaskCheckpointHook(Action drain)
    {
        ArgumentNullException.ThrowIfNull(drain);
        return AddMicrotaskCheckpointHook(() =>
        {
            drain();
            return false;
        });
    }

    /// <summary>
    /// Registers a hook that every microtask checkpoint runs after draining the core's microtask
    /// queue; it returns true when it ran any job, so the checkpoint runs every hook again until
    /// none has work left (promise reactions may cross engines). Dispose the result to remove it.
    /// </summary>
    public IDisposable AddMicrotaskCheckpointHook(Func<bool> drain)
    {
        ArgumentNullException.ThrowIfNull(drain);
        _checkpointHooks = [.. _checkpointHooks, drain];
        return new CheckpointHookRegistration(this, drain);
    }

    /// <summary>
    /// Registers work that runs on another thread and ends in tasks queued on this loop (a
    /// worker's own event loop): while <paramref name="hasPendingWork"/> returns true, a run
    /// neither ends as idle nor moves a virtual clock to its next timer; it waits for a task or
    /// for <see cref="Wake"/>. Dispose the result to remove it.
    /// </summary>
    internal IDisposable AddExternalWork(Func<bool> hasPendingWork)
    {
        using (_gate.Enter())
        {
            _externalWork = [.. _externalWork, hasPendingWork];
        }

        return new ExternalWorkRegistration(this, hasPendingWork);
    }

    /// <summary>Removes what <see cref="AddExternalWork"/> registered and wakes a waiting run.</summary>
    internal void RemoveExternalWork(Func<bool> hasPendingWork)
    {
        using (_gate.Enter())
        {
            int index = Array.IndexOf(_externalWork, hasPendingWork);
            if (index >= 0)
            {
                var work = new Func<bool>[_externalWork.Length - 1];
                Array.Copy(_externalWork, 0, work, 0, index);
                Array.Copy(_externalWork, index + 1, work, index, work.Length - index);
                _externalWork = work;
            }
        }

        Wake();
    }

    /// <summary>
    /// Whether the loop (run on a thread of its own) finished its last run with no task queued
    /// and none has been queued since: <see cref="TryMarkIdle"/> set it, queuing a task clears it.
    /// </summary>
    internal bool IsIdleBetweenRuns => _idleBetweenRuns;

    /// <summary>
    /// Marks the loop idle between runs, atomically with checking that no task is queued;
    /// returns false (and marks nothing) when a task is queued.
    /// </summary>
    internal bool TryMarkIdle()
    {
        using (_gate.Enter())
        {
            if (_queuedTaskCount > 0)
            {
                return false;
            }

            _idleBetweenRuns = true;
            return true;
        }
    }

    /// <summary>Wakes a run that waits for work (external work just finished); safe to call from any thread.</summary>
    internal void Wake()
    {
        using (_gate.Enter())
        {
            _wakeRequested = true;
            WakeIfWaiting();
        }
    }

    /// <summary>
    /// Blocks the calling thread (the loop's own, between runs) until a task is queued,
    /// <see cref="Wake"/> is called or <paramref name="cancellationToken"/> is canceled.
    /// </summary>
    internal void WaitForTask(CancellationToken cancellationToken)
    {
        if (!PrepareToWait())
        {
            return;
        }

        try
        {
            _wakeUp.Wait(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Canceled: the caller looks at why.
        }
        finally
        {
            using (_gate.Enter())
            {
                _waitingForWork = false;
            }
        }
    }

    internal void RemoveMicrotaskCheckpointHook(Func<bool> drain)
    {
        int index = Array.IndexOf(_checkpointHooks, drain);
        if (index < 0)
        {
            return;
        }

        var hooks = new Func<bool>[_checkpointHooks.Length - 1];
        Array.Copy(_checkpointHooks, 0, hooks, 0, index);
        Array.Copy(_checkpointHooks, index + 1, hooks, index, hooks.Length - index);
        _checkpointHooks = hooks;
    }

    /// <summary>
    /// Performs a microtask checkpoint
    /// (https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint):
    /// runs the core's microtasks and every checkpoint hook until none has work left. Does nothing
    /// when called from inside a checkpoint.
    /// </summary>
    public void PerformMicrotaskCheckpoint()
    {
        // 1. "If the event loop's performing a microtask checkpoint is true, then return."
        // With no microtask queued and no hook to drain, the steps below would do nothing
        // observable: return at once (every task and listener callback ends with a checkpoint).
        if (_performingMicrotaskCheckpoint || (_microtasks.Count == 0 && _checkpointHooks.Length == 0))
        {
            return;
        }

        // 2. "Set the event loop's performing a microtask checkpoint to true."
        _performingMicrotaskCheckpoint = true;
        int runningTaskNestingLevel = _currentTaskTimerNestingLevel;
        long ran = 0;
        long budget = _limits.MaxTasks;
        try
        {
            bool again;
            do
            {
                // 3. "While the event loop's microtask queue is not empty:"
                while (_microtasks.TryDequeue(out Microtask oldestMicrotask))
                {
                    // 3.1 "Let oldestMicrotask be the result of dequeuing from the event loop's microtask queue."
                    if (++ran > budget)
                    {
                        FailCheckpoint(ran - 1);
                        return;
                    }

                    _recentMicrotasks[_recentMicrotaskCursor] = oldestMicrotask.Description;
                    _recentMicrotaskCursor = (_recentMicrotaskCursor + 1) % RecentWindow;

                    // 3.2 "Set the event loop's currently running task to oldestMicrotask."
                    // A microtask is never a task created by the timer initialization steps, so
                    // its timer nesting level is 0.
                    _currentTaskTimerNestingLevel = 0;

                    // 3.3 "Run oldestMicrotask."
                    try
                    {
                        oldestMicrotask.Step();
                    }
                    catch (Exception exception)
                    {
                        ReportException(exception, oldestMicrotask.Description, source: null, owner: null);
                    }

                    // 3.4 "Set the event loop's currently running task back to null."
                    _currentTaskTimerNestingLevel = runningTaskNestingLevel;
                }

                // IMPLEMENTATION DEFINED: each script engine keeps its own promise job queue
                // instead of the event loop's microtask queue, so the checkpoint drains them
                // through hooks after the core's queue, and goes round again while a hook
                // reports work or a job queued core microtasks: the checkpoint ends with every
                // queue empty, as the spec's single queue would.
                again = false;
                Func<bool>[] hooks = _checkpointHooks;
                for (int i = 0; i < hooks.Length; i++)
                {
                    _currentTaskTimerNestingLevel = 0;
                    try
                    {
                        again |= hooks[i]();
                    }
                    catch (Exception exception)
                    {
                        ReportException(exception, "microtask checkpoint hook", source: null, owner: null);
                    }

                    _currentTaskTimerNestingLevel = runningTaskNestingLevel;
                }

                again |= _microtasks.Count > 0;
                if (again && ++ran > budget)
                {
                    FailCheckpoint(ran - 1);
                    return;
                }
            }
            while (again);

            // 4. FIXME: "For each environment settings object settingsObject whose responsible
            //    event loop is this event loop, notify about rejected promises given
            //    settingsObject's global object."
            // 5. "Cleanup Indexed Database transactions." (no IndexedDB here)
            // 6. FIXME: "Perform ClearKeptObjects()." (the script engines keep their own)
        }
        finally
        {
            _currentTaskTimerNestingLevel = runningTaskNestingLevel;

            // 7. "Set the event loop's performing a microtask checkpoint to false."
            _performingMicrotaskCheckpoint = false;

            // 8. FIXME: "Record timing info for microtask checkpoint."
        }
    }

    /// <summary>
    /// "Prepare to run script" (https://html.spec.whatwg.org/multipage/webappapis.html#prepare-to-run-script):
    /// marks that a script or callback is now on the JavaScript execution context stack.
    /// </summary>
    public void PrepareToRunScript()
    {
        // 1. "Push settings's realm execution context onto the JavaScript execution context
        //    stack; it is now the running JavaScript execution context."
        _scriptNestingDepth++;

        // 2. FIXME: "Add settings to the surrounding agent's event loop's currently running
        //    task's script evaluation environment settings object set."
    }

    /// <summary>
    /// "Clean up after running script" (https://html.spec.whatwg.org/multipage/webappapis.html#clean-up-after-running-script):
    /// pops the script and performs a microtask checkpoint when the stack is now empty.
    /// </summary>
    public void CleanUpAfterRunningScript()
    {
        // 1. "Assert: settings's realm execution context is the running JavaScript execution context."
        if (_scriptNestingDepth == 0)
        {
            throw new InvalidOperationException("CleanUpAfterRunningScript was called without a matching PrepareToRunScript.");
        }

        // 2. "Remove settings's realm execution context from the JavaScript execution context stack."
        _scriptNestingDepth--;

        // 3. "If the JavaScript execution context stack is now empty, perform a microtask
        //    checkpoint. (If this runs scripts, these algorithms will be invoked reentrantly.)"
        if (_scriptNestingDepth == 0)
        {
            PerformMicrotaskCheckpoint();
        }
    }

    /// <summary>
    /// setTimeout: runs <paramref name="callback"/> once, as a task on the timer task source,
    /// after <paramref name="delayMs"/> milliseconds; returns the timer's id (unique per owner).
    /// </summary>
    /// <param name="callback">The handler; an exception it throws is reported and the loop goes on.</param>
    /// <param name="delayMs">The timeout (NaN, negative and infinite values mean 0, as Web IDL's long conversion gives).</param>
    /// <param name="owner">The global (window or worker) the timer belongs to, or null for the loop's own.</param>
    /// <param name="description">What the timer does, for traces and limit errors.</param>
    public int SetTimeout(Action callback, double delayMs, object? owner = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return InitializeTimer(callback, delayMs, owner, repeat: false, previousId: null, description);
    }

    /// <summary>
    /// setInterval: runs <paramref name="callback"/> every <paramref name="delayMs"/> milliseconds
    /// until cleared; returns the timer's id (unique per owner).
    /// </summary>
    /// <param name="callback">The handler; an exception it throws is reported and the interval goes on.</param>
    /// <param name="delayMs">The interval (NaN, negative and infinite values mean 0, as Web IDL's long conversion gives).</param>
    /// <param name="owner">The global (window or worker) the timer belongs to, or null for the loop's own.</param>
    /// <param name="description">What the timer does, for traces and limit errors.</param>
    public int SetInterval(Action callback, double delayMs, object? owner = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return InitializeTimer(callback, delayMs, owner, repeat: true, previousId: null, description);
    }

    /// <summary>clearTimeout / clearInterval: cancels the timer <paramref name="id"/> of <paramref name="owner"/>; unknown ids are ignored.</summary>
    public void ClearTimer(int id, object? owner = null)
    {
        // https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#dom-cleartimeout
        // "The clearTimeout(id) and clearInterval(id) method steps are to remove this's map of
        //  setTimeout and setInterval IDs[id]."
        using (_gate.Enter())
        {
            if (_timerIdMaps.TryGetValue(owner ?? NoOwnerKey, out TimerIdMap? ids) && ids.Remove(id, out PendingTimer? handle))
            {
                // IMPLEMENTATION DEFINED: the spec lets the cleared timer run on and queue a
                // task that does nothing; we cancel it, so that it neither queues that task
                // nor lets a virtual clock skip ahead to its due time.
                handle!.Cancelled = true;
            }
        }
    }

    /// <summary>
    /// Drops every queued task and pending timer whose owner is <paramref name="owner"/>
    /// (e.g. a document that was discarded or navigated away from).
    /// </summary>
    public void DiscardOwner(object owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        using (_gate.Enter())
        {
            // https://html.spec.whatwg.org/multipage/document-lifecycle.html#destroy-a-document
            // "Remove any tasks whose document is document from any task queue (without running those tasks)."
            for (int source = 0; source < _taskQueues.Length; source++)
            {
                RingQueue<ScheduledTask> queue = _taskQueues[source];
                int count = queue.Count;
                for (int i = 0; i < count; i++)
                {
                    ScheduledTask task = queue.Dequeue();
                    if (ReferenceEquals(task.Owner, owner))
                    {
                        _queuedTaskCount -= 1 + task.Repeat;
                    }
                    else
                    {
                        queue.Enqueue(task);
                    }
                }

                if (queue.Count == 0)
                {
                    _nonEmptyQueues &= ~(1 << source);
                }
            }

            // The owner's timers can never fire: forget their ids and cancel them.
            _timerIdMaps.Remove(owner);
            foreach (var (timer, _) in _timers.UnorderedItems)
            {
                if (ReferenceEquals(timer.Owner, owner))
                {
                    timer.Cancelled = true;
                }
            }
        }
    }

    /// <summary>
    /// Runs tasks, microtasks and timers until none is left, skipping a virtual clock ahead to
    /// each next timer (or waiting for it on a real clock); throws
    /// <see cref="EventLoopLimitExceededException"/> when a bound of <paramref name="limits"/> is exceeded.
    /// </summary>
    public void RunUntilIdle(RunLimits? limits = null)
    {
        BeginRun(limits);
        try
        {
            double start = Clock.Now;
            while (true)
            {
                RunStep step = Turn(start, end: null, out double waitMs);
                if (step == RunStep.Idle)
                {
                    return;
                }

                if (step == RunStep.Wait)
                {
                    WaitForWork(waitMs);
                }
            }
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>
    /// Runs everything that is or comes due within <paramref name="duration"/> of the loop's
    /// clock and leaves the clock at the end of that span (on a real clock: waits until then);
    /// the span bounds the run, so <see cref="RunLimits.MaxVirtualTime"/> does not apply.
    /// </summary>
    public void RunFor(TimeSpan duration, RunLimits? limits = null)
    {
        double end = EndOf(duration);
        BeginRun(limits);
        try
        {
            double start = Clock.Now;
            while (true)
            {
                RunStep step = Turn(start, end, out double waitMs);
                if (step == RunStep.Idle)
                {
                    return;
                }

                if (step == RunStep.Wait)
                {
                    WaitForWork(waitMs);
                }
            }
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>Like <see cref="RunUntilIdle"/>, but waits for a real clock without blocking a thread and stops when <paramref name="cancellationToken"/> is canceled.</summary>
    public async Task RunUntilIdleAsync(RunLimits? limits = null, CancellationToken cancellationToken = default)
    {
        BeginRun(limits);
        try
        {
            double start = Clock.Now;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunStep step = Turn(start, end: null, out double waitMs);
                if (step == RunStep.Idle)
                {
                    return;
                }

                if (step == RunStep.Wait)
                {
                    await WaitForWorkAsync(waitMs, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>Like <see cref="RunFor"/>, but waits for a real clock without blocking a thread and stops when <paramref name="cancellationToken"/> is canceled.</summary>
    public async Task RunForAsync(TimeSpan duration, RunLimits? limits = null, CancellationToken cancellationToken = default)
    {
        double end = EndOf(duration);
        BeginRun(limits);
        try
        {
            double start = Clock.Now;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunStep step = Turn(start, end, out double waitMs);
                if (step == RunStep.Idle)
                {
                    return;
                }

                if (step == RunStep.Wait)
                {
                    await WaitForWorkAsync(waitMs, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            EndRun();
        }
    }

    /// <summary>
    /// "Run steps after a timeout" (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#run-steps-after-a-timeout):
    /// performs <paramref name="completionSteps"/> (which queue a task) once <paramref name="milliseconds"/> have passed.
    /// </summary>
    internal PendingTimer RunStepsAfterTimeout(object? owner, string orderingIdentifier, double milliseconds, Action completionSteps, string description)
    {
        // 1. "Let timerKey be a new unique internal value."
        // 2. "Let startTime be the current high resolution time given global."
        // (read before the gate: the clock may be the application's, and no code outside the
        // loop runs while the gate is held)
        double startTime = Clock.Now;
        using (_gate.Enter())
        {

            // 3. FIXME: "Set global's map of active timers[timerKey] to startTime plus milliseconds."
            //    (the map of active timers is not kept: nothing reads it yet)
            // 4. "Run the following steps in parallel:"
            //    4.1 FIXME: "If global is a Window object, wait until global's associated
            //        Document has been fully active for a further milliseconds milliseconds (not
            //        necessarily consecutively)." We wait for the clock alone.
            //    4.2 "Wait until any invocations of this algorithm that had the same global and
            //        orderingIdentifier, that started before this one, and whose milliseconds is
            //        equal to or less than this one's, have completed."
            //        Ordering every timer by due time, then by start, satisfies this for all
            //        globals and identifiers at once: such an earlier invocation is due no later.
            //    4.3 "Optionally, wait a further implementation-defined length of time." (not done)
            //    4.4 "Perform completionSteps." (done by PerformDueTimersThenTakeOldestTask)
            //    4.5 "Remove global's map of active timers[timerKey]."
            var timerKey = new PendingTimer(owner, orderingIdentifier, startTime + milliseconds, _nextTimerSequence++, completionSteps, description);
            _timers.Enqueue(timerKey, new TimerOrder(timerKey.DueTime, timerKey.Sequence));
            WakeIfWaiting();

            // 5. "Return timerKey."
            return timerKey;
        }
    }

    /// <summary>Reports an exception thrown by work the loop ran, through <see cref="UnhandledException"/>.</summary>
    internal void ReportException(Exception exception, string description, TaskSource? source, object? owner)
    {
        UnhandledException?.Invoke(this, new EventLoopExceptionEventArgs(exception, description, source, owner));
    }

    // https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timer-initialisation-steps
    private int InitializeTimer(Action handler, double timeout, object? owner, bool repeat, int? previousId, string? description)
    {
        // 1. "Let thisArg be global if that is a WorkerGlobalScope object; otherwise let thisArg
        //    be the WindowProxy that corresponds to global." (the bindings bind this in handler)
        int id;
        using (_gate.Enter())
        {
            // 2. "If previousId was given, let id be previousId; otherwise, let id be an
            //    implementation-defined integer that is greater than zero and does not already
            //    exist in global's map of setTimeout and setInterval IDs."
            id = previousId ?? IdMapOf(owner).NewId();
        }

        // 3. "If the surrounding agent's event loop's currently running task is a task that was
        //    created by this algorithm, then let nesting level be the task's timer nesting level.
        //    Otherwise, let nesting level be 0."
        int nestingLevel = _currentTaskTimerNestingLevel;

        // 4. "If timeout is less than 0, then set timeout to 0."
        // IMPLEMENTATION DEFINED: NaN and infinities also become 0, the result Web IDL's
        // conversion to long gives them in browsers.
        if (!(timeout >= 0) || double.IsPositiveInfinity(timeout))
        {
            timeout = 0;
        }

        // 5. "If nesting level is greater than 5, and timeout is less than 4, then set timeout to 4."
        if (nestingLevel > 5 && timeout < 4)
        {
            timeout = 4;
        }

        // 6. "Let realm be global's relevant realm." 7. "Let initiating script be the active
        //    script." (the bindings' concern: handler is already bound to its realm)
        // 8. "Let uniqueHandle be null."
        PendingTimer? uniqueHandle = null;
        string taskDescription = description
            ?? string.Create(CultureInfo.InvariantCulture, $"{(repeat ? "setInterval" : "setTimeout")} #{id} ({timeout} ms)");

        // 9. "Let task be a task that runs the following substeps:"
        void Task()
        {
            // 9.1 "Assert: uniqueHandle is a unique internal value, not null."
            Debug.Assert(uniqueHandle is not null, "The timer task ran before its handle was set.");

            // 9.2 "If id does not exist in global's map of setTimeout and setInterval IDs, then abort these steps."
            // 9.3 "If global's map of setTimeout and setInterval IDs[id] does not equal uniqueHandle, then abort these steps."
            if (!IsCurrentHandle(owner, id, uniqueHandle))
            {
                return;
            }

            // 9.4 FIXME: "Record timing info for timer handler given handler, global's relevant
            //     settings object, and repeat."
            // 9.5 "If handler is a Function, then invoke handler given arguments and "report",
            //     and with callback this value set to thisArg."
            // 9.6 "Otherwise: ..." (a string handler is compiled by the bindings into an Action)
            try
            {
                handler();
            }
            catch (Exception exception)
            {
                ReportException(exception, taskDescription, TaskSource.Timer, owner);
            }

            // 9.7 "If id does not exist in global's map of setTimeout and setInterval IDs, then abort these steps."
            // 9.8 "If global's map of setTimeout and setInterval IDs[id] does not equal uniqueHandle, then abort these steps."
            if (!IsCurrentHandle(owner, id, uniqueHandle))
            {
                return;
            }

            if (repeat)
            {
                // 9.9 "If repeat is true, then perform the timer initialization steps again,
                //     given global, handler, timeout, arguments, true, and id."
                InitializeTimer(handler, timeout, owner, repeat: true, previousId: id, description);
            }
            else
            {
                // 9.10 "Otherwise, remove global's map of setTimeout and setInterval IDs[id]."
                using (_gate.Enter())
                {
                    IdMapOf(owner).Remove(id, out _);
                }
            }
        }

        // 10. "Increment nesting level by one."
        nestingLevel++;

        // 11. "Set task's timer nesting level to nesting level."
        // 12. "Let completionStep be an algorithm step which queues a global task on the timer
        //     task source given global to run task."
        void CompletionStep() => EnqueueTask(TaskSource.Timer, owner, Task, taskDescription, nestingLevel);

        // 13. "Set uniqueHandle to the result of running steps after a timeout given global,
        //     "setTimeout/setInterval", timeout, and completionStep."
        uniqueHandle = RunStepsAfterTimeout(owner, "setTimeout/setInterval", timeout, CompletionStep, taskDescription);

        // 14. "Set global's map of setTimeout and setInterval IDs[id] to uniqueHandle."
        using (_gate.Enter())
        {
            IdMapOf(owner).Set(id, uniqueHandle);
        }

        // 15. "Return id."
        return id;
    }

    private bool IsCurrentHandle(object? owner, int id, PendingTimer? handle)
    {
        using (_gate.Enter())
        {
            return _timerIdMaps.TryGetValue(owner ?? NoOwnerKey, out TimerIdMap? ids)
                && ids.TryGet(id, out PendingTimer? current)
                && ReferenceEquals(current, handle);
        }
    }

    private TimerIdMap IdMapOf(object? owner)
    {
        object key = owner ?? NoOwnerKey;
        if (!_timerIdMaps.TryGetValue(key, out TimerIdMap? ids))
        {
            ids = new TimerIdMap();
            _timerIdMaps.Add(key, ids);
        }

        return ids;
    }

    private void EnqueueTask(TaskSource source, object? owner, Action step, string description, int timerNestingLevel)
    {
        using (_gate.Enter())
        {
            RingQueue<ScheduledTask> queue = _taskQueues[(int)source];
            ref ScheduledTask newest = ref queue.Count > 0 ? ref queue.Tail : ref Unsafe.NullRef<ScheduledTask>();

            // The same task queued again right after itself (no task was queued anywhere since)
            // is counted on its entry: it keeps its place in the global order.
            if (!Unsafe.IsNullRef(ref newest)
                && newest.Sequence == _nextTaskSequence - 1
                && ReferenceEquals(newest.Step, step)
                && ReferenceEquals(newest.Owner, owner)
                && ReferenceEquals(newest.Description, description)
                && newest.TimerNestingLevel == timerNestingLevel)
            {
                newest.Repeat++;
            }
            else
            {
                queue.Enqueue(new ScheduledTask(source, owner, step, description, _nextTaskSequence++, timerNestingLevel));
            }

            _nonEmptyQueues |= 1 << (int)source;
            _queuedTaskCount++;
            _idleBetweenRuns = false;
            WakeIfWaiting();
        }
    }

    // Called with _gate held.
    private void WakeIfWaiting()
    {
        if (_waitingForWork)
        {
            _waitingForWork = false;
            _wakeUp.Release();
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model
    // Called with _gate held.
    private bool TryTakeOldestTaskLocked(out ScheduledTask oldestTask)
    {
        // 2. "If the event loop has a task queue with at least one runnable task, then:"
        // FIXME: a task whose document is not fully active is not runnable; every queued
        // task counts as runnable until documents have an active state.
        if (_queuedTaskCount == 0)
        {
            oldestTask = default;
            return false;
        }

        // 2.1 "Let taskQueue be one such task queue, chosen in an implementation-defined manner."
        // IMPLEMENTATION DEFINED: the queue whose first task was queued earliest, so the
        // loop runs all sources as one global FIFO sequence: deterministic, and the order a
        // page observes when it mixes postMessage, timers and DOM tasks. Tune the choice
        // here (e.g. to prioritize sources as Chromium does) and nowhere else.
        int nonEmpty = _nonEmptyQueues;
        int chosen = BitOperations.TrailingZeroCount(nonEmpty);
        if ((nonEmpty & (nonEmpty - 1)) != 0)
        {
            // More than one source has tasks: the one whose head is oldest.
            long oldest = long.MaxValue;
            for (int rest = nonEmpty; rest != 0; rest &= rest - 1)
            {
                int source = BitOperations.TrailingZeroCount(rest);
                long sequence = _taskQueues[source].Head.Sequence;
                if (sequence < oldest)
                {
                    oldest = sequence;
                    chosen = source;
                }
            }
        }

        // 2.3 "Set oldestTask to the first runnable task in taskQueue, and remove it from taskQueue."
        RingQueue<ScheduledTask> taskQueue = _taskQueues[chosen];
        _queuedTaskCount--;
        ref ScheduledTask head = ref taskQueue.Head;
        if (head.Repeat > 0)
        {
            // The same task again: its entry stays first, standing for the repeats left.
            oldestTask = head;
            head.Repeat--;
            return true;
        }

        oldestTask = taskQueue.Dequeue();
        if (taskQueue.Count == 0)
        {
            _nonEmptyQueues &= ~(1 << chosen);
        }

        return true;
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#event-loop-processing-model
    private void RunTask(in ScheduledTask oldestTask)
    {
        // 2.2 FIXME: "Set taskStartTime to the unsafe shared current time."
        // 2.4 FIXME: "If oldestTask's document is not null, then record task start time given
        //     taskStartTime and oldestTask's document."
        // 2.5 "Set the event loop's currently running task to oldestTask."
        _currentTaskTimerNestingLevel = oldestTask.TimerNestingLevel;

        // 2.6 "Perform oldestTask's steps."
        try
        {
            oldestTask.Step();
        }
        catch (Exception exception)
        {
            ReportException(exception, oldestTask.Description, oldestTask.Source, oldestTask.Owner);
        }
        finally
        {
            // 2.7 "Set the event loop's currently running task back to null."
            _currentTaskTimerNestingLevel = 0;
        }

        // 2.8 "Perform a microtask checkpoint."
        PerformMicrotaskCheckpoint();

        // 2.9 onwards (task durations, rendering updates, idle periods): FIXME when rendering
        // or long-task reporting exists; a headless runtime has nothing to render.
    }

    // One turn of a run: run one task (after queuing the tasks of due timers), or a pending
    // checkpoint, or move the clock to the next timer, or say what to wait for.
    private RunStep Turn(double start, double? end, out double waitMs)
    {
        waitMs = 0;
        CheckWallClock();
        double now = Clock.Now;
        bool mayRunTask = _tasksThisRun < _limits.MaxTasks;
        if (PerformDueTimersThenTakeOldestTask(now, mayRunTask, out ScheduledTask task))
        {
            _tasksThisRun++;
            RememberRecentTask(task);
            RunTask(task);
            ThrowPendingLimitFailure();
            return RunStep.Progressed;
        }

        if (!mayRunTask && QueuedTaskCount > 0)
        {
            throw Failure(RunLimit.MaxTasks, string.Create(CultureInfo.InvariantCulture, $"The event loop ran {_tasksThisRun} tasks in one run (RunLimits.MaxTasks) and still had tasks queued."));
        }

        if (_microtasks.Count > 0)
        {
            // Microtasks queued by the host outside any task.
            PerformMicrotaskCheckpoint();
            ThrowPendingLimitFailure();
            return RunStep.Progressed;
        }

        if (HasExternalWork())
        {
            // A worker on another thread is still running: its replies may come before any
            // timer of this loop is due, so neither end the run nor move the clock yet.
            waitMs = ExternalWorkPollMs;
            return RunStep.Wait;
        }

        // The external work may have queued tasks here just before it went idle: look again.
        if (Volatile.Read(ref _externalWork).Length > 0 && QueuedTaskCount > 0)
        {
            return RunStep.Progressed;
        }

        PendingTimer? next = PeekNextTimer();
        double target;
        if (end is double spanEnd)
        {
            if (next is null || next.DueTime > spanEnd)
            {
                if (now >= spanEnd || Clock.TryAdvanceTo(spanEnd))
                {
                    return RunStep.Idle;
                }

                waitMs = spanEnd - now;
                return RunStep.Wait;
            }

            target = next.DueTime;
        }
        else
        {
            if (next is null)
            {
                return RunStep.Idle;
            }

            if (next.DueTime - start > _limits.MaxVirtualTime.TotalMilliseconds)
            {
                throw Failure(RunLimit.MaxVirtualTime, string.Create(CultureInfo.InvariantCulture, $"The event loop's clock would move more than RunLimits.MaxVirtualTime ({_limits.MaxVirtualTime}) in one run: the next timer, \"{next.Description}\"{OwnerText(next.Owner)}, is due at {next.DueTime} ms and the run started at {start} ms."));
            }

            target = next.DueTime;
        }

        if (now >= target || Clock.TryAdvanceTo(target))
        {
            return RunStep.Progressed;
        }

        waitMs = target - now;
        return RunStep.Wait;
    }

    // Queues the tasks of the timers due at now, then (when takeTask) takes the oldest task:
    // one trip through the gate per turn when no timer is due.
    private bool PerformDueTimersThenTakeOldestTask(double now, bool takeTask, out ScheduledTask oldestTask)
    {
        while (true)
        {
            PendingTimer? timer;
            using (_gate.Enter())
            {
                timer = PeekNextTimerLocked();
                if (timer is null || timer.DueTime > now)
                {
                    oldestTask = default;
                    return takeTask && TryTakeOldestTaskLocked(out oldestTask);
                }

                _timers.Dequeue();
            }

            // 4.4 "Perform completionSteps." (queues the timer's task, outside the lock)
            timer.CompletionSteps();
        }
    }

    private PendingTimer? PeekNextTimer()
    {
        using (_gate.Enter())
        {
            return PeekNextTimerLocked();
        }
    }

    // Called with _gate held.
    private PendingTimer? PeekNextTimerLocked()
    {
        while (_timers.TryPeek(out PendingTimer? timer, out _))
        {
            if (!timer.Cancelled)
            {
                return timer;
            }

            _timers.Dequeue();
        }

        return null;
    }

    private double EndOf(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The duration to run the event loop for must not be negative.");
        }

        return Clock.Now + duration.TotalMilliseconds;
    }

    private void BeginRun(RunLimits? limits)
    {
        limits ??= RunLimits.Default;
        limits.Validate();
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            throw new InvalidOperationException("The event loop is already running (a run was started from one of its tasks or from another thread).");
        }

        _limits = limits;
        _tasksThisRun = 0;
        _runStartTimestamp = Stopwatch.GetTimestamp();
        long alarmMs = Math.Max(0, (long)limits.WallClockTimeout.TotalMilliseconds - CoarseClockMarginMs);
        _preciseWallClockCheckFromTick = Environment.TickCount64 + alarmMs;
        _wallClockAlarm = new WallClockAlarm(alarmMs);
        _turnsSinceClockRead = 0;
        Array.Clear(_recentTasks);
        Array.Clear(_recentTaskRuns);
        _recentTaskCursor = 0;
        _pendingLimitFailure = null;
    }

    private void EndRun()
    {
        _limits = RunLimits.Default;
        _wallClockAlarm?.Dispose();
        _wallClockAlarm = null;

        // The tasks kept for limit errors hold their steps' closures (and so the ports,
        // windows and messages those reach): let them go once the run is over.
        Array.Clear(_recentTasks);
        Volatile.Write(ref _running, 0);
    }

    private void WaitForWork(double waitMs)
    {
        if (!PrepareToWait())
        {
            return;
        }

        _wakeUp.Wait(WaitTime(waitMs));
        using (_gate.Enter())
        {
            _waitingForWork = false;
        }
    }

    private async Task WaitForWorkAsync(double waitMs, CancellationToken cancellationToken)
    {
        if (!PrepareToWait())
        {
            return;
        }

        try
        {
            await _wakeUp.WaitAsync(WaitTime(waitMs), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            using (_gate.Enter())
            {
                _waitingForWork = false;
            }
        }
    }

    private bool HasExternalWork()
    {
        Func<bool>[] work = Volatile.Read(ref _externalWork);
        for (int i = 0; i < work.Length; i++)
        {
            if (work[i]())
            {
                return true;
            }
        }

        return false;
    }

    private bool PrepareToWait()
    {
        using (_gate.Enter())
        {
            if (_queuedTaskCount > 0)
            {
                return false;
            }

            if (_wakeRequested)
            {
                _wakeRequested = false;
                return false;
            }

            _waitingForWork = true;
            return true;
        }
    }

    // At least a millisecond (a real clock's due time is rarely an exact tick), at most the
    // wall time the run has left, so that the timeout check runs on time.
    private TimeSpan WaitTime(double waitMs)
    {
        TimeSpan left = _limits.WallClockTimeout - Stopwatch.GetElapsedTime(_runStartTimestamp);
        TimeSpan wait = TimeSpan.FromMilliseconds(Math.Max(1, Math.Ceiling(waitMs)));
        return wait < left ? wait : (left > TimeSpan.Zero ? left : TimeSpan.Zero);
    }

    // Every turn checks, so the check must cost little: no clock is read until the run's
    // alarm rings (or on every 1,024th turn), and the precise clock only once the coarse one
    // says the deadline is near.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckWallClock()
    {
        if (_wallClockAlarm is { Rang: false } && (++_turnsSinceClockRead & 1023) != 0)
        {
            return;
        }

        CheckWallClockNow();
    }

    private void CheckWallClockNow()
    {
        if (Environment.TickCount64 >= _preciseWallClockCheckFromTick
            && Stopwatch.GetElapsedTime(_runStartTimestamp) > _limits.WallClockTimeout)
        {
            throw Failure(RunLimit.WallClockTimeout, string.Create(CultureInfo.InvariantCulture, $"The event loop ran longer than RunLimits.WallClockTimeout ({_limits.WallClockTimeout}) of wall time in one run, after {_tasksThisRun} tasks."));
        }
    }

    private void FailCheckpoint(long ran)
    {
        _microtasks.Clear();
        var failure = new EventLoopLimitExceededException(
            RunLimit.MaxTasks,
            string.Create(CultureInfo.InvariantCulture, $"A microtask checkpoint ran {ran} microtasks and checkpoint rounds (RunLimits.MaxTasks) and still had work; its remaining microtasks were dropped. Most frequent of the last microtasks: {MostFrequent(_recentMicrotasks)}."));
        if (Volatile.Read(ref _running) == 0)
        {
            throw failure;
        }

        // Inside a run, the run throws it once the current task is over: throwing here would
        // unwind through the task's own exception handling.
        _pendingLimitFailure ??= failure;
    }

    private void ThrowPendingLimitFailure()
    {
        if (_pendingLimitFailure is { } failure)
        {
            _pendingLimitFailure = null;
            throw failure;
        }
    }

    private void RememberRecentTask(in ScheduledTask task)
    {
        int last = (_recentTaskCursor + RecentWindow - 1) % RecentWindow;
        ref ScheduledTask previous = ref _recentTasks[last];
        if (_recentTaskRuns[last] > 0
            && ReferenceEquals(previous.Step, task.Step)
            && ReferenceEquals(previous.Owner, task.Owner)
            && ReferenceEquals(previous.Description, task.Description)
            && previous.Source == task.Source)
        {
            _recentTaskRuns[last]++;
            return;
        }

        _recentTasks[_recentTaskCursor] = task;
        _recentTaskRuns[_recentTaskCursor] = 1;
        _recentTaskCursor = (_recentTaskCursor + 1) % RecentWindow;
    }

    private EventLoopLimitExceededException Failure(RunLimit limit, string what)
    {
        // The last RecentWindow runs, newest first (a slot counting more runs than are left
        // counts only those).
        var descriptions = new string?[RecentWindow];
        var runs = new long[RecentWindow];
        long left = RecentWindow;
        long recent = 0;
        long postedMessages = 0;
        for (int back = 1; back <= RecentWindow && left > 0; back++)
        {
            int i = (_recentTaskCursor - back + RecentWindow) % RecentWindow;
            ScheduledTask task = _recentTasks[i];
            if (task.Description is null)
            {
                break;
            }

            runs[i] = Math.Min(_recentTaskRuns[i], left);
            left -= runs[i];
            descriptions[i] = $"\"{task.Description}\" ({task.Source}{OwnerText(task.Owner)})";
            recent += runs[i];
            postedMessages += task.Source == TaskSource.PostedMessage ? runs[i] : 0;
        }

        return new EventLoopLimitExceededException(limit, $"{what} Most frequent of the last tasks: {MostFrequent(descriptions, runs)}.")
        {
            MostlyPostedMessages = recent > 0 && postedMessages * 2 >= recent,
        };
    }

    private static string OwnerText(object? owner) => owner is null ? string.Empty : $", owner {owner}";

    // Cold path (only when building a limit error), so plain collections are fine here.
    private static string MostFrequent(string?[] recent, long[]? runs = null)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < recent.Length; i++)
        {
            if (recent[i] is { } description)
            {
                counts[description] = counts.GetValueOrDefault(description) + (runs?[i] ?? 1);
            }
        }

        if (counts.Count == 0)
        {
            return "none";
        }

        var ranked = new List<KeyValuePair<string, long>>(counts);
        ranked.Sort((a, b) => b.Value.CompareTo(a.Value));
        var text = new StringBuilder();
        for (int i = 0; i < ranked.Count && i < 3; i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            text.Append(ranked[i].Key).Append(" x").Append(ranked[i].Value.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}

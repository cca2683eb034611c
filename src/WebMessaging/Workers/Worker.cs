using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Events;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scheduling;

namespace WebMessaging.Workers;

/// <summary>
/// https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface
/// The Worker object a window (or another worker) holds for a dedicated worker: postMessage to
/// it, terminate it, and the message and error events that come from it. Made by
/// <see cref="Browser.CreateWorker"/>.
/// </summary>
/// <remarks>
/// The worker's global (<see cref="Global"/>) exists at once; its script runs in the worker's
/// first task (through <see cref="Browser.WorkerHost"/>), and messages posted before that wait
/// in the worker's implicit port, whose queue is enabled only once the script has run.
/// </remarks>
public sealed class Worker : EventTarget
{
    private readonly CancellationTokenSource _termination = new();
    private volatile bool _terminated;
    private WorkerThread? _thread;

    internal Worker(GlobalScope owner, Url url, WorkerOptions options, EventLoop? ownLoop)
        : base(owner)
    {
        Owner = owner;

        // "Let outside port be a new MessagePort in outside settings's realm."
        // "Set outside port's message event target to this."
        // "Set this's outside port to outside port."
        OutsidePort = new MessagePort(owner) { MessageEventTarget = this, TraceAs = owner, TraceKind = Tracing.MessageKind.Worker };

        // https://html.spec.whatwg.org/multipage/workers.html#set-up-a-worker-environment-settings-object
        // "origin: Return a unique opaque origin if worker global scope's url's scheme is
        //  "data", and inherited origin otherwise." (inherited origin: the outside settings' origin)
        var origin = url.Scheme == "data" ? Origin.CreateOpaque() : owner.Origin;
        Global = new DedicatedWorkerGlobalScope(this, owner.Browser, origin, url, options, ownLoop);

        // "Entangle outside port and inside port."
        // IMPLEMENTATION DEFINED: at once rather than once the script is fetched, so that
        // messages posted to the worker before its script ran wait in the inside port's
        // (disabled) queue instead of finding no port to go to, as every browser does.
        MessagePort.Entangle(OutsidePort, Global.InsidePort);
    }

    /// <summary>The global (window or worker) that created the worker: the Worker object's relevant global.</summary>
    public GlobalScope Owner { get; }

    /// <summary>The worker's global object, where its script runs and messages to it arrive.</summary>
    public DedicatedWorkerGlobalScope Global { get; }

    /// <summary>The URL of the worker's script.</summary>
    public Url Url => Global.Url;

    /// <summary>The worker's name (WorkerOptions.Name).</summary>
    public string Name => Global.Name;

    /// <summary>Whether <see cref="Terminate"/> was called (or the worker's owner went away).</summary>
    public bool IsTerminated => _terminated;

    /// <summary>Whether the worker runs on a thread of its own (<see cref="BrowserOptions.WorkerThreads"/>).</summary>
    public bool RunsOnOwnThread => _thread is not null;

    /// <summary>Canceled when the worker is terminated: a script engine stops the worker's running script on it.</summary>
    public CancellationToken TerminationToken => _termination.Token;

    /// <summary>"this's outside port": entangled with the worker global's inside port.</summary>
    internal MessagePort OutsidePort { get; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-worker-postmessage
    /// "The postMessage(message, transfer) and postMessage(message, options) methods on Worker
    /// objects act as if, when invoked, they immediately invoked the respective
    /// postMessage(message, transfer) and postMessage(message, options) on this's outside port,
    /// with the same arguments, and returned the same return value."
    /// </summary>
    /// <param name="message">A value of the owner's realm.</param>
    /// <param name="transfer">Values of the owner's realm to transfer (ArrayBuffers, MessagePorts).</param>
    /// <exception cref="DataCloneException">The message cannot be cloned, or the transfer list is invalid.</exception>
    public void PostMessage(object? message, IReadOnlyList<object?>? transfer = null) =>
        OutsidePort.PostMessage(message, transfer ?? TransferList.Empty);

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-worker-terminate
    /// "The terminate() method steps are to terminate a worker given this's worker."
    /// </summary>
    public void Terminate()
    {
        if (_terminated)
        {
            return;
        }

        _terminated = true;

        // https://html.spec.whatwg.org/multipage/workers.html#terminate-a-worker
        // "1. Set the worker's WorkerGlobalScope object's closing flag to true."
        // "2. If there are any tasks queued in the WorkerGlobalScope object's relevant agent's
        //  event loop's task queues, discard them without processing them."
        Global.CloseAWorker();

        // "3. Abort the script currently running in the worker."
        // The script host stops its engine on this token (on the browser's loop no worker
        // script runs while the owner's does; on a worker thread it may).
        _termination.Cancel();

        // "4. If the worker's WorkerGlobalScope object is actually a DedicatedWorkerGlobalScope
        //  object (i.e. the worker is a dedicated worker), then empty the port message queue of
        //  the port that the worker's implicit port is entangled with."
        OutsidePort.EmptyPortMessageQueue();

        // The implicit port's queue is one of the worker's task sources: what waits there (all
        // of it, when the script has not run yet) is discarded with the other tasks.
        Global.InsidePort.EmptyPortMessageQueue();

        // https://html.spec.whatwg.org/multipage/workers.html#the-worker's-lifetime
        // Workers this worker created are no longer protected once it is gone.
        Owner.Browser.EndWorkersOwnedBy(Global);
        StopThread();
    }

    /// <summary>Returns the worker's id and script URL.</summary>
    public override string ToString() => Global.ToString();

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#run-a-worker
    /// Starts the worker: its first task (on its own thread's loop when it has one) runs its script.
    /// </summary>
    internal void Run(RunLimits limits)
    {
        Global.QueueGlobalTask(TaskSource.Networking, RunScript, "run worker " + Url.Href);
        if (!ReferenceEquals(Global.EventLoop, Owner.EventLoop))
        {
            _thread = new WorkerThread(Global, Owner.EventLoop, limits);
            _thread.Start();
        }
    }

    /// <summary>Ends the worker's own thread, if it has one (after the task it runs now).</summary>
    internal void StopThread() => _thread?.Stop();

    /// <summary>Waits for the worker's own thread to end (it was stopped), for at most <paramref name="timeout"/>.</summary>
    internal bool JoinThread(TimeSpan timeout) => _thread?.Join(timeout) ?? true;

    // The worker's first task: "Obtain script ... onComplete given script".
    private void RunScript()
    {
        if (Global.IsClosing)
        {
            return;
        }

        var host = Global.Browser.WorkerHost;
        var fetched = host is null || host.RunWorkerScript(Global);

        // "1. If script is null or if script's error to rethrow is non-null, then:"
        if (!fetched)
        {
            // "1. Queue a global task on the DOM manipulation task source given worker's relevant
            //  global object to fire an event named error at worker."
            Owner.QueueGlobalTask(TaskSource.DomManipulation, () =>
            {
                if (!_terminated)
                {
                    FireEvent(new Event("error") { TimeStamp = Owner.EventLoop.Now });
                }
            }, "Worker script failed to load");

            // "2. Run the environment discarding steps for inside settings."
            // "3. Abort these steps."
            // The messages posted to the worker meanwhile will never be read: they are dropped.
            Global.CloseAWorker();
            Global.InsidePort.EmptyPortMessageQueue();
            Owner.Browser.EndWorkersOwnedBy(Global);
            StopThread();
            return;
        }

        // "7. Closing orphan workers: Start monitoring the worker such that no sooner than it
        //  stops being a protected worker, and no later than it stops being a permissible worker,
        //  worker global scope's closing flag is set to true." (the owner's end terminates it:
        //  Browser.EndWorkersOwnedBy)
        // FIXME: "8. Suspending workers: ..." (documents are never suspended here: no bfcache)
        // "10. If script is a classic script, then run the classic script script." (the host did)
        // "11. Enable outside port's port message queue."
        OutsidePort.Start();

        // "12. If is shared is false, enable the port message queue of the worker's implicit port."
        Global.InsidePort.Start();

        // "15. Event loop: Run the responsible event loop specified by inside settings until it
        //  is destroyed." (the browser's loop, or the worker's own thread)
    }
}

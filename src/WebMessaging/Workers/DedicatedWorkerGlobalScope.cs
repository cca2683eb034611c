using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Events;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scheduling;

namespace WebMessaging.Workers;

/// <summary>
/// https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-dedicatedworkerglobalscope-interface
/// The global object of a dedicated worker: its implicit port (entangled with its
/// <see cref="Worker"/>'s), postMessage and close().
/// </summary>
public sealed class DedicatedWorkerGlobalScope : WorkerGlobalScope
{
    internal DedicatedWorkerGlobalScope(Worker worker, Browser browser, Origin origin, Url url, WorkerOptions options, EventLoop? eventLoop)
        : base(browser, origin, url, options, eventLoop)
    {
        Worker = worker;

        // "Let inside port be a new MessagePort object in inside settings's realm."
        // "Set inside port's message event target to worker global scope."
        // "Set worker global scope's inside port to inside port."
        InsidePort = new MessagePort(this) { MessageEventTarget = this, TraceAs = this, TraceKind = Tracing.MessageKind.Worker };
    }

    /// <summary>The Worker object (of the owner's realm) this global is associated with.</summary>
    public Worker Worker { get; }

    /// <summary>"the worker's implicit port": the inside port, entangled with the Worker's outside port.</summary>
    internal MessagePort InsidePort { get; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-dedicatedworkerglobalscope-postmessage
    /// "The postMessage(message, transfer) and postMessage(message, options) methods on
    /// DedicatedWorkerGlobalScope objects act as if, when invoked, it immediately invoked the
    /// respective postMessage(message, transfer) and postMessage(message, options) on the port,
    /// with the same arguments, and returned the same return value."
    /// </summary>
    /// <param name="message">A value of the worker's realm.</param>
    /// <param name="transfer">Values of the worker's realm to transfer (ArrayBuffers, MessagePorts).</param>
    /// <exception cref="DataCloneException">The message cannot be cloned, or the transfer list is invalid.</exception>
    public void PostMessage(object? message, IReadOnlyList<object?>? transfer = null) =>
        InsidePort.PostMessage(message, transfer ?? TransferList.Empty);

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-dedicatedworkerglobalscope-close
    /// "The close() method steps are to close a worker given this": queued tasks are discarded
    /// and the worker takes no more messages.
    /// </summary>
    public void Close()
    {
        CloseAWorker();

        // The implicit port's queue is one of the worker's task sources: its messages go too.
        InsidePort.EmptyPortMessageQueue();
        Browser.EndWorkersOwnedBy(this);
        Worker.StopThread();
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
    /// Reports an uncaught exception of the worker: a host listening to
    /// <see cref="GlobalScope.ExceptionReported"/> fires the worker's error event itself;
    /// without one, the error goes straight to the Worker object
    /// (<see cref="ReportUnhandledErrorToWorker"/>) as a cancelable plain event.
    /// </summary>
    public override void ReportException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (HasExceptionReportedHandler)
        {
            base.ReportException(exception);
            return;
        }

        var error = exception as WorkerScriptException ?? new WorkerScriptException("Uncaught " + exception.Message, Url.Href, 0, 0);
        ReportUnhandledErrorToWorker(error, _ => new Event("error", new EventInit { Cancelable = true }) { TimeStamp = Worker.Owner.EventLoop.Now });
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
    /// "7. If notHandled is true, then: ... 2. If global is a DedicatedWorkerGlobalScope object,
    /// then queue a global task on the DOM manipulation task source given global's associated
    /// Worker's relevant global object to run these steps:" the error nobody handled in the
    /// worker goes to its Worker object; <paramref name="createErrorEvent"/> makes the event
    /// (an ErrorEvent of the host, cancelable) on the owner's event loop.
    /// </summary>
    public void ReportUnhandledErrorToWorker(WorkerScriptException error, Func<WorkerScriptException, Event> createErrorEvent)
    {
        ArgumentNullException.ThrowIfNull(error);
        ArgumentNullException.ThrowIfNull(createErrorEvent);
        var worker = Worker;
        var owner = worker.Owner;
        owner.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            // IMPLEMENTATION DEFINED: a worker terminated meanwhile reports nothing more, as in browsers.
            if (worker.IsTerminated || owner.IsClosed)
            {
                return;
            }

            // "1. Let workerObject be the Worker object associated with global."
            // "2. Set notHandled to the result of firing an event named error at workerObject,
            //  using ErrorEvent, with the cancelable attribute initialized to true, and additional
            //  attributes initialized according to errorInfo."
            var evt = createErrorEvent(error);
            var notHandled = worker.FireEvent(evt);

            // "3. If notHandled is true, then report exception for workerObject's relevant
            //  global object with omitError set to true."
            if (notHandled)
            {
                owner.ReportException(error);
            }
        }, "Worker error");
    }
}

using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scheduling;

namespace WebMessaging.Workers;

/// <summary>
/// https://html.spec.whatwg.org/multipage/workers.html#the-workerglobalscope-common-interface
/// The global object of a worker: its URL (WorkerLocation), its name and type, and the
/// closing flag that ends it.
/// </summary>
public abstract class WorkerGlobalScope : GlobalScope
{
    private volatile bool _closing;

    /// <summary>Creates the global of a worker whose script is at <paramref name="url"/>.</summary>
    private protected WorkerGlobalScope(Browser browser, Origin origin, Url url, WorkerOptions options, EventLoop? eventLoop)
        : base(browser, origin, "worker", eventLoop)
    {
        Url = url;
        Name = options.Name;
        Type = options.Type;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#concept-workerglobalscope-url
    /// "A WorkerGlobalScope object has an associated url (null or a URL). It is initially null."
    /// Here it is the script's URL from the start: what <c>location</c> shows.
    /// </summary>
    public Url Url { get; }

    /// <summary>"A WorkerGlobalScope object has an associated name (a string). It is set during creation."</summary>
    public string Name { get; }

    /// <summary>"A WorkerGlobalScope object has an associated type ("classic" or "module"). It is set during creation."</summary>
    public WorkerType Type { get; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-workerglobalscope-closing
    /// "the closing flag, which must be initially false, but which can get set to true by the
    /// algorithms in the processing model section below."
    /// </summary>
    public bool IsClosing => _closing;

    /// <summary>Whether the worker was closed or terminated: it receives no more messages.</summary>
    public override bool IsClosed => _closing;

    /// <summary>The script's URL and the worker's name, e.g. "https://a.example/w.js (name)".</summary>
    public override string Label => Name.Length == 0 ? Url.Href : Url.Href + " (" + Name + ")";

    /// <summary>Returns the worker's id and label, e.g. "worker#4 https://a.example/w.js".</summary>
    public override string ToString() => Id + " " + Label;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#close-a-worker
    /// "To close a worker, given a workerGlobal, run these steps:"
    /// </summary>
    internal void CloseAWorker()
    {
        // "1. Discard any tasks that have been added to workerGlobal's relevant agent's event
        //  loop's task queues."
        EventLoop.DiscardOwner(this);

        // "2. Set workerGlobal's closing flag to true. (This prevents any further tasks from
        //  being queued.)"
        // The tasks queued later (messages to the worker) find the flag set and do nothing.
        _closing = true;
    }
}

using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;
using WebMessaging.Workers;

namespace WebMessaging.Browsing;

/// <summary>
/// The root object a user creates: one event loop, the windows and workers that run on it,
/// and the trace of every message between them.
/// </summary>
/// <remarks>
/// The browser is where the host acts as a user or an HTML page would: it opens top-level
/// windows, creates and removes frames (as iframe elements would), opens popups (as
/// window.open does) and navigates. <see cref="Window"/> itself has only what the Window
/// interface has. A browser and its windows are used from one thread at a time.
/// </remarks>
public sealed class Browser : IAsyncDisposable, IDisposable
{
    private static readonly Url AboutBlank = Url.Parse("about:blank");
    private static readonly Url AboutSrcdoc = Url.Parse("about:srcdoc");

    private readonly List<UnhandledPageException> _unhandledExceptions = [];

    // The top-level traversables (windows and popups), in the order they were opened.
    private readonly List<Window> _windows = [];
    private Window? _host;

    // The workers not yet terminated, in creation order (guarded by itself: with worker
    // threads, workers create workers on their own threads).
    private readonly List<Worker> _workers = [];

    /// <summary>Creates a browser with virtual time and default limits, or with <paramref name="options"/>.</summary>
    public Browser(BrowserOptions? options = null)
    {
        Options = options ?? new BrowserOptions();
        EventLoop = new EventLoop(Options.RealTime ? new RealClock() : new VirtualClock());
        EventLoop.UnhandledException += OnUnhandledLoopException;
        Trace = new MessageTrace(Options.TraceCapacity) { Enabled = Options.Trace };
        PortGate = Options.WorkerThreads ? new object() : null;
    }

    /// <summary>The options the browser was created with.</summary>
    public BrowserOptions Options { get; }

    /// <summary>The browser's one event loop.</summary>
    public EventLoop EventLoop { get; }

    /// <summary>Every message posted, delivered or dropped.</summary>
    public MessageTrace Trace { get; }

    /// <summary>
    /// What runs the scripts of the workers this browser creates (a script engine's host);
    /// null (the default) for workers without script, whose globals .NET code listens on.
    /// </summary>
    public IWorkerHost? WorkerHost { get; set; }

    /// <summary>The workers that are running (created, neither terminated nor closed), oldest first.</summary>
    public IReadOnlyList<Worker> Workers
    {
        get
        {
            lock (_workers)
            {
                return [.. _workers];
            }
        }
    }

    /// <summary>
    /// The lock of every port message queue and entanglement when workers run on threads of
    /// their own (<see cref="BrowserOptions.WorkerThreads"/>); null when everything runs on one thread.
    /// </summary>
    internal object? PortGate { get; }

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

    /// <summary>
    /// Runs tasks and timers until nothing is left, within <paramref name="limits"/> (or the
    /// options' limits); a run that exceeds them throws <see cref="EventLoopLimitExceededException"/>,
    /// whose message names the windows and ports of a message loop when the run was one.
    /// </summary>
    public void RunUntilIdle(RunLimits? limits = null)
    {
        limits ??= Options.RunLimits;
        try
        {
            EventLoop.RunUntilIdle(limits);
        }
        catch (EventLoopLimitExceededException failure) when (MessageLoopDiagnosis.Explain(failure, Trace, limits) is { } loop)
        {
            throw loop;
        }
    }

    /// <summary>Runs everything due within <paramref name="duration"/> of (virtual) time.</summary>
    public void RunFor(TimeSpan duration, RunLimits? limits = null)
    {
        limits ??= Options.RunLimits;
        try
        {
            EventLoop.RunFor(duration, limits);
        }
        catch (EventLoopLimitExceededException failure) when (MessageLoopDiagnosis.Explain(failure, Trace, limits) is { } loop)
        {
            throw loop;
        }
    }

    /// <summary>Runs until idle; in real-time mode waits for timers without blocking a thread.</summary>
    public async Task RunUntilIdleAsync(CancellationToken cancellationToken = default, RunLimits? limits = null)
    {
        limits ??= Options.RunLimits;
        try
        {
            await EventLoop.RunUntilIdleAsync(limits, cancellationToken).ConfigureAwait(false);
        }
        catch (EventLoopLimitExceededException failure) when (MessageLoopDiagnosis.Explain(failure, Trace, limits) is { } loop)
        {
            throw loop;
        }
    }

    /// <summary>Runs everything due within <paramref name="duration"/>, waiting in real-time mode.</summary>
    public async Task RunForAsync(TimeSpan duration, CancellationToken cancellationToken = default, RunLimits? limits = null)
    {
        limits ??= Options.RunLimits;
        try
        {
            await EventLoop.RunForAsync(duration, limits, cancellationToken).ConfigureAwait(false);
        }
        catch (EventLoopLimitExceededException failure) when (MessageLoopDiagnosis.Explain(failure, Trace, limits) is { } loop)
        {
            throw loop;
        }
    }

    /// <summary>The realm a new global starts with: the .NET realm, exposing MessagePort.</summary>
    internal IRealm CreateDefaultRealm(GlobalScope global) =>
        new ClrRealm([MessagePort.CreateClrInterface(global)]);

    /// <summary>Whether the browser has been disposed.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>The open top-level windows and popups (frames are inside them), oldest first.</summary>
    public IReadOnlyList<Window> Windows => [.. _windows];

    /// <summary>
    /// The window .NET code posts from when it gives no source: a top-level window of its own
    /// with an opaque origin (so messages from it have origin "null", and "/" from it matches
    /// nothing), not listed in <see cref="Windows"/>. Replies sent to a message's source reach
    /// its listeners.
    /// </summary>
    public Window Host
    {
        get
        {
            ObjectDisposedException.ThrowIf(IsDisposed, this);
            return _host ??= new Window(this, new BrowsingContext(null, null, "", null, isCreatedByWebContent: false), AboutBlank, Origin.CreateOpaque(), isHost: true);
        }
    }

    /// <summary>
    /// Opens a top-level window showing <paramref name="url"/> (an absolute URL), whose origin
    /// is the URL's: a user typing an address.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid absolute URL.</exception>
    public Window OpenWindow(string url, WindowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var urlRecord = Url.Parse(url);
        var traversable = new BrowsingContext(null, null, options?.Name ?? "", options?.Sandbox, isCreatedByWebContent: false);
        var window = new Window(this, traversable, urlRecord, DetermineOrigin(urlRecord, traversable.Sandbox, sourceOrigin: null, containerOrigin: null));
        _windows.Add(window);
        return window;
    }

    /// <summary>
    /// Creates a frame inside <paramref name="parent"/>, as an iframe element appended to its
    /// document would: it shows <paramref name="url"/> (resolved against the parent's URL), with
    /// the URL's origin, the parent's for about:blank and srcdoc, or a fresh opaque origin when
    /// sandboxed without allow-same-origin.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL.</exception>
    /// <exception cref="ArgumentException"><paramref name="parent"/> is closed or belongs to another browser.</exception>
    public Window CreateFrame(Window parent, string url, FrameOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var parentNavigable = LiveNavigableOf(parent, nameof(parent));

        // An iframe's srcdoc attribute wins over its src attribute.
        var urlRecord = options?.Srcdoc == true ? AboutSrcdoc : Url.Parse(url, parent.Url);

        // https://html.spec.whatwg.org/multipage/browsers.html#sandboxing
        // A frame's document is sandboxed by its iframe's sandbox attribute and by every
        // sandbox its parent document is in.
        var sandbox = BrowsingContext.CombineSandbox(parentNavigable.Sandbox, options?.Sandbox);
        var navigable = new BrowsingContext(parentNavigable, null, options?.Name ?? "", sandbox, isCreatedByWebContent: false);
        var frame = new Window(this, navigable, urlRecord, DetermineOrigin(urlRecord, sandbox, sourceOrigin: parent.Origin, containerOrigin: parent.Origin));
        parentNavigable.Children.Add(navigable);
        return frame;
    }

    /// <summary>
    /// Removes <paramref name="frame"/>'s iframe from its parent's document: the frame and the
    /// frames inside it are discarded (closed; messages still queued for them are dropped).
    /// Does nothing when the frame is already gone.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="frame"/> is a top-level window (close it instead) or belongs to another browser.</exception>
    public void RemoveFrame(Window frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        CheckOwnWindow(frame, nameof(frame));
        if (frame.BrowsingContext is not { } navigable)
        {
            return;
        }

        if (navigable.Parent is not { } parent)
        {
            throw new ArgumentException($"The window {frame} is a top-level window, not a frame: close it with Window.Close().", nameof(frame));
        }

        // https://html.spec.whatwg.org/multipage/document-sequences.html#destroy-a-child-navigable
        parent.Children.Remove(navigable);
        frame.Discard();
    }

    /// <summary>
    /// Navigates <paramref name="window"/> to <paramref name="url"/> (resolved against its
    /// current URL), as its own page would: the new document replaces the old one at once, with
    /// the new URL's origin; the old document's frames are discarded.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is closed or belongs to another browser.</exception>
    public void Navigate(Window window, string url)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        var navigable = LiveNavigableOf(window, nameof(window));
        NavigateTo(navigable, Url.Parse(url, window.Url), initiatorOrigin: window.Origin);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#window-open-steps
    /// window.open(url, target, features) called by <paramref name="opener"/>'s page: opens a
    /// popup, or reuses the window or frame named <paramref name="target"/>; returns it, or null
    /// with "noopener" or "noreferrer" in <paramref name="features"/>, or when a sandbox
    /// without allow-popups blocks it.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL (a "SyntaxError").</exception>
    /// <exception cref="ArgumentException"><paramref name="opener"/> is closed or belongs to another browser.</exception>
    public Window? Open(Window opener, string url = "", string target = "_blank", string features = "")
    {
        ArgumentNullException.ThrowIfNull(opener);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(features);
        ObjectDisposedException.ThrowIf(IsDisposed, this);

        // "1. If the event loop's termination nesting level is nonzero, then return null."
        // (Nothing unloads here, so the termination nesting level is always zero.)
        // "2. Let sourceDocument be the entry global object's associated Document."
        var sourceNavigable = LiveNavigableOf(opener, nameof(opener));

        // "3. Let urlRecord be null."
        Url? urlRecord = null;

        // "4. If url is not the empty string, then: 1. Set urlRecord to the result of
        // encoding-parsing a URL given url, relative to sourceDocument. 2. If urlRecord is
        // failure, then throw a "SyntaxError" DOMException."
        if (url.Length != 0)
        {
            urlRecord = Url.Parse(url, opener.Url);
        }

        // "5. If target is the empty string, then set target to "_blank"."
        if (target.Length == 0)
        {
            target = "_blank";
        }

        // "6. Let tokenizedFeatures be the result of tokenizing features."
        var tokenizedFeatures = WindowFeatures.Tokenize(features);

        // "7. Let noreferrer be false."
        // "8. If tokenizedFeatures["noreferrer"] exists, then set noreferrer to the result of
        // parsing tokenizedFeatures["noreferrer"] as a boolean feature."
        var noreferrer = tokenizedFeatures.TryGetValue("noreferrer", out var noreferrerValue) && WindowFeatures.ParseBoolean(noreferrerValue);

        // "9. Let noopener be the result of getting noopener for window open with sourceDocument,
        // tokenizedFeatures, and urlRecord."
        // (Its blob URL step does not apply: there is no blob URL store here.)
        var noopener = tokenizedFeatures.TryGetValue("noopener", out var noopenerValue) && WindowFeatures.ParseBoolean(noopenerValue);

        // "10. Remove tokenizedFeatures["noopener"] and tokenizedFeatures["noreferrer"]."
        tokenizedFeatures.Remove("noopener");
        tokenizedFeatures.Remove("noreferrer");

        // "11. Let referrerPolicy be the empty string."
        // "12. If noreferrer is true, then set noopener to true and set referrerPolicy to "no-referrer"."
        // (Nothing is fetched, so there is no referrer to withhold.)
        if (noreferrer)
        {
            noopener = true;
        }

        // "13. Let targetNavigable and windowType be the result of applying the rules for
        // choosing a navigable given target, sourceDocument's node navigable, and noopener."
        var targetNavigable = ChooseNavigable(target, sourceNavigable, noopener, out var windowType);

        // "14. If targetNavigable is null, then return null."
        if (targetNavigable is null)
        {
            return null;
        }

        // "15. If windowType is either "new and unrestricted" or "new with no opener", then:"
        if (windowType is WindowType.NewAndUnrestricted or WindowType.NewWithNoOpener)
        {
            // "1. Set targetNavigable's active browsing context's is popup to the result of
            // checking if a popup window is requested, given tokenizedFeatures."
            // "2. Set up browsing context features for targetNavigable's active browsing context
            // given tokenizedFeatures."
            // FIXME: is popup and the window's size and position (BarProp, screen features):
            // nothing here displays a window yet.
            // "3. If urlRecord is null, then set urlRecord to a URL record representing about:blank."
            urlRecord ??= AboutBlank;

            // "4. If urlRecord matches about:blank, then perform the URL and history update steps
            // given targetNavigable's active document and urlRecord."
            if (MatchesAboutBlank(urlRecord))
            {
                targetNavigable.ActiveWindow.UpdateUrl(urlRecord);
            }
            else
            {
                // "5. Otherwise, navigate targetNavigable to urlRecord using sourceDocument, with
                // referrerPolicy set to referrerPolicy and exceptionsEnabled set to true."
                NavigateTo(targetNavigable, urlRecord, opener.Origin);
            }
        }
        else
        {
            // "16. Otherwise:"
            // "1. If urlRecord is not null, then navigate targetNavigable to urlRecord using
            // sourceDocument, with referrerPolicy set to referrerPolicy and exceptionsEnabled set
            // to true."
            if (urlRecord is not null)
            {
                NavigateTo(targetNavigable, urlRecord, opener.Origin);
            }

            // "2. If noopener is false, then set targetNavigable's active browsing context's
            // opener browsing context to sourceDocument's browsing context."
            // IMPLEMENTATION DEFINED: not when that would make a window its own opener ("_self"
            // and friends), which no browser shows and which would make opener chains loop.
            if (!noopener && !ReferenceEquals(targetNavigable, sourceNavigable))
            {
                targetNavigable.OpenerBrowsingContext = sourceNavigable;
            }
        }

        // "17. If noopener is true or windowType is "new with no opener", then return null."
        if (noopener || windowType == WindowType.NewWithNoOpener)
        {
            return null;
        }

        // "18. Return targetNavigable's active WindowProxy."
        return targetNavigable.ActiveWindow;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#dom-worker
    /// new Worker(scriptURL, options) called by a script of <paramref name="owner"/>: creates
    /// a dedicated worker whose script is at <paramref name="url"/> (resolved against the
    /// owner's URL). Its global exists at once; its script runs in its first task (through
    /// <see cref="WorkerHost"/>), on the browser's event loop or, with
    /// <see cref="BrowserOptions.WorkerThreads"/>, on a thread of its own.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL (a "SyntaxError").</exception>
    /// <exception cref="DomException">A "SecurityError": the script's URL is not same origin with the owner.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is closed or belongs to another browser.</exception>
    public Worker CreateWorker(GlobalScope owner, string url, WorkerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(url);
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (!ReferenceEquals(owner.Browser, this))
        {
            throw new ArgumentException($"The global {owner} belongs to another browser.", nameof(owner));
        }

        if (owner.IsClosed)
        {
            throw new ArgumentException($"The global {owner} is closed: it cannot create a worker.", nameof(owner));
        }

        options ??= new WorkerOptions();

        // "3. Let workerURL be the result of encoding-parsing a URL given compliantScriptURL,
        //  relative to outsideSettings." "4. If workerURL is failure, then throw a "SyntaxError"
        //  DOMException."
        var baseUrl = owner switch
        {
            Window window => window.Url,
            WorkerGlobalScope workerGlobal => workerGlobal.Url,
            _ => null,
        };
        var workerUrl = Url.Parse(url, baseUrl);

        // IMPLEMENTATION DEFINED: as Chromium, a script URL that is not same origin with the
        // owner (blob: URLs carry their creator's origin; data: URLs are allowed) throws a
        // "SecurityError" here; the standard lets the fetch fail ("same-origin" request mode)
        // and fires an error event instead.
        if (workerUrl.Scheme != "data" && !workerUrl.Origin.IsSameOrigin(owner.Origin))
        {
            throw new DomException("SecurityError", $"Failed to construct 'Worker': Script at '{workerUrl.Href}' cannot be accessed from origin '{owner.Origin.Serialize()}'.");
        }

        // "5. Let outsidePort be a new MessagePort in outsideSettings's realm." ... "9. Run this
        //  step in parallel: Run a worker given worker, workerURL, outsideSettings, outsidePort,
        //  and options."
        EventLoop? ownLoop = null;
        if (Options.WorkerThreads)
        {
            // IMPLEMENTATION DEFINED: a worker's own loop keeps the browser's kind of time: a
            // virtual clock (its own, starting at the owner's time) or the wall clock.
            ownLoop = new EventLoop(Options.RealTime ? new RealClock() : new VirtualClock(owner.EventLoop.Now));
            ownLoop.UnhandledException += OnUnhandledLoopException;
        }

        var worker = new Worker(owner, workerUrl, options, ownLoop);
        lock (_workers)
        {
            _workers.Add(worker);
        }

        worker.Run(Options.RunLimits);
        return worker;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#the-worker's-lifetime
    /// The workers <paramref name="owner"/> created end with it (a closed worker, a discarded
    /// document): they are terminated; and a worker that ended leaves <see cref="Workers"/>.
    /// </summary>
    internal void EndWorkersOwnedBy(GlobalScope owner)
    {
        List<Worker>? owned = null;
        lock (_workers)
        {
            for (var i = _workers.Count - 1; i >= 0; i--)
            {
                var worker = _workers[i];
                if (ReferenceEquals(worker.Owner, owner))
                {
                    (owned ??= []).Add(worker);
                }

                if (ReferenceEquals(worker.Global, owner) || ReferenceEquals(worker.Owner, owner))
                {
                    _workers.RemoveAt(i);
                }
            }
        }

        if (owned is null)
        {
            return;
        }

        foreach (var worker in owned)
        {
            worker.Terminate();
        }
    }

    /// <summary>Closes every window and worker and lets go of every queued task.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;

        // Every top-level window is discarded, and with it its frames and their workers; their
        // tasks and timers go, and messages still queued for them are traced as dropped.
        var windows = _windows.ToArray();
        _windows.Clear();
        foreach (var window in windows)
        {
            window.Discard();
        }

        _host?.Discard();

        // Workers of the host window (or left over) end too; threads are waited for briefly.
        Worker[] workers;
        lock (_workers)
        {
            workers = [.. _workers];
            _workers.Clear();
        }

        foreach (var worker in workers)
        {
            worker.Terminate();
        }

        foreach (var worker in workers)
        {
            worker.JoinThread(TimeSpan.FromSeconds(1));
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-sequences.html#definitely-close-a-top-level-traversable
    /// The task Window.Close queues: the window leaves the browser, and its document and its
    /// frames' documents are discarded.
    /// </summary>
    internal void DefinitelyClose(Window window)
    {
        // FIXME: "prompt to unload" and the unload steps, once documents have unload handlers.
        _windows.Remove(window);
        window.Discard();
    }

    private void OnUnhandledLoopException(object? sender, EventLoopExceptionEventArgs e)
    {
        if (e.Owner is GlobalScope global)
        {
            global.ReportException(e.Exception);
        }
        else
        {
            RecordUnhandledException(null, e.Exception);
        }
    }

    internal void RecordUnhandledException(GlobalScope? global, Exception exception)
    {
        lock (_unhandledExceptions)
        {
            _unhandledExceptions.Add(new UnhandledPageException(global, exception, EventLoop.Now));
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-sequences.html#determining-the-origin
    /// The origin of a new document at <paramref name="url"/>.
    /// </summary>
    private static Origin DetermineOrigin(Url url, SandboxFlags? sandboxFlags, Origin? sourceOrigin, Origin? containerOrigin)
    {
        // "1. If sandboxFlags has its sandboxed origin browsing context flag set, then return a
        // new opaque origin."
        if (sandboxFlags is { } flags && (flags & SandboxFlags.AllowSameOrigin) == 0)
        {
            return Origin.CreateOpaque();
        }

        // "2. If url is null, then return a new opaque origin." (A URL is always given here.)
        // "3. If url is about:srcdoc, then: 1. Assert: container is not null. 2. Return
        // container's node document's origin."
        if (MatchesAboutSrcdoc(url) && containerOrigin is not null)
        {
            return containerOrigin;
        }

        // "4. If url matches about:blank and sourceOrigin is non-null, then return sourceOrigin."
        if (MatchesAboutBlank(url) && sourceOrigin is not null)
        {
            return sourceOrigin;
        }

        // "5. Return url's origin."
        return url.Origin;
    }

    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#matches-about:blank
    // "A URL matches about:blank if its scheme is "about", its path contains a single string
    // "blank", its username and password are the empty string, and its host is null."
    private static bool MatchesAboutBlank(Url url) =>
        url.Scheme == "about" && url.Path == "blank" && url.Username.Length == 0 && url.Password.Length == 0 && url.Host is null;

    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#matches-about:srcdoc
    // "A URL matches about:srcdoc if its scheme is "about", its path contains a single string
    // "srcdoc", its query is null, its username and password are the empty string, and its host
    // is null."
    private static bool MatchesAboutSrcdoc(Url url) =>
        url.Scheme == "about" && url.Path == "srcdoc" && url.Query is null && url.Username.Length == 0 && url.Password.Length == 0 && url.Host is null;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-sequences.html#the-rules-for-choosing-a-navigable
    /// The rules for choosing a navigable, given a browsing context name name, a navigable
    /// currentNavigable, and a boolean noopener.
    /// </summary>
    private BrowsingContext? ChooseNavigable(string name, BrowsingContext currentNavigable, bool noopener, out WindowType windowType)
    {
        // "1. Let chosen be null."
        BrowsingContext? chosen = null;

        // "2. Let windowType be "existing or none"."
        windowType = WindowType.ExistingOrNone;

        // "3. Let sandboxingFlagSet be currentNavigable's active document's active sandboxing flag set."
        var sandboxingFlagSet = currentNavigable.Sandbox;

        // "4. If name is the empty string or an ASCII case-insensitive match for "_self", then
        // set chosen to currentNavigable."
        if (name.Length == 0 || name.Equals("_self", StringComparison.OrdinalIgnoreCase))
        {
            chosen = currentNavigable;
        }
        else if (name.Equals("_parent", StringComparison.OrdinalIgnoreCase))
        {
            // "5. Otherwise, if name is an ASCII case-insensitive match for "_parent", set chosen
            // to currentNavigable's parent, if any, and currentNavigable otherwise."
            chosen = currentNavigable.Parent ?? currentNavigable;
        }
        else if (name.Equals("_top", StringComparison.OrdinalIgnoreCase))
        {
            // "6. Otherwise, if name is an ASCII case-insensitive match for "_top", set chosen to
            // currentNavigable's traversable navigable."
            chosen = currentNavigable.Top;
        }
        else if (!name.Equals("_blank", StringComparison.OrdinalIgnoreCase)
            && FindNamedNavigable(name, currentNavigable) is { } named)
        {
            // "7. Otherwise, if name is not an ASCII case-insensitive match for "_blank", there
            // exists a navigable whose target name is the same as name, currentNavigable's active
            // browsing context is familiar with that navigable's active browsing context, and the
            // user agent determines that the two browsing contexts are related enough that it is
            // ok if they reach each other, set chosen to that navigable."
            chosen = named;
        }
        else
        {
            // "8. Otherwise, a new top-level traversable is being requested, and what happens
            // depends on the user agent's configuration and abilities — it is determined by the
            // rules given for the first applicable option from the following list:"
            // IMPLEMENTATION DEFINED: there is no popup blocker, so the option for a user agent
            // "configured to not show popups" never applies.
            // "If sandboxingFlagSet has the sandboxed auxiliary navigation browsing context flag
            // set: The user agent may report to a developer console that a popup has been blocked."
            if (sandboxingFlagSet is { } blocked && (blocked & SandboxFlags.AllowPopups) == 0)
            {
                return null;
            }

            // "If the user agent has been configured such that in this instance it will create a
            // new top-level traversable:"
            // "2. Set windowType to "new and unrestricted"."
            windowType = WindowType.NewAndUnrestricted;

            // "4. If currentDocument's opener policy's value is "same-origin" or
            // "same-origin-plus-COEP", and currentDocument's origin is not same origin with
            // currentDocument's relevant settings object's top-level origin, then: ..."
            // FIXME: opener policies (every document's is "unsafe-none" here).
            // "5. Let targetName be the empty string."
            // "6. If name is not an ASCII case-insensitive match for "_blank", then set targetName to name."
            var targetName = name.Equals("_blank", StringComparison.OrdinalIgnoreCase) ? "" : name;

            // "9. If sandboxingFlagSet's sandbox propagates to auxiliary browsing contexts flag is
            // set, then all the flags that are set in sandboxingFlagSet must be set in chosen's
            // active browsing context's popup sandboxing flag set."
            var popupSandbox = sandboxingFlagSet is { } flags && (flags & SandboxFlags.AllowPopupsToEscapeSandbox) == 0 ? flags : (SandboxFlags?)null;

            // "7. If noopener is true, then set chosen to the result of creating a new top-level
            // traversable given null, targetName, and currentNavigable."
            // "8. Otherwise: 1. Set chosen to the result of creating a new top-level traversable
            // given currentNavigable's active browsing context, targetName, and currentNavigable."
            // FIXME: "2. If sandboxingFlagSet's sandboxed navigation browsing context flag is set,
            // then set chosen's active browsing context's one permitted sandboxed navigator to
            // currentNavigable's active browsing context." (navigations are not checked against
            // sandboxes yet)
            chosen = CreateTopLevelTraversable(noopener ? null : currentNavigable, targetName, popupSandbox);
        }

        // "9. Return chosen and windowType."
        return chosen;
    }

    // Step 7 of the rules for choosing a navigable: IMPLEMENTATION DEFINED: among several
    // navigables of that name, the first in the order windows were opened, each window's frames
    // depth-first in tree order; every two familiar browsing contexts are "related enough".
    private BrowsingContext? FindNamedNavigable(string name, BrowsingContext currentNavigable)
    {
        foreach (var window in _windows)
        {
            if (window.BrowsingContext is { } traversable && FindNamedNavigable(name, currentNavigable, traversable) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static BrowsingContext? FindNamedNavigable(string name, BrowsingContext currentNavigable, BrowsingContext candidate)
    {
        if (!candidate.IsClosing
            && string.Equals(candidate.TargetName, name, StringComparison.Ordinal)
            && currentNavigable.IsFamiliarWith(candidate))
        {
            return candidate;
        }

        foreach (var child in candidate.Children)
        {
            if (FindNamedNavigable(name, currentNavigable, child) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-sequences.html#creating-a-new-top-level-traversable
    /// A new top-level traversable with an opener (or none) and a target name, showing its
    /// initial about:blank document: the opener's origin, or a fresh opaque origin without one.
    /// </summary>
    private BrowsingContext CreateTopLevelTraversable(BrowsingContext? opener, string targetName, SandboxFlags? sandbox)
    {
        var traversable = new BrowsingContext(null, opener, targetName, sandbox, isCreatedByWebContent: true);
        var window = new Window(this, traversable, AboutBlank, DetermineOrigin(AboutBlank, sandbox, opener?.ActiveWindow.Origin, containerOrigin: null));
        _windows.Add(window);
        return traversable;
    }

    // https://html.spec.whatwg.org/multipage/browsing-the-web.html#navigate
    // FIXME: the navigate algorithm's checks ("allowed by sandboxing to navigate"), its fetch and
    // its session history: here the new document is in place at once.
    private static void NavigateTo(BrowsingContext navigable, Url url, Origin initiatorOrigin) =>
        navigable.ActiveWindow.ReplaceDocument(url, DetermineOrigin(url, navigable.Sandbox, initiatorOrigin, navigable.Parent?.ActiveWindow.Origin));

    private BrowsingContext LiveNavigableOf(Window window, string paramName)
    {
        CheckOwnWindow(window, paramName);
        return window.BrowsingContext is { IsClosing: false } navigable
            ? navigable
            : throw new ArgumentException($"The window {window} is closed.", paramName);
    }

    private void CheckOwnWindow(Window window, string paramName)
    {
        if (!ReferenceEquals(window.Browser, this))
        {
            throw new ArgumentException($"The window {window} belongs to another browser.", paramName);
        }
    }
}

using System.Globalization;
using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Runtime;
using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Origins;
using Url = WebMessaging.Origins.Url;
using WebMessaging.Scheduling;

using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Realms;
using WorkerScriptException = WebMessaging.Workers.WorkerScriptException;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// One document shown in a core <see cref="Browsing.Window"/>, with its JavaScript realm: the
/// parsed AngleSharp document, the Jint engine its scripts run in, its frames, and the hooks
/// where bindings plug in. A navigation gives the same core window a new
/// <see cref="ScriptedWindow"/>.
/// </summary>
public sealed class ScriptedWindow
{
    private readonly Dictionary<Type, object> _bindings = [];
    private readonly Dictionary<INode, NodeEventTarget> _eventTargets = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<IElement, Window> _frames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _mutedScriptUrls = new(StringComparer.Ordinal);
    private readonly Func<bool> _drainPromiseJobs;
    private readonly Action _drainPromiseJobsMicrotask;
    private IDisposable? _checkpointHook;
    private int _scriptDepth;
    private readonly Stack<IDisposable?> _scriptScopes = new();
    private bool _inErrorReportingMode;
    private bool _drainQueued;
    private bool _active = true;

    internal ScriptedWindow(ScriptedBrowser browser, Window window, Url url, Url baseUrl, IDocument document, bool scriptingEnabled, ScriptedWindow? containerDocument, IElement? containerElement)
    {
        Browser = browser;
        Window = window;
        Url = url;
        BaseUrl = baseUrl;
        Document = document;
        ScriptingEnabled = scriptingEnabled;
        ContainerDocument = containerDocument;
        ContainerElement = containerElement;
        Modules = ModuleScriptLoader.ForDocument(this);
        Engine = CreateEngine(browser, Modules);
        Loader = new DocumentLoader(this);

        _drainPromiseJobs = DrainPromiseJobs;
        _drainPromiseJobsMicrotask = () =>
        {
            _drainQueued = false;
            DrainPromiseJobs();
        };
        _checkpointHook = EventLoop.AddMicrotaskCheckpointHook(_drainPromiseJobs);
        window.ExceptionReported += OnExceptionReported;
    }

    /// <summary>The scripted browser this window's document belongs to.</summary>
    public ScriptedBrowser Browser { get; }

    /// <summary>The core window (global object and WindowProxy) that shows this document.</summary>
    public Window Window { get; }

    /// <summary>The JavaScript engine of this document's realm: bindings install their globals here.</summary>
    public Engine Engine { get; }

    /// <summary>The realm's module map: module specifiers resolved and module scripts fetched through the site map.</summary>
    internal ModuleScriptLoader Modules { get; }

    /// <summary>The parsed document.</summary>
    public IDocument Document { get; }

    /// <summary>The document's URL (about:srcdoc for srcdoc content, about:blank for an empty frame).</summary>
    public Url Url { get; private set; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/urls-and-fetching.html#document-base-url
    /// The URL relative URLs of this document resolve against (its first base element's href, or its fallback base URL).
    /// </summary>
    public Url BaseUrl { get; private set; }

    /// <summary>The document's origin (the core window's).</summary>
    public Origin Origin => Window.Origin;

    /// <summary>Whether scripts run in this document: false in a frame sandboxed without allow-scripts.</summary>
    public bool ScriptingEnabled { get; }

    /// <summary>document.readyState: loading, interactive, then complete.</summary>
    public DocumentReadiness Readiness { get; private set; } = DocumentReadiness.Loading;

    /// <summary>The document holding the iframe this document is shown in (frameElement's document), or null for a top-level window.</summary>
    public ScriptedWindow? ContainerDocument { get; }

    /// <summary>The iframe element this document is shown in (window.frameElement), or null for a top-level window.</summary>
    public IElement? ContainerElement { get; }

    /// <summary>The document's focused area (an element), or null when the viewport (the body) has focus.</summary>
    internal IElement? FocusedElement { get; set; }

    /// <summary>document.currentScript: the classic script element running now, or null.</summary>
    public IElement? CurrentScript { get; internal set; }

    /// <summary>Whether this is still the document its window shows (not navigated away from, not closed).</summary>
    public bool IsActive => _active && !Window.Closed;

    /// <summary>The event target of the document node, where DOMContentLoaded and readystatechange fire.</summary>
    public NodeEventTarget DocumentTarget => GetEventTarget(Document);

    /// <summary>
    /// The hook that fires the "error" event (an ErrorEvent, for window.onerror) at the window
    /// for an uncaught script error; it returns true when a listener canceled the event, which
    /// keeps the error off the console. Until a binding sets it, every error goes to the console.
    /// </summary>
    public Func<ScriptError, bool>? ErrorEventDispatcher { get; set; }

    /// <summary>
    /// Entered around every script, callback and promise-job run of this window (the bindings
    /// use it to know which realm is running script: the incumbent of postMessage).
    /// </summary>
    public Func<IDisposable>? ScriptScope { get; set; }

    /// <summary>The document's loading state machine.</summary>
    internal DocumentLoader Loader { get; }

    private EventLoop EventLoop => Window.EventLoop;

    /// <summary>Stores a binding's per-window state (e.g. the realm or the Window wrapper) under its type.</summary>
    public void SetBinding<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        _bindings[typeof(T)] = value;
    }

    /// <summary>Finds the binding state stored under <typeparamref name="T"/>.</summary>
    public bool TryGetBinding<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
        where T : class
    {
        if (_bindings.TryGetValue(typeof(T), out var stored))
        {
            value = (T)stored;
            return true;
        }

        value = null;
        return false;
    }

    /// <summary>The binding state stored under <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">No binding of that type was stored for this window.</exception>
    public T GetBinding<T>()
        where T : class =>
        TryGetBinding<T>(out var value)
            ? value
            : throw new InvalidOperationException($"No binding of type {typeof(T).Name} was installed for the window {Window}; install it from ScriptedBrowserOptions.OnWindowCreated.");

    /// <summary>The event target of <paramref name="node"/>, a node of this document (made on first use).</summary>
    public NodeEventTarget GetEventTarget(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_eventTargets.TryGetValue(node, out var target))
        {
            target = new NodeEventTarget(this, node);
            _eventTargets.Add(node, target);
        }

        return target;
    }

    /// <summary>The core window shown in <paramref name="iframe"/> (iframe.contentWindow), or null when the iframe has no frame.</summary>
    public Window? GetContentWindow(IElement iframe)
    {
        ArgumentNullException.ThrowIfNull(iframe);
        return _frames.TryGetValue(iframe, out var frame) && !frame.Closed ? frame : null;
    }

    /// <summary>The document shown in <paramref name="iframe"/> now (for iframe.contentDocument), or null when none has loaded yet.</summary>
    public ScriptedWindow? GetContentDocument(IElement iframe) =>
        GetContentWindow(iframe) is { } frame ? Browser.GetScriptedWindow(frame) : null;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element
    /// What inserting <paramref name="iframe"/> into this document does: creates its frame
    /// (named, sandboxed, srcdoc or src as its attributes say) and starts loading its document
    /// in a task. The DOM bindings call this when a script inserts an iframe; the page's own
    /// iframes are attached as its scripts run. Returns the frame's core window, or null when
    /// this document is no longer active; an iframe already attached keeps its frame.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="iframe"/> is not an iframe element of this document.</exception>
    /// <exception cref="FrameLimitExceededException">The page already holds <see cref="ScriptedBrowserOptions.MaxFramesPerPage"/> frames.</exception>
    public Window? AttachIframe(IElement iframe)
    {
        ArgumentNullException.ThrowIfNull(iframe);
        if (!iframe.LocalName.Equals("iframe", StringComparison.Ordinal) || iframe.NamespaceUri != NamespaceNames.HtmlUri)
        {
            throw new ArgumentException($"Only an HTML iframe element can be attached as a frame, not <{iframe.LocalName}>.", nameof(iframe));
        }

        if (!ReferenceEquals(iframe.Owner, Document))
        {
            throw new ArgumentException($"The iframe is not an element of the document {Url.Href}.", nameof(iframe));
        }

        if (_frames.TryGetValue(iframe, out var existing))
        {
            return existing;
        }

        if (!IsActive)
        {
            return null;
        }

        var frame = Browser.CreateFrameFor(this, iframe);
        _frames.Add(iframe, frame);
        return frame;
    }

    /// <summary>
    /// What removing <paramref name="iframe"/> from this document does: its frame and the frames
    /// inside it are discarded, and it no longer delays this document's load event. Does nothing
    /// for an iframe that has no frame.
    /// </summary>
    public void DetachIframe(IElement iframe)
    {
        ArgumentNullException.ThrowIfNull(iframe);
        if (!_frames.Remove(iframe, out var frame))
        {
            return;
        }

        // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element
        // "When an iframe element is removed from a document, the user agent must destroy a
        // child navigable given the element."
        Browser.Browser.RemoveFrame(frame);
        Loader.FrameGone(iframe);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#run-a-classic-script
    /// Runs <paramref name="source"/> as a classic script of this document, named
    /// <paramref name="sourceUrl"/> in errors; an uncaught error is reported (error event, then
    /// console) and false returned. Does nothing and returns false when scripting is disabled.
    /// </summary>
    public bool RunClassicScript(string source, string sourceUrl, int lineOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceUrl);

        // "2. Check if we can run script with settings. If this returns "do not run", then
        // return NormalCompletion(empty)."
        if (!ScriptingEnabled || !IsActive)
        {
            return false;
        }

        // "3. Record classic script execution start time given script." (no timing here)
        // "4. Prepare to run script given settings."
        // "5. Let evaluationStatus be null."
        // "7. Otherwise, set evaluationStatus to ScriptEvaluation(script's record)."
        // "8. If evaluationStatus is an abrupt completion, then: ... 3. Otherwise, rethrow
        // errors is false. Perform the following steps: 1. Clean up after running script with
        // settings. 2. Report an exception given by evaluationStatus.[[Value]] for script's
        // settings object's global object. 3. Return evaluationStatus."
        // "9. Clean up after running script with settings."
        Exception? failure = RunScript(static (engine, script) => engine.Execute(script.Source, script.SourceUrl), (Source: source, SourceUrl: sourceUrl));

        if (failure is null)
        {
            return true;
        }

        ReportException(failure, sourceUrl, lineOffset);
        return false;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/scripting.html#execute-the-script-element
    /// "Execute the script element" for a module script element of this document: its inline
    /// source text, or the module script at <paramref name="url"/> when
    /// <paramref name="inlineSource"/> is null (the element is then from an external file).
    /// </summary>
    internal void ExecuteModuleScriptElement(IElement element, string? inlineSource, Url url)
    {
        // "1. Let document be el's node document."
        // "2. If el's preparation-time document is not equal to document, then return."
        if (!ReferenceEquals(element.Owner, Document) || !IsActive)
        {
            return;
        }

        // "6. Switch on el's type: ... "module": 1. Set document's currentScript object to null.
        // 2. Run the module script given by el's result."
        var oldCurrentScript = CurrentScript;
        CurrentScript = null;
        bool fetched;
        try
        {
            fetched = RunModuleScript(inlineSource, url);
        }
        finally
        {
            CurrentScript = oldCurrentScript;
        }

        // "4. If el's result is null, then fire an event named error at el, and return."
        // (A module graph with a module that could not be fetched has a null result; it is known
        // here, once the graph was fetched.)
        if (!fetched)
        {
            FireElementEvent(element, "error");
            return;
        }

        // "8. If el's from an external file is true, then fire an event named load at el."
        if (inlineSource is null)
        {
            FireElementEvent(element, "load");
        }
    }

    private void FireElementEvent(IElement element, string type)
    {
        if (IsActive)
        {
            GetEventTarget(element).FireEvent(new Event(type) { TimeStamp = Window.EventLoop.Now });
        }
    }

    /// <summary>
    /// Sets the document's URL without a new document (a fragment navigation, pushState or
    /// replaceState): the window's URL follows, and so does the base URL when it was the
    /// document's own (no base element).
    /// </summary>
    internal void SetUrl(Url url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (ReferenceEquals(BaseUrl, Url) || BaseUrl.Href == Url.Href)
        {
            BaseUrl = url;
        }

        Url = url;
        Window.UpdateUrl(url);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#run-a-module-script
    /// Fetches the module graph of a module script (inline source text when
    /// <paramref name="inlineSource"/> is given, else the script at <paramref name="url"/>), then
    /// runs it; an error while linking or evaluating it is reported at this window. Returns false
    /// when a module of the graph could not be fetched (the element's result is null: the caller
    /// fires error at the element), true otherwise.
    /// </summary>
    public bool RunModuleScript(string? inlineSource, Url url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // "1. Let settings be the settings object of script."
        // "2. Check if we can run script with settings. If this returns "do not run", then return
        // a promise resolved with undefined."
        if (!ScriptingEnabled || !IsActive)
        {
            return true;
        }

        // https://html.spec.whatwg.org/multipage/webappapis.html#fetch-an-inline-module-script-graph
        // and #fetch-a-module-script-tree: Jint fetches the graph (through Modules), links it and
        // evaluates it within Import, in the standard's order: the whole graph is fetched before
        // any module of it runs.
        var specifier = inlineSource is null ? url.Href : Modules.RegisterInline(inlineSource, url);
        Modules.ClearFetchFailure();

        // "4. Prepare to run script given settings."
        // "5. Let evaluationPromise be null."
        // "6. If script's error to rethrow is not null, then set evaluationPromise to a promise
        // rejected with script's error to rethrow."
        // "7. Otherwise: 1. Let record be script's record. 2. Set evaluationPromise to record.Evaluate()."
        // "8. If preventErrorReporting is false, then upon rejection of evaluationPromise with
        // reason, report an exception given by reason for script's settings object's global object."
        // "9. Clean up after running script with settings."
        Exception? failure = RunScript(static (engine, module) => engine.Modules.Import(module), specifier);

        if (failure is null)
        {
            return true;
        }

        // A module of the graph that could not be fetched leaves the element's result null.
        if (Modules.FailedFetchUrl is not null)
        {
            return false;
        }

        ReportException(failure, inlineSource is null ? url.Href : Url.Href, 0);
        return true;
    }

    /// <summary>
    /// Calls the JavaScript function <paramref name="callable"/> of this realm as a callback
    /// (an event listener, a timer handler, ...): the call is bracketed by "prepare to run
    /// script" and "clean up after running script" (so the microtask checkpoint runs when the
    /// script stack empties), and an uncaught error is reported at this window. Returns the
    /// function's result, or undefined when it threw or scripting is disabled.
    /// </summary>
    public JsValue InvokeCallback(JsValue callable, JsValue thisValue, params JsValue[] arguments)
    {
        ArgumentNullException.ThrowIfNull(callable);
        ArgumentNullException.ThrowIfNull(thisValue);
        ArgumentNullException.ThrowIfNull(arguments);
        if (!ScriptingEnabled || !IsActive)
        {
            return JsValue.Undefined;
        }

        var result = JsValue.Undefined;
        Exception? failure = null;
        BeginScript();
        try
        {
            result = Engine.Call(callable, thisValue, arguments);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = exception;
        }
        finally
        {
            EndScript(failure);
        }

        if (failure is not null)
        {
            ReportException(failure, null, 0);
        }

        return result;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
    /// Reports an uncaught exception of this realm's scripts: fires the error event through
    /// <see cref="ErrorEventDispatcher"/>, then, unless a listener canceled it, writes it to the
    /// console (<see cref="ScriptedBrowser.Diagnostics"/>). A script stopped by a limit only
    /// goes to the console.
    /// </summary>
    public void ReportException(Exception exception) => ReportException(exception, null, 0);

    /// <summary>
    /// Asks for this realm's promise jobs to run at the current (or next) microtask checkpoint:
    /// a binding calls it after resolving a promise of this realm from .NET code, or from
    /// another realm's script, so that the reaction runs even if this realm's checkpoint hook
    /// already ran in this checkpoint.
    /// </summary>
    public void RequestPromiseJobs()
    {
        if (_drainQueued || !IsActive)
        {
            return;
        }

        _drainQueued = true;
        EventLoop.QueueMicrotask(_drainPromiseJobsMicrotask, "promise jobs of " + Url.Href);
    }

    /// <summary>Returns the window's id and the document's URL.</summary>
    public override string ToString() => Window.Id + " " + Url.Href;

    /// <summary>Records that errors of the script at <paramref name="scriptUrl"/> are muted (a classic script from another origin).</summary>
    internal void MuteErrorsOf(string scriptUrl) => _mutedScriptUrls.Add(scriptUrl);

    /// <summary>Sets the current document readiness and fires readystatechange at the document.</summary>
    internal void SetReadiness(DocumentReadiness readiness)
    {
        // https://html.spec.whatwg.org/multipage/dom.html#update-the-current-document-readiness
        // "1. If document's current document readiness equals readinessValue, then return."
        if (Readiness == readiness)
        {
            return;
        }

        // "2. Set document's current document readiness to readinessValue."
        Readiness = readiness;

        // "3. If document is associated with an HTML parser, then: ..." (timing info: FIXME)
        // "4. Fire an event named readystatechange at document."
        DocumentTarget.FireEvent(new Event("readystatechange") { TimeStamp = EventLoop.Now });
    }

    /// <summary>The document stops being its window's: no more scripts, promise jobs or tasks of it run.</summary>
    internal void Deactivate()
    {
        if (!_active)
        {
            return;
        }

        _active = false;
        _checkpointHook?.Dispose();
        _checkpointHook = null;
        Window.ExceptionReported -= OnExceptionReported;
        Browser.Forget(this);
    }

    // Runs one entry into the engine between "prepare to run script" and "clean up after running
    // script"; returns what it threw (a limit included), or null. A static run and a value-type
    // state keep it free of allocations.
    private Exception? RunScript<TState>(Action<Engine, TState> run, TState state)
    {
        Exception? failure = null;
        BeginScript();
        try
        {
            run(Engine, state);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = exception;
        }
        finally
        {
            EndScript(failure);
        }

        return failure;
    }

    // "Prepare to run script" before a script or callback of this realm.
    private void BeginScript()
    {
        EventLoop.PrepareToRunScript();
        _scriptDepth++;
        _scriptScopes.Push(ScriptScope?.Invoke());
    }

    // "Clean up after running script"; failure is what the script threw (limits included).
    private void EndScript(Exception? failure)
    {
        _scriptScopes.Pop()?.Dispose();
        _scriptDepth--;
        if (failure is not null && _scriptDepth == 0 && failure is not JavaScriptException)
        {
            // A limit unwinds the whole JavaScript stack without JavaScript's own unwinding:
            // the engine is ready for the next script only once its call stack is cleared.
            Engine.Advanced.ResetCallStack();
        }

        EventLoop.CleanUpAfterRunningScript();
    }

    private void ReportException(Exception exception, string? scriptUrl, int lineOffset)
    {
        if (IsLimit(exception))
        {
            var stopped = LimitExceeded(exception);
            Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.ScriptLimit, stopped.Message, Url.Href, scriptUrl, Exception: stopped));
            return;
        }

        // "2. Let errorInfo be the result of extracting error information from exception."
        var error = Describe(exception, scriptUrl, lineOffset);

        // "1. Let notHandled be true."
        var notHandled = true;

        // "6. If global is not in error reporting mode, then: 1. Set global's in error reporting
        // mode to true. 2. If global implements EventTarget, then set notHandled to the result
        // of firing an event named error at global, using ErrorEvent, with the cancelable
        // attribute initialized to true, and additional attributes initialized according to
        // errorInfo. 3. Set global's in error reporting mode to false."
        // (Step 4, muting a cross-origin script's details, is the dispatcher's: ScriptError.IsMuted.)
        if (!_inErrorReportingMode && ErrorEventDispatcher is { } dispatcher)
        {
            _inErrorReportingMode = true;
            try
            {
                notHandled = !dispatcher(error);
            }
            finally
            {
                _inErrorReportingMode = false;
            }
        }

        // "7. If notHandled is true, then: ... 3. Otherwise, the user agent may report exception
        // to a developer console."
        if (notHandled)
        {
            Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.ScriptError, error.Message, Url.Href, error.SourceUrl, error.Line == 0 ? null : error.Line, error.Column == 0 ? null : error.Column, exception));
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#extract-error
    private ScriptError Describe(Exception exception, string? scriptUrl, int lineOffset)
    {
        // A script's exception that crossed a host boundary (a listener called by the core) is
        // described by the JavaScript exception it wraps.
        if (exception is Bindings.WebIdl.ScriptException { InnerException: JavaScriptException inner })
        {
            return Describe(inner, scriptUrl, lineOffset) with { Exception = exception };
        }

        // An error a worker of this document did not handle: its text and place, never its value.
        if (exception is WorkerScriptException fromWorker)
        {
            return new ScriptError(fromWorker.Message, fromWorker.Filename, fromWorker.Lineno, fromWorker.Colno, null, exception, false);
        }

        if (exception is JavaScriptException javaScript)
        {
            var location = javaScript.Location;
            var source = string.IsNullOrEmpty(location.SourceFile) ? scriptUrl : location.SourceFile;
            var line = location.Start.Line;
            var column = location.Start.Column + 1;

            // An inline script's lines count from its script element's line in the document.
            if (lineOffset > 0 && string.Equals(source, scriptUrl, StringComparison.Ordinal) && line > 0)
            {
                line += lineOffset;
            }

            var muted = source is not null && _mutedScriptUrls.Contains(source);
            return new ScriptError("Uncaught " + javaScript.Error, source, line, line > 0 ? column : 0, javaScript.Error, exception, muted);
        }

        // A .NET exception thrown through the script by a host function.
        var hostSource = scriptUrl;
        return new ScriptError("Uncaught " + exception.GetType().Name + ": " + exception.Message, hostSource, 0, 0, null, exception, hostSource is not null && _mutedScriptUrls.Contains(hostSource));
    }

    // A limit's error names the document and the limit, e.g. "Script stopped in
    // https://a.test/: it ran longer than the time limit of 5 s (ScriptedBrowserOptions.ScriptTimeLimit)."
    private ScriptLimitExceededException LimitExceeded(Exception exception)
    {
        var options = Browser.Options;
        var (limit, what) = exception switch
        {
            TimeoutException => (ScriptLimit.Time, $"it ran longer than the time limit of {LimitText.Duration(options.ScriptTimeLimit)} (ScriptedBrowserOptions.ScriptTimeLimit)"),
            MemoryLimitExceededException => (ScriptLimit.Memory, $"it allocated more than the memory limit of {LimitText.Bytes(options.MemoryLimit ?? 0)} (ScriptedBrowserOptions.MemoryLimit)"),
            StatementsCountOverflowException => (ScriptLimit.Statements, string.Create(CultureInfo.InvariantCulture, $"it ran more than the statement limit of {options.MaxStatements} statements (ScriptedBrowserOptions.MaxStatements)")),
            _ => (ScriptLimit.Canceled, "it was canceled (" + exception.Message + ")"),
        };
        return new ScriptLimitExceededException(limit, $"Script stopped in {Url.Href}: {what}.", exception);
    }

    private static bool IsLimit(Exception exception) =>
        exception is TimeoutException or MemoryLimitExceededException or StatementsCountOverflowException or ExecutionCanceledException or RecursionDepthOverflowException or OperationCanceledException;

    // The microtask checkpoint hook: runs this realm's promise jobs.
    private bool DrainPromiseJobs()
    {
        if (!IsActive)
        {
            Deactivate();
            return false;
        }

        // Each job is a callback of this realm: prepare to run script, run, clean up.
        // The time limit of the last entry into the engine must not count against the jobs.
        Engine.Constraints.Reset();
        Exception? failure = RunScript(static (engine, _) => engine.Advanced.ProcessTasks(), 0);

        if (failure is not null)
        {
            ReportException(failure, null, 0);
        }

        // IMPLEMENTATION DEFINED: Jint does not tell whether a job ran, so this hook never asks
        // for another round; a realm whose promise is resolved from elsewhere gets one through
        // RequestPromiseJobs.
        return false;
    }

    private void OnExceptionReported(object? sender, ExceptionReportedEventArgs e) => ReportException(e.Exception, null, 0);

    /// <summary>
    /// A new engine with the browser's limits and its clock, for a document (with its module map)
    /// or a worker (stopped when <paramref name="cancellationToken"/> is canceled).
    /// </summary>
    internal static Engine CreateEngine(ScriptedBrowser browser, ModuleScriptLoader? modules, CancellationToken cancellationToken = default) =>
        new(engineOptions =>
        {
            var options = browser.Options;

            // A terminated worker's script is stopped where it runs.
            if (cancellationToken.CanBeCanceled)
            {
                engineOptions.CancellationToken(cancellationToken);
            }

            // Date.now() and new Date() read the event loop's (virtual) clock, as timers do.
            engineOptions.TimeSystem = new EventLoopTimeSystem(browser.EventLoop, browser.EpochAtClockZero);

            // Module scripts, static imports and import() fetch through the site map; import.meta
            // is the HTML standard's.
            if (modules is not null)
            {
                engineOptions.EnableModules(modules);
                engineOptions.UseHostFactory(_ => new ModuleScriptHost(modules));
            }

            // Function text is kept so that console.log(fn) prints the source as Chromium does.
            engineOptions.RetainFunctionSourceText = true;

            // Lets the bindings tell whether a promise-job drain ran script.
            engineOptions.TrackJobActivity();

            // No CLR access, ever: a page's script sees only what bindings define.
            engineOptions.Interop.Enabled = false;
            engineOptions.Interop.AllowGetType = false;
            engineOptions.Interop.AllowSystemReflection = false;

            // Runaway recursion must end in a RangeError, not in the process's stack overflow.
            engineOptions.Constraints.StackOverflowGuard = true;
            if (options.ScriptTimeLimit > TimeSpan.Zero)
            {
                engineOptions.TimeoutInterval(options.ScriptTimeLimit);
            }

            if (options.MemoryLimit is long memoryLimit)
            {
                engineOptions.LimitMemory(memoryLimit);
            }

            if (options.MaxStatements is int maxStatements)
            {
                engineOptions.MaxStatements(maxStatements);
            }
        });
}

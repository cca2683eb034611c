using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using Url = WebMessaging.Origins.Url;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// A core <see cref="Browsing.Browser"/> that shows real pages: documents fetched from a
/// <see cref="SiteMap"/>, parsed with AngleSharp, their scripts run with Jint (one engine per
/// document), their iframes made into frames, all on the browser's one event loop.
/// </summary>
/// <example>
/// <code>
/// using var browser = new ScriptedBrowser(SiteMap.Load("site"));
/// var page = browser.LoadEntry();
/// browser.RunUntilIdle();
/// </code>
/// </example>
public sealed class ScriptedBrowser : IDisposable, IAsyncDisposable
{
    private static readonly Url AboutBlank = Url.Parse("about:blank");
    private static readonly Url AboutSrcdoc = Url.Parse("about:srcdoc");

    private readonly Dictionary<Window, ScriptedWindow> _documents = new(ReferenceEqualityComparer.Instance);
    private readonly List<PageDiagnostic> _diagnostics = [];
    private readonly List<Runtime.PageConsoleMessage> _consoleMessages = [];
    private readonly HashSet<Window> _pagesOverFrameLimit = new(ReferenceEqualityComparer.Instance);

    /// <summary>Creates a browser that fetches pages and scripts from <paramref name="sites"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public ScriptedBrowser(SiteMap sites, ScriptedBrowserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sites);
        Options = options ?? new ScriptedBrowserOptions();
        Options.Validate();
        Sites = sites;
        Browser = new Browser(CoreOptions(Options));
        Browser.WorkerHost = new Workers.WorkerScriptHost(this);
        Storage.Changed += BroadcastStorageChange;
        EpochAtClockZero = (Options.StartTime ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds() - (Options.StartTime is null ? Browser.EventLoop.Now : 0);
    }

    /// <summary>The storage shed of the browser's windows: localStorage per origin and sessionStorage per top-level window and origin, in memory.</summary>
    public Storage.StorageRegistry Storage { get; } = new();

    /// <summary>The wall-clock time, in milliseconds since the Unix epoch, at which the event loop's clock read zero (Date's clock).</summary>
    internal double EpochAtClockZero { get; }

    /// <summary>The core browser: its event loop, windows and message trace.</summary>
    public Browser Browser { get; }

    /// <summary>Where documents and scripts are fetched from.</summary>
    public SiteMap Sites { get; }

    /// <summary>The options the browser was created with.</summary>
    public ScriptedBrowserOptions Options { get; }

    /// <summary>The blob: URLs the pages' and workers' scripts made with URL.createObjectURL.</summary>
    public BlobUrlStore BlobUrls => BlobUrlStore.Of(Browser);

    /// <summary>The browser's event loop.</summary>
    public EventLoop EventLoop => Browser.EventLoop;

    /// <summary>Every console message so far (failed loads, uncaught errors, limits, warnings), oldest first.</summary>
    public IReadOnlyList<PageDiagnostic> Diagnostics => _diagnostics;

    /// <summary>Every console call of the pages' scripts, in order.</summary>
    public IReadOnlyList<Runtime.PageConsoleMessage> ConsoleMessages => _consoleMessages;

    /// <summary>Serves one HTML string at <paramref name="url"/> (its origin's other files are not found) and makes a browser for it.</summary>
    public static ScriptedBrowser FromHtml(string html, string url, ScriptedBrowserOptions? options = null) =>
        new(SiteMap.FromHtml(html, url), options);

    /// <summary>Serves the HTML file <paramref name="htmlFile"/> (and the files next to it) at <paramref name="origin"/> and makes a browser for it.</summary>
    /// <exception cref="SiteMapException">The file cannot be read, or the origin is not an http or https origin.</exception>
    public static ScriptedBrowser FromFile(string htmlFile, string origin, ScriptedBrowserOptions? options = null) =>
        new(SiteMap.FromFile(htmlFile, origin), options);

    /// <summary>Opens the site map's entry page in a new top-level window; its scripts run when the event loop runs.</summary>
    public ScriptedWindow LoadEntry(WindowOptions? options = null) => Load(Sites.Entry.Href, options);

    /// <summary>
    /// Opens <paramref name="url"/> (an absolute URL) in a new top-level window: the document is
    /// fetched and parsed now, and its scripts run when the event loop runs
    /// (<see cref="RunUntilIdle"/>). A network error gives an empty document and a console error.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid absolute URL.</exception>
    public ScriptedWindow Load(string url, WindowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var window = Browser.OpenWindow(url, options);
        return StartTopLevelDocument(window, html: null);
    }

    /// <summary>
    /// Opens a new top-level window at <paramref name="url"/> whose document is
    /// <paramref name="html"/> (not fetched); its frames and scripts come from the site map.
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid absolute URL.</exception>
    public ScriptedWindow LoadHtml(string html, string url, WindowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        var window = Browser.OpenWindow(url, options);
        return StartTopLevelDocument(window, html);
    }

    /// <summary>
    /// Navigates <paramref name="window"/> to <paramref name="url"/> (resolved against its current
    /// URL), as its own page would: the old document and its frames go at once, and the new
    /// document loads in a task (a frame's iframe fires load again once it has).
    /// </summary>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL.</exception>
    /// <exception cref="ArgumentException"><paramref name="window"/> is closed or belongs to another browser.</exception>
    public void Navigate(Window window, string url) => Navigate(window, url, replace: false);

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/browsing-the-web.html#navigate
    /// Navigates as the public Navigate does; a URL that differs from the
    /// document's only in its fragment navigates to the fragment (the document stays), adding a
    /// history entry unless <paramref name="replace"/> (location.replace) is set.
    /// </summary>
    internal void Navigate(Window window, string url, bool replace)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(url);

        // "15. If documentResource is null (a GET) and url equals navigable's active document's
        // URL with exclude fragments set to true, and url's fragment is non-null, then: 1. Navigate
        // to a fragment given navigable, url, historyHandling, ... 3. Return."
        if (GetScriptedWindow(window) is { } document && Url.TryParse(url, window.Url, out var target) && target.Fragment is not null
            && target.HrefExcludingFragment == document.Url.HrefExcludingFragment && document.TryGetBinding<DocumentHistory>(out var history))
        {
            history.NavigateToFragment(target, replace);
            return;
        }

        // FIXME: "replace" (historyHandling "replace") of a cross-document navigation needs the
        // joint session history, which is not modeled.
        Browser.Navigate(window, url);
        LoadDocument(window);
    }


    /// <summary>
    /// Loads, in a task, the document at <paramref name="window"/>'s current URL into it: the hook
    /// for bindings that navigate or open windows through the core <see cref="Browsing.Browser"/>
    /// (location.href, window.open). An about:blank URL gives an empty document at once.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="window"/> belongs to another browser.</exception>
    public void LoadDocument(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        LoadDocument(window, html: null);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#window-open-steps
    /// window.open(url, target, features) called by a page of <paramref name="opener"/>: runs
    /// the core window open steps (<see cref="Browsing.Browser.Open"/>), then loads the
    /// documents: a new window gets its initial about:blank document at once and the page at
    /// its URL in a task; a window the steps navigated (a named target) loads its new page.
    /// </summary>
    /// <returns>What the core returns: the opened or chosen window, or null (noopener, blocked).</returns>
    /// <exception cref="OriginSyntaxException"><paramref name="url"/> is not a valid URL (a "SyntaxError").</exception>
    public Window? Open(Window opener, string url, string target, string features)
    {
        ArgumentNullException.ThrowIfNull(opener);

        // The URL each window and frame shows now: the window open steps navigate at most one
        // existing navigable (a named window or frame), which then loads its new document.
        var shownUrls = new Dictionary<Window, Url>(ReferenceEqualityComparer.Instance);
        foreach (var window in Browser.Windows)
        {
            CollectShownUrls(window, shownUrls);
        }

        var opened = Browser.Open(opener, url, target, features);

        foreach (var window in Browser.Windows)
        {
            if (!shownUrls.ContainsKey(window))
            {
                // "15. If windowType is either "new and unrestricted" or "new with no opener" ..."
                // (also with noopener, when the steps return null)
                StartPopupDocument(window);
            }
        }

        // "16. ... 1. If urlRecord is not null, then navigate targetNavigable to urlRecord": a
        // named top-level window or a named frame (noopener or not) loads its new document.
        foreach (var (window, previousUrl) in shownUrls)
        {
            if (!window.Closed && !ReferenceEquals(window.Url, previousUrl))
            {
                LoadDocument(window);
            }
        }

        return opened;
    }

    // Records the URL shown by window and by every frame inside it.
    private static void CollectShownUrls(Window window, Dictionary<Window, Url> shownUrls)
    {
        shownUrls[window] = window.Url;
        for (var i = 0; i < window.Length; i++)
        {
            if (window[i] is { } frame)
            {
                CollectShownUrls(frame, shownUrls);
            }
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/iframe-embed-object.html#process-the-iframe-attributes
    /// "3. Navigate to the srcdoc resource: navigate an iframe or frame given element,
    /// about:srcdoc, the empty string, and the value of element's srcdoc attribute": for a
    /// srcdoc set or changed on an iframe whose frame already exists.
    /// </summary>
    internal void NavigateToSrcdoc(Window frame, string srcdoc)
    {
        Browser.Navigate(frame, AboutSrcdoc.Href);
        LoadDocument(frame, srcdoc);
    }

    // Loads the document at window's current URL: html when given (a srcdoc document), else fetched.
    private void LoadDocument(Window window, string? html)
    {
        if (!ReferenceEquals(window.Browser, Browser))
        {
            throw new ArgumentException($"The window {window} belongs to another browser.", nameof(window));
        }

        // A frame keeps its container across navigations; the old document is gone at once,
        // since the core window already shows the new URL and origin. IMPLEMENTATION DEFINED:
        // an about:blank document (a new frame's or popup's initial one) stays until the new
        // document replaces it (CreateDocument deactivates it then), as in browsers while the
        // navigation away from it loads: the opener or parent can still use it meanwhile.
        _documents.TryGetValue(window, out var previous);
        var url = window.Url;
        if (previous is not null && !MatchesAboutBlank(previous.Url))
        {
            previous.Deactivate();
        }

        var containerDocument = previous?.ContainerDocument;
        var container = previous?.ContainerElement;
        if (html is null && MatchesAboutBlank(url))
        {
            CreateDocument(window, url, "", containerDocument, container).SetReadiness(DocumentReadiness.Complete);
            return;
        }

        if (containerDocument is not null && container is not null)
        {
            containerDocument.Loader.FrameStarted(container);
        }

        window.QueueGlobalTask(TaskSource.Networking, () =>
        {
            if (window.Closed || !ReferenceEquals(window.Url, url))
            {
                return;
            }

            CreateDocument(window, url, html ?? FetchDocument(window, url), containerDocument, container).Loader.Run();
        }, "navigate to " + url.Href);
    }

    // https://html.spec.whatwg.org/multipage/webstorage.html#concept-storage-broadcast
    private void BroadcastStorageChange(Storage.StorageChange change)
    {
        // "1. Let thisDocument be storage's relevant global object's associated Document."
        // "2. Let url be the serialization of thisDocument's URL."
        var source = change.Source as Window;
        var url = source is null ? "" : GetScriptedWindow(source)?.Url.Href ?? source.Url.Href;

        // "3. Let remoteStorages be all Storage objects excluding storage whose: type is storage's
        // type; relevant settings object's origin is same origin with storage's relevant settings
        // object's origin; and, if type is "session", whose relevant settings object's associated
        // Document's node navigable's traversable navigable is thisDocument's node navigable's
        // traversable navigable."
        // IMPLEMENTATION DEFINED: as in Chromium, every window that shares the area gets the event,
        // whether or not its script has read localStorage yet (its Storage object is made for it).
        // "4. For each remoteStorage of remoteStorages: queue a global task ... to fire an event
        // named storage at remoteStorage's relevant global object ..."
        foreach (var window in Browser.Windows)
        {
            QueueStorageEvents(window, source, change, url);
        }
    }

    // The storage events of a window and its frames, in tree order.
    private void QueueStorageEvents(Window window, Window? source, Storage.StorageChange change, string url)
    {
        if (!ReferenceEquals(window, source) && GetScriptedWindow(window) is { } document
            && document.TryGetBinding<Bindings.Html.WindowGlobal>(out var global) && global.Storage is { } storage
            && storage.Sees(change.Area))
        {
            storage.QueueStorageEvent(change, url);
        }

        for (var i = 0; i < window.Length; i++)
        {
            if (window[i] is { } frame)
            {
                QueueStorageEvents(frame, source, change, url);
            }
        }
    }

    /// <summary>The document <paramref name="window"/> shows now, or null before its first document loaded (or once it closed).</summary>
    public ScriptedWindow? GetScriptedWindow(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return _documents.TryGetValue(window, out var document) && document.IsActive ? document : null;
    }

    /// <summary>Runs tasks and timers until nothing is left (see <see cref="Browsing.Browser.RunUntilIdle"/>).</summary>
    public void RunUntilIdle(RunLimits? limits = null) => Browser.RunUntilIdle(limits);

    /// <summary>Runs everything due within <paramref name="duration"/> of (virtual) time.</summary>
    public void RunFor(TimeSpan duration, RunLimits? limits = null) => Browser.RunFor(duration, limits);

    /// <summary>Closes every window and lets go of every document.</summary>
    public void Dispose()
    {
        var documents = _documents.Values.ToArray();
        _documents.Clear();
        foreach (var document in documents)
        {
            document.Deactivate();
        }

        Browser.Dispose();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    // The core browser's options, with worker threads when the scripted options ask for them.
    private static BrowserOptions? CoreOptions(ScriptedBrowserOptions options)
    {
        if (!options.WorkerThreads || options.Browser?.WorkerThreads == true)
        {
            return options.Browser;
        }

        var core = options.Browser ?? new BrowserOptions();
        return new BrowserOptions { RealTime = core.RealTime, RunLimits = core.RunLimits, TraceCapacity = core.TraceCapacity, Trace = core.Trace, WorkerThreads = true };
    }

    /// <summary>Forgets <paramref name="document"/> once it is no longer its window's.</summary>
    internal void Forget(ScriptedWindow document)
    {
        if (_documents.TryGetValue(document.Window, out var current) && ReferenceEquals(current, document))
        {
            _documents.Remove(document.Window);
        }
    }

    /// <summary>Adds a console message and tells <see cref="ScriptedBrowserOptions.OnConsoleMessage"/> (from a worker's thread too).</summary>
    internal void RecordConsoleMessage(Runtime.PageConsoleMessage message)
    {
        lock (_consoleMessages)
        {
            _consoleMessages.Add(message);
            Options.OnConsoleMessage?.Invoke(message);
        }
    }

    internal void Report(PageDiagnostic diagnostic)
    {
        lock (_consoleMessages)
        {
            _diagnostics.Add(diagnostic);
            Options.OnDiagnostic?.Invoke(diagnostic);
        }
    }

    /// <summary>Tells <see cref="ScriptedBrowserOptions.OnWorkerCreated"/> about a worker's new realm, before its script runs.</summary>
    internal void OnWorkerCreated(Workers.ScriptedWorker worker) => Options.OnWorkerCreated?.Invoke(worker);

    /// <summary>
    /// Reports an iframe of <paramref name="document"/> that the frame cap refused: once per
    /// top-level page, so that a page inserting thousands of iframes gets one error, not thousands.
    /// </summary>
    internal void ReportFrameLimit(ScriptedWindow document, FrameLimitExceededException exception)
    {
        var page = document.Window.Top ?? document.Window;
        if (_pagesOverFrameLimit.Add(page))
        {
            Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.FrameLimit, exception.Message, document.Url.Href, Exception: exception));
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element
    /// "When an iframe element element is inserted into a document whose browsing context is
    /// non-null, the user agent must run these steps:"
    /// </summary>
    internal Window CreateFrameFor(ScriptedWindow parent, IElement iframe)
    {
        CheckFrameLimit(parent);

        // "2. If element has a sandbox attribute, then parse the sandboxing directive given the
        // attribute's value and element's iframe sandboxing flag set."
        var sandboxValue = iframe.GetAttribute("sandbox");
        SandboxFlags? sandbox = sandboxValue is null ? null : SandboxAttribute.Parse(sandboxValue);
        var name = iframe.GetAttribute("name") ?? "";

        // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#process-the-iframe-attributes
        // "1. If element's srcdoc attribute is specified, then: ... 3. Navigate to the srcdoc
        // resource: navigate an iframe or frame given element, about:srcdoc, the empty string,
        // and the value of element's srcdoc attribute."
        if (iframe.GetAttribute("srcdoc") is { } srcdoc)
        {
            // "1. Create a new child navigable for element."
            var srcdocFrame = Browser.CreateFrame(parent.Window, AboutSrcdoc.Href, new FrameOptions { Name = name, Sandbox = sandbox, Srcdoc = true });
            NavigateFrame(parent, iframe, srcdocFrame, AboutSrcdoc, srcdoc);
            return srcdocFrame;
        }

        // "2. Otherwise: 1. Let url be the result of running the shared attribute processing
        // steps for iframe and frame elements given element and initialInsertion."
        var url = SharedAttributeProcessing(parent, iframe, out var recursive);
        var frame = Browser.CreateFrame(parent.Window, recursive ? AboutBlank.Href : url.Href, new FrameOptions { Name = name, Sandbox = sandbox });

        // "2. If url is null, then return."
        if (recursive)
        {
            return frame;
        }

        // "3. If url matches about:blank and initialInsertion is true, then: 1. Run the iframe
        // load event steps given element. 2. Return."
        if (MatchesAboutBlank(url))
        {
            // The frame's initial about:blank document stays: an empty document, complete at once.
            var blank = CreateDocument(frame, url, "", parent, iframe);
            blank.SetReadiness(DocumentReadiness.Complete);
            parent.Loader.RunIframeLoadEventSteps(iframe);
            return frame;
        }

        // "5. Navigate an iframe or frame given element, url, and referrerPolicy."
        NavigateFrame(parent, iframe, frame, url, html: null);
        return frame;
    }

    // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#shared-attribute-processing-steps-for-iframe-and-frame-elements
    private static Url SharedAttributeProcessing(ScriptedWindow parent, IElement iframe, out bool recursive)
    {
        recursive = false;

        // "1. Let url be the URL about:blank."
        var url = AboutBlank;

        // "2. If element has a src attribute specified, and its value is not the empty string, then:
        // 1. Let maybeURL be the result of encoding-parsing a URL given that attribute's value,
        // relative to element's node document. 2. If maybeURL is not failure, then set url to maybeURL."
        if (iframe.GetAttribute("src") is { Length: > 0 } src && Url.TryParse(src, parent.BaseUrl, out var maybeUrl))
        {
            url = maybeUrl;
        }

        // "3. If the inclusive ancestor navigables of element's node navigable contains a
        // navigable whose active document's URL equals url with exclude fragments set to true,
        // then return null."
        for (var ancestor = parent; ancestor is not null; ancestor = ancestor.ContainerDocument)
        {
            if (!MatchesAboutBlank(url) && EqualsExcludingFragments(ancestor.Url, url))
            {
                recursive = true;
                break;
            }
        }

        // "4. If url matches about:blank and initialInsertion is true, then perform the URL and
        // history update steps given element's content navigable's active document and url."
        // "5. Return url."
        return url;
    }

    // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#navigate-an-iframe-or-frame
    // The frame's document is fetched, parsed and run in a task on the networking task source.
    private void NavigateFrame(ScriptedWindow parent, IElement iframe, Window frame, Url url, string? html)
    {
        parent.Loader.FrameStarted(iframe);
        frame.QueueGlobalTask(TaskSource.Networking, () =>
        {
            if (frame.Closed || !parent.IsActive)
            {
                return;
            }

            var document = CreateDocument(frame, url, html ?? FetchDocument(frame, url), parent, iframe);
            document.Loader.Run();
        }, "load frame " + url.Href);
    }

    // https://html.spec.whatwg.org/multipage/document-sequences.html#creating-a-new-top-level-traversable
    // A new popup's initial about:blank document exists at once (the opener can reach it while
    // the page loads); the page at the window's URL replaces it in a task.
    private void StartPopupDocument(Window window)
    {
        var url = window.Url;
        CreateDocument(window, AboutBlank, "", null, null).SetReadiness(DocumentReadiness.Complete);
        if (MatchesAboutBlank(url))
        {
            return;
        }

        window.QueueGlobalTask(TaskSource.Networking, () =>
        {
            if (window.Closed || !ReferenceEquals(window.Url, url))
            {
                return;
            }

            CreateDocument(window, url, FetchDocument(window, url), null, null).Loader.Run();
        }, "navigate to " + url.Href);
    }

    private ScriptedWindow StartTopLevelDocument(Window window, string? html)
    {
        var document = CreateDocument(window, window.Url, html ?? FetchDocument(window, window.Url), null, null);
        window.QueueGlobalTask(TaskSource.Networking, document.Loader.Run, "parse " + window.Url.Href);
        return document;
    }

    // The HTML at url, or the empty string after a network error (reported to the console).
    private string FetchDocument(Window window, Url url)
    {
        var response = Sites.Fetch(url);
        if (!response.IsNetworkError)
        {
            return response.GetText();
        }

        Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, response.ErrorMessage ?? "Failed to load " + url.Href, window.Url.Href, url.Href));
        return "";
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-lifecycle.html#initialise-the-document-object
    /// A new document for <paramref name="window"/>: parsed, given its realm, made the window's
    /// active document, and handed to <see cref="ScriptedBrowserOptions.OnWindowCreated"/>.
    /// </summary>
    private ScriptedWindow CreateDocument(Window window, Url url, string html, ScriptedWindow? containerDocument, IElement? container)
    {
        // https://html.spec.whatwg.org/multipage/webappapis.html#concept-n-noscript
        // "Scripting is disabled for a browsing context when ... the browsing context's active
        // document's active sandboxing flag set has its sandboxed scripts browsing context flag set."
        var sandbox = window.BrowsingContext?.Sandbox;
        var scriptingEnabled = sandbox is not { } flags || (flags & SandboxFlags.AllowScripts) != 0;

        // The scripting flag decides how noscript parses, as in a browser.
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = scriptingEnabled, IsKeepingSourceReferences = true });
        var parsed = parser.ParseDocument(html);

        var baseUrl = DocumentBaseUrl(parsed, FallbackBaseUrl(url, containerDocument));
        if (_documents.TryGetValue(window, out var previous))
        {
            previous.Deactivate();
        }

        var document = new ScriptedWindow(this, window, url, baseUrl, parsed, scriptingEnabled, containerDocument, container);
        _documents[window] = document;
        if (Options.InstallWebPlatform)
        {
            Runtime.WebPlatform.Install(document, RecordConsoleMessage);
        }

        Options.OnWindowCreated?.Invoke(document);
        return document;
    }

    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#fallback-base-url
    private static Url FallbackBaseUrl(Url url, ScriptedWindow? containerDocument)
    {
        // "1. If document is an iframe srcdoc document, then: ... 2. Return the document base
        // URL of document's browsing context's container document."
        // "2. If document's URL matches about:blank and document's about base URL is non-null,
        // then return document's about base URL." (the creator's base URL, for a frame its parent's)
        if (containerDocument is not null && (MatchesAboutSrcdoc(url) || MatchesAboutBlank(url)))
        {
            return containerDocument.BaseUrl;
        }

        // "3. Return document's URL."
        return url;
    }

    // https://html.spec.whatwg.org/multipage/urls-and-fetching.html#document-base-url
    private static Url DocumentBaseUrl(IDocument document, Url fallbackBaseUrl)
    {
        // "1. If there is no base element that has an href attribute in the Document, then
        // return the Document's fallback base URL."
        // "2. Otherwise, return the frozen base URL of the first base element in the Document
        // that has an href attribute, in tree order."
        if (document.QuerySelector("base[href]") is not { } baseElement)
        {
            return fallbackBaseUrl;
        }

        // https://html.spec.whatwg.org/multipage/semantics.html#set-the-frozen-base-url
        // "3. Let urlRecord be the result of parsing the value of element's href content
        // attribute with document's fallback base URL ... 4. Set element's frozen base URL to
        // document's fallback base URL, if urlRecord is failure ..., and to urlRecord otherwise."
        return Url.TryParse(baseElement.GetAttribute("href")!, fallbackBaseUrl, out var frozen) ? frozen : fallbackBaseUrl;
    }

    private void CheckFrameLimit(ScriptedWindow parent)
    {
        var top = parent.Window.Top?.BrowsingContext;
        var count = top is null ? 0 : CountFrames(top);
        if (count >= Options.MaxFramesPerPage)
        {
            throw new FrameLimitExceededException($"The page {parent.Window.Top?.Url.Href} already holds {count} frames, the most ScriptedBrowserOptions.MaxFramesPerPage allows: an iframe of {parent.Url.Href} was not loaded, nor will any further iframe of this page be (reported once per page).");
        }
    }

    private static int CountFrames(BrowsingContext navigable)
    {
        var count = 0;
        foreach (var child in navigable.Children)
        {
            count += 1 + CountFrames(child);
        }

        return count;
    }

    private static bool EqualsExcludingFragments(Url a, Url b)
    {
        var left = a.Href;
        var right = b.Href;
        var leftEnd = a.Fragment is null ? left.Length : left.Length - a.Fragment.Length - 1;
        var rightEnd = b.Fragment is null ? right.Length : right.Length - b.Fragment.Length - 1;
        return leftEnd == rightEnd && string.CompareOrdinal(left, 0, right, 0, leftEnd) == 0;
    }

    private static bool MatchesAboutBlank(Url url) =>
        url.Scheme == "about" && url.Path == "blank" && url.Username.Length == 0 && url.Password.Length == 0 && url.Host is null;

    private static bool MatchesAboutSrcdoc(Url url) =>
        url.Scheme == "about" && url.Path == "srcdoc" && url.Query is null && url.Username.Length == 0 && url.Password.Length == 0 && url.Host is null;
}

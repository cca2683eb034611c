using Jint;
using System.Text;
using System.Text.Json;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Widgets;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>
/// An Appsmith app running headlessly: its page is a document at the app's origin in a
/// <see cref="ScriptedBrowser"/> (alone, or in an iframe of a parent page), with the widgets,
/// bindings and actions installed in the page's realm. User actions (click, type, code in an
/// iframe) run the event loop until nothing is left to do.
/// </summary>
/// <example>
/// <code>
/// using var session = AppsmithSession.Start(AppsmithApplication.Load("IframeWidgetPostMessage.json"));
/// session.RunInFrame("Iframe1", "const i = document.querySelector('input'); i.value = 'hello'; i.dispatchEvent(new Event('change'));");
/// Console.WriteLine(session.Widget("Input1").Get("text"));   // hello
/// </code>
/// </example>
public sealed class AppsmithSession : IDisposable
{
    private readonly Dictionary<string, AppsmithPage> _pagesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoreEntry> _store = new(StringComparer.Ordinal);
    private readonly List<AppsmithAlert> _alerts = [];
    private readonly List<AppsmithEvent> _events = [];
    private readonly Origin _origin;
    private PageRuntime? _page;
    private bool _opened;

    private AppsmithSession(AppsmithApplication app, AppsmithOptions options, Origin origin)
    {
        App = app;
        Options = options;
        _origin = origin;
        Origin = origin.Serialize();
        var builder = new SiteMapBuilder();
        if (options.Sites is { } sites)
        {
            foreach (var (siteOrigin, root) in sites.Origins)
            {
                // FIXME: origins of a site map built in code with in-memory files cannot be
                // taken over (SiteMap does not hand its files out); only folders are.
                if (root.Folder is { } folder)
                {
                    builder.AddOrigin(siteOrigin.Serialize(), folder);
                }
            }
        }

        var start = options.Page is { } pageName
            ? app.FindPage(pageName) ?? throw new ArgumentException($"The application {app.Name} has no page named '{pageName}' (its pages: {string.Join(", ", app.Pages.Select(p => p.Name))}).", nameof(options))
            : app.DefaultPage;
        foreach (var page in app.Pages)
        {
            var path = AppPageHtml.PathOf(page);
            _pagesByPath[path] = page;
            builder.AddPage(Origin + path, AppPageHtml.Html(app, page));
        }

        // The origin's root shows the first page, so that a parent page can embed the app by its origin alone.
        _pagesByPath["/"] = start;
        builder.AddPage(Origin + "/", AppPageHtml.Html(app, start));
        if (options.Embedded)
        {
            var entry = options.Sites?.Entry ?? throw new ArgumentException("AppsmithOptions.Embedded needs AppsmithOptions.Sites, whose entry is the parent page.", nameof(options));
            builder.SetEntry(entry.Href);
        }
        else
        {
            builder.SetEntry(Origin + AppPageHtml.PathOf(start));
        }

        var browserOptions = options.Browser ?? new ScriptedBrowserOptions();
        var userHook = browserOptions.OnWindowCreated;
        Browser = new ScriptedBrowser(builder.Build(), new ScriptedBrowserOptions
        {
            Browser = browserOptions.Browser,
            ScriptTimeLimit = browserOptions.ScriptTimeLimit,
            MemoryLimit = browserOptions.MemoryLimit,
            MaxStatements = browserOptions.MaxStatements,
            MaxFramesPerPage = browserOptions.MaxFramesPerPage,
            InstallWebPlatform = true,
            LegacyIe = browserOptions.LegacyIe,
            OnConsoleMessage = browserOptions.OnConsoleMessage,
            OnDiagnostic = browserOptions.OnDiagnostic,
            OnWindowCreated = document =>
            {
                userHook?.Invoke(document);
                OnDocumentCreated(document);
            },
        });
    }

    /// <summary>The application.</summary>
    public AppsmithApplication App { get; }

    /// <summary>The options the session was started with.</summary>
    public AppsmithOptions Options { get; }

    /// <summary>The app's origin, serialized (e.g. https://app.appsmith.test).</summary>
    public string Origin { get; }

    /// <summary>The browser the app and its frames run in: its trace, console and diagnostics.</summary>
    public ScriptedBrowser Browser { get; }

    /// <summary>The window that shows the app (a top-level window, or the parent page's frame); null until it loaded.</summary>
    public Window? AppWindow { get; private set; }

    /// <summary>The app page's document now showing, or null before it loaded.</summary>
    public ScriptedWindow? AppDocument => _page?.Document;

    /// <summary>The page now showing, or null before it loaded.</summary>
    public AppsmithPage? CurrentPage => _page?.Page;

    /// <summary>The current page's widgets in tree order (canvases left out).</summary>
    public IReadOnlyList<AppsmithWidget> Widgets => _page is null ? [] : [.. _page.Widgets.Select(w => new AppsmithWidget(w))];

    /// <summary><c>appsmith.store</c>: each key's value as .NET sees it (string, double, bool, null, object[], dictionary).</summary>
    public IReadOnlyDictionary<string, object?> Store => _store.ToDictionary(e => e.Key, e => e.Value.Value, StringComparer.Ordinal);

    /// <summary>Every alert shown so far, oldest first.</summary>
    public IReadOnlyList<AppsmithAlert> Alerts => _alerts;

    /// <summary>Every app event so far (alerts, store and widget changes, navigations, warnings, errors), oldest first.</summary>
    public IReadOnlyList<AppsmithEvent> Events => _events;

    /// <summary>The origins the page's <c>windowMessageListener</c>s listen to now, normalized.</summary>
    public IReadOnlyCollection<string> WindowMessageListeners => _page?.ListeningOrigins ?? [];

    /// <summary>
    /// Starts <paramref name="app"/>: serves its pages at <see cref="AppsmithOptions.Origin"/>,
    /// opens the page (or the parent page that embeds it) and runs until nothing is left to do.
    /// </summary>
    /// <exception cref="ArgumentException">The origin is not an http or https origin, the page does not exist, or an embedded app has no site map.</exception>
    /// <exception cref="InvalidOperationException">The parent page embeds no iframe that loads the app.</exception>
    public static AppsmithSession Start(AppsmithApplication app, AppsmithOptions? options = null)
    {
        var session = Create(app, options);
        try
        {
            session.Open();
        }
        catch
        {
            session.Dispose();
            throw;
        }

        return session;
    }

    /// <summary>
    /// Makes the session's browser with nothing loaded yet, so that its trace can be followed
    /// from the first message; <see cref="Open"/> loads the app.
    /// </summary>
    /// <exception cref="ArgumentException">The origin is not an http or https origin, the page does not exist, or an embedded app has no site map.</exception>
    public static AppsmithSession Create(AppsmithApplication app, AppsmithOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        options ??= new AppsmithOptions();
        if (!Url.TryParse(options.Origin, null, out var url) || url.Scheme is not ("http" or "https") || url.Host is null || url.Path != "/" || url.Query is not null || url.Fragment is not null)
        {
            throw new ArgumentException($"The app's origin '{options.Origin}' is not an http or https origin such as {AppsmithOptions.DefaultOrigin}.", nameof(options));
        }

        return new AppsmithSession(app, options, url.Origin);
    }

    /// <summary>Opens the app's page (or the parent page that embeds it) and runs until nothing is left to do.</summary>
    /// <exception cref="InvalidOperationException">The session is already open, or the parent page embeds no iframe that loads the app.</exception>
    public void Open()
    {
        if (_opened)
        {
            throw new InvalidOperationException("The session is already open.");
        }

        _opened = true;
        Browser.LoadEntry();
        RunUntilIdle();
        if (_page is null)
        {
            throw new InvalidOperationException(Options.Embedded
                ? $"The parent page {Browser.Sites.Entry.Href} loaded no iframe of the app: give it an iframe whose src is {Origin}/ (or a page's path, /app/<slug>)."
                : $"The app's page did not load at {Origin}.");
        }
    }

    /// <summary>The widget named <paramref name="name"/> on the current page.</summary>
    /// <exception cref="ArgumentException">The page has no such widget.</exception>
    public AppsmithWidget Widget(string name) => new(Require(name));

    /// <summary>Clicks the button <paramref name="buttonName"/>: runs its onClick, then the event loop until idle.</summary>
    /// <exception cref="ArgumentException">No such widget, or it is not a button.</exception>
    /// <exception cref="InvalidOperationException">The button is disabled.</exception>
    public void Click(string buttonName)
    {
        var widget = Require(buttonName);
        if (widget is not ButtonWidget)
        {
            throw new ArgumentException($"{buttonName} is a {widget.Definition.Type}, not a button (BUTTON_WIDGET): it cannot be clicked.", nameof(buttonName));
        }

        var disabled = widget.Get("isDisabled");
        if (disabled.IsBoolean() && disabled.AsBoolean())
        {
            throw new InvalidOperationException($"{buttonName} is disabled (isDisabled is true): the click does nothing.");
        }

        ShowingPage(buttonName).RunTrigger(widget, ButtonWidget.OnClick);
        RunUntilIdle();
    }

    /// <summary>Types <paramref name="text"/> into the input <paramref name="inputName"/> (its text becomes it), runs onTextChanged, then the event loop until idle.</summary>
    /// <exception cref="ArgumentException">No such widget, or it is not an input.</exception>
    public void Type(string inputName, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var widget = Require(inputName);
        if (widget is not InputWidget input)
        {
            throw new ArgumentException($"{inputName} is a {widget.Definition.Type}, not an input (INPUT_WIDGET_V2 or INPUT_WIDGET): it cannot be typed into.", nameof(inputName));
        }

        var page = ShowingPage(inputName);
        input.Type(page, text);
        page.RunTrigger(input, InputWidget.OnTextChanged);
        page.ScheduleEvaluation();
        RunUntilIdle();
    }

    /// <summary>
    /// Runs <paramref name="script"/> as a classic script of the document inside the Iframe
    /// widget <paramref name="iframeName"/> (e.g. to type into its input and fire change), then
    /// the event loop until idle. Returns false when the script threw (the error is reported
    /// as the page's own would be).
    /// </summary>
    /// <exception cref="ArgumentException">No such widget, or it is not an Iframe widget.</exception>
    /// <exception cref="InvalidOperationException">The iframe has no document (its frame was not created, or scripting is off in it).</exception>
    public bool RunInFrame(string iframeName, string script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var widget = Require(iframeName);
        if (widget is not IframeWidget iframe)
        {
            throw new ArgumentException($"{iframeName} is a {widget.Definition.Type}, not an Iframe widget (IFRAME_WIDGET).", nameof(iframeName));
        }

        var page = ShowingPage(iframeName);
        var element = page.Document.Document.GetElementById(iframe.ElementId);
        var frame = element is null ? null : page.Document.GetContentDocument(element);
        if (frame is null)
        {
            throw new InvalidOperationException($"{iframeName} shows no document: its iframe has no source and no srcDoc, or its frame was not created.");
        }

        var ran = frame.RunClassicScript(script, "webmsg-in-frame:" + iframeName);
        RunUntilIdle();
        return ran;
    }

    /// <summary>Runs <paramref name="code"/> in the app page's realm as a trigger does (the body of an async function), then the event loop until idle.</summary>
    public void Run(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        ShowingPage("code").RunCode(code, "code");
        RunUntilIdle();
    }

    /// <summary>Runs the browser's event loop until nothing is left to do (virtual time skips ahead).</summary>
    public void RunUntilIdle() => Browser.RunUntilIdle();

    /// <summary>Closes every window.</summary>
    public void Dispose() => Browser.Dispose();

    /// <summary>Records an event and hands it to <see cref="AppsmithOptions.OnEvent"/>.</summary>
    internal void Record(AppsmithEventKind kind, string subject, string text)
    {
        var appsmithEvent = new AppsmithEvent(kind, subject, text, Browser.EventLoop.Now);
        _events.Add(appsmithEvent);
        Options.OnEvent?.Invoke(appsmithEvent);
    }

    /// <summary>showAlert(message, style).</summary>
    internal void RecordAlert(string message, string style)
    {
        style = style.Length == 0 ? "info" : style;
        _alerts.Add(new AppsmithAlert(message, style, Browser.EventLoop.Now));
        Record(AppsmithEventKind.Alert, style, message);
    }

    /// <summary>storeValue(key, value): <paramref name="json"/> is the value's JSON (null for undefined), which the next page's store is built from.</summary>
    internal void SetStoreValue(string key, object? value, string? json, string preview)
    {
        _store[key] = new StoreEntry(value, json);
        Record(AppsmithEventKind.Store, key, preview);
    }

    /// <summary>removeValue(key).</summary>
    internal void RemoveStoreValue(string key)
    {
        if (_store.Remove(key))
        {
            Record(AppsmithEventKind.Store, key, "(removed)");
        }
    }

    /// <summary>clearStore().</summary>
    internal void ClearStore()
    {
        foreach (var key in _store.Keys.ToArray())
        {
            RemoveStoreValue(key);
        }
    }

    /// <summary>The store as a JSON object, for a new page's <c>appsmith.store</c>.</summary>
    internal string StoreJson()
    {
        var json = new StringBuilder("{");
        foreach (var (key, entry) in _store)
        {
            if (entry.Json is null)
            {
                continue;
            }

            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append(JsonSerializer.Serialize(key)).Append(':').Append(entry.Json);
        }

        return json.Append('}').ToString();
    }

    /// <summary>
    /// navigateTo(name): a page of the app is opened in the app's window after the current
    /// task; anything else is recorded and goes nowhere.
    /// </summary>
    internal void RequestNavigation(string target)
    {
        var page = App.FindPage(target);
        if (page is null || AppWindow is not { } window)
        {
            // FIXME: navigateTo with a URL (or a page of another app) opens nothing: the
            // request is only recorded.
            Record(AppsmithEventKind.Navigate, target, "not a page of this app: nothing opened");
            return;
        }

        var url = Origin + AppPageHtml.PathOf(page);
        Record(AppsmithEventKind.Navigate, page.Name, url);
        window.QueueGlobalTask(TaskSource.NavigationAndTraversal, () =>
        {
            if (!window.Closed)
            {
                Browser.Navigate(window, url);
            }
        }, "navigateTo " + page.Name);
    }

    private void OnDocumentCreated(ScriptedWindow document)
    {
        if (!document.Url.Origin.Equals(_origin) || !_pagesByPath.TryGetValue(document.Url.Path, out var page))
        {
            return;
        }

        // The app is one window: another document of its origin (say, an Iframe widget whose
        // source is the app itself) is a page like any other.
        if (AppWindow is not null && !ReferenceEquals(AppWindow, document.Window))
        {
            return;
        }

        AppWindow = document.Window;
        _page = PageRuntime.Install(this, page, document);
    }

    private WidgetState Require(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var page = ShowingPage(name);
        return page.Find(name) ?? throw new ArgumentException($"The page {page.Page.Name} has no widget named '{name}' (its widgets: {string.Join(", ", page.Widgets.Select(w => w.Name))}).", nameof(name));
    }

    private PageRuntime ShowingPage(string what) =>
        _page is { Document.IsActive: true } page ? page : throw new InvalidOperationException($"No app page is showing, so {what} cannot be used.");
}

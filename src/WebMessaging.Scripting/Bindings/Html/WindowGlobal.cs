using System.Runtime.CompilerServices;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// An engine whose global object is a <see cref="Browsing.Window"/>, as
/// <see cref="WindowBindings.Install"/> made it: the engine, its binding realm, its structured
/// clone realm and the way it sees other windows (as WindowProxy objects). Dispose it when the
/// window's document goes away, to remove its microtask checkpoint hook.
/// </summary>
public sealed class WindowGlobal : IDisposable, IScriptGlobal
{
    private readonly Func<Window, ObjectInstance?> _globalOf;
    private readonly WindowBindingsOptions _options;
    private readonly ConditionalWeakTable<Window, WindowProxyObject> _proxies = new();
    private readonly ConditionalWeakTable<Window, CrossOriginWindowProxy> _crossOriginProxies = new();
    private readonly JsValue _promiseConstructor;
    private readonly JsValue _promiseResolve;
    private IDisposable? _checkpointHook;

    internal WindowGlobal(Engine engine, BindingRealm bindings, JsRealm realm, Window window, Func<Window, ObjectInstance?> globalOf, WindowBindingsOptions options)
    {
        Engine = engine;
        Bindings = bindings;
        Realm = realm;
        Window = window;
        Origin = window.Origin;
        GlobalObject = engine.Global;
        _globalOf = globalOf;
        _options = options;

        // The realm's own Promise functions, kept before page scripts can replace them.
        _promiseConstructor = GlobalObject.Get("Promise");
        _promiseResolve = ((ObjectInstance)_promiseConstructor).Get("resolve");
        TimeOriginClock = window.EventLoop.Now;
        TimeOrigin = options.EpochAtClockZero is { } epoch ? epoch + TimeOriginClock : DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    /// <summary>The engine whose global object this is.</summary>
    public Engine Engine { get; }

    /// <summary>The bindings' realm of the engine (interfaces and wrappers).</summary>
    public BindingRealm Bindings { get; }

    /// <summary>The structured clone realm of the engine (also the core window's <see cref="GlobalScope.Realm"/>).</summary>
    public JsRealm Realm { get; }

    /// <summary>The core window the global object stands for.</summary>
    public Window Window { get; }

    /// <summary>The engine's global object: the window's JavaScript global (window, self and globalThis).</summary>
    public ObjectInstance GlobalObject { get; }

    /// <inheritdoc />
    GlobalScope IScriptGlobal.Scope => Window;

    /// <inheritdoc />
    string IScriptGlobal.InterfaceName => "Window";

    /// <inheritdoc />
    double IScriptGlobal.TimeOrigin => TimeOrigin;

    /// <inheritdoc />
    double IScriptGlobal.TimeOriginClock => TimeOriginClock;

    /// <inheritdoc />
    JsValue IScriptGlobal.ResolvedPromise(JsValue value) => ResolvedPromise(value);

    /// <summary>
    /// The origin of the document this global was made for: the core window's origin when the
    /// document was created. The core window moves on to other documents (and origins) when it
    /// navigates; this global, and script of its realm that other realms still hold, keep the
    /// privileges of their own document only.
    /// </summary>
    public Origin Origin { get; }

    /// <summary>
    /// Whether this global's document is still the one its window shows. A global kept by another
    /// realm after its window navigated (e.g. through one of its functions) is not: then it has no
    /// navigable, as the standard's Window of a document that is no longer active.
    /// </summary>
    internal bool IsCurrent => _globalOf(Window) is not { } current || ReferenceEquals(current, GlobalObject);

    /// <summary>The page host's hooks the global was installed with.</summary>
    internal WindowBindingsOptions Options => _options;

    /// <summary>The window's localStorage and sessionStorage, when the page host keeps a storage shed.</summary>
    internal WindowStorage? Storage { get; set; }

    /// <summary>performance.timeOrigin: the time the global was created, in milliseconds since the Unix epoch.</summary>
    internal double TimeOrigin { get; }

    /// <summary>The event loop's clock when the global was created: performance.now() counts from it.</summary>
    internal double TimeOriginClock { get; }

    /// <summary>
    /// The script value this realm sees for <paramref name="window"/> (a WindowProxy): this
    /// realm's global object for its own window, and for any other window its
    /// <see cref="WindowProxyObject"/> in this realm, the same one for the window's whole life.
    /// </summary>
    /// <remarks>
    /// The proxy checks at each access whether the window's current document is same
    /// origin-domain with this realm, and forwards to that document's global object or allows
    /// the cross-origin members only; a reference kept across the window's navigations keeps
    /// following it, as a WindowProxy does.
    /// </remarks>
    public JsValue WindowProxyOf(Window window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (ReferenceEquals(window, Window))
        {
            return GlobalObject;
        }

        return _proxies.GetValue(window, target =>
        {
            var proxy = new WindowProxyObject(this, target);
            BindingRealm.RegisterProxy(proxy, target);
            return proxy;
        });
    }

    /// <summary>
    /// The global object of <paramref name="window"/>'s current document when it is same
    /// origin-domain with this realm and has script, else null.
    /// </summary>
    internal ObjectInstance? SameOriginGlobalOf(Window window)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#isplatformobjectsameorigin-(-o-)
        // "Return true if the current settings object's origin is same origin-domain with O's
        //  relevant settings object's origin, and false otherwise."
        return Origin.IsSameOriginDomain(window.Origin) ? _globalOf(window) : null;
    }

    /// <summary>Removes the engine's microtask checkpoint hook.</summary>
    public void Dispose()
    {
        _checkpointHook?.Dispose();
        _checkpointHook = null;
    }

    internal void SetCheckpointHook(IDisposable hook) => _checkpointHook = hook;

    /// <summary>The cross-origin view of <paramref name="window"/> in this realm, which its <see cref="WindowProxyObject"/> uses while the window is cross-origin (one per window, so its member functions stay the same).</summary>
    internal CrossOriginWindowProxy CrossOriginProxyOf(Window window) =>
        _crossOriginProxies.GetValue(window, target => new CrossOriginWindowProxy(this, target));

    /// <summary>
    /// The window whose script is calling (the incumbent global): the window of the realm that
    /// entered script last, or this one (see <see cref="BindingRealm.Entered"/>).
    /// </summary>
    internal Window IncumbentWindow => BindingRealm.Entered?.Owner as Window ?? Window;

    /// <summary>A promise of this realm already fulfilled with <paramref name="value"/>: its reactions run at the next microtask checkpoint.</summary>
    internal JsValue ResolvedPromise(JsValue value) => Engine.Call(_promiseResolve, _promiseConstructor, [value]);

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#location-object-navigate
    /// Navigates <paramref name="target"/> to <paramref name="url"/>, resolved against this
    /// (the entry) window's URL; a URL that does not parse throws a "SyntaxError" DOMException.
    /// </summary>
    internal void Navigate(Window target, string url, bool replace)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-location-href
        // "1. Let url be the result of encoding-parsing a URL given the given value, relative to
        //  the entry settings object." "2. If url is failure, then throw a "SyntaxError" DOMException."
        Url parsed = Url.Parse(url, IncumbentWindow.Url);

        // "3. Location-object navigate this to url."
        // FIXME: "the source document is allowed by sandboxing to navigate" and the
        // familiar-with check are not made: any window that holds a reference may navigate it.
        // IMPLEMENTATION DEFINED: the navigation starts in a task, after the running script,
        // since the page host replaces the target's engine when its document changes. A
        // navigation to a fragment of the same document runs at once, as the standard's
        // "navigate to a fragment" does: the document and its engine stay.
        Action<Window, Url, bool>? navigate = _options.Navigate;
        if (navigate is not null && parsed.Fragment is not null && parsed.HrefExcludingFragment == target.Url.HrefExcludingFragment)
        {
            navigate(target, parsed, replace);
            return;
        }

        target.EventLoop.QueueTask(
            TaskSource.NavigationAndTraversal,
            target,
            () =>
            {
                if (target.Closed)
                {
                    return;
                }

                if (navigate is not null)
                {
                    navigate(target, parsed, replace);
                }
                else
                {
                    target.Browser.Navigate(target, parsed.Href);
                }
            },
            "Location navigation");
    }

}

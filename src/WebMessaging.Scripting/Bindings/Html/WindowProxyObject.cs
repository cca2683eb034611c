using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The WindowProxy (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-windowproxy-exotic-object)
/// through which one realm sees another window: one object per accessing realm and window, for
/// the window's whole life, so that a reference kept before the window's document changed
/// (<c>iframe.contentWindow</c> read while the frame was still loading, the result of
/// <c>window.open</c>) is the same object as <c>event.source</c> or <c>frames[0]</c> later.
/// Each access is forwarded to the window's current Window (its active document's global
/// object) when that is same origin-domain with the accessing realm, and is otherwise
/// restricted to the cross-origin members (<see cref="CrossOriginWindowProxy"/>).
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: every document has its own engine, and a window's own realm sees its
/// global object itself (window, self, globalThis), not a proxy: the spec's single WindowProxy
/// per browsing context becomes one proxy per other realm. Window references read through the
/// proxy (<c>w.self</c>, <c>w.parent</c>, <c>w.frames[0]</c>) are mapped to the accessing realm's
/// own references, so identities hold as in a browser; a window reference another realm stores
/// in an object and this realm reads from there is that realm's reference, not this realm's.
/// </remarks>
internal sealed class WindowProxyObject : ObjectInstance
{
    private readonly WindowGlobal _accessor;

    public WindowProxyObject(WindowGlobal accessor, Window target)
        : base(accessor.Engine)
    {
        _accessor = accessor;
        Target = target;
    }

    /// <summary>The core window (the WindowProxy's [[Window]], which stays the same across its documents).</summary>
    public Window Target { get; }

    /// <inheritdoc />
    public override bool Extensible => true;

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getownproperty
    // "3. If IsPlatformObjectSameOrigin(W) is true, then return ! OrdinaryGetOwnProperty(W, P)."
    // "4. Let property be CrossOriginGetOwnPropertyHelper(W, P)." ...
    /// <inheritdoc />
    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (CurrentWindow() is not { } window)
        {
            return CrossOrigin.GetOwnProperty(property);
        }

        PropertyDescriptor descriptor = window.GetOwnProperty(property);
        if (descriptor.IsDataDescriptor() && descriptor.Value is ObjectInstance value && ToAccessorView(value) is { } mapped)
        {
            return new PropertyDescriptor(mapped, descriptor.Writable, descriptor.Enumerable, descriptor.Configurable);
        }

        return descriptor;
    }

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-get
    // "3. If IsPlatformObjectSameOrigin(W) is true, then return ? OrdinaryGet(this, P, Receiver)."
    // "4. Return ? CrossOriginGet(this, P, Receiver)."
    /// <inheritdoc />
    public override JsValue Get(JsValue property, JsValue receiver)
    {
        if (CurrentWindow() is not { } window)
        {
            return CrossOrigin.Get(property, receiver);
        }

        // The Window's own realm is the receiver: its accessors brand-check their this value.
        JsValue value = window.Get(property, window);
        return value is ObjectInstance obj && ToAccessorView(obj) is { } mapped ? mapped : value;
    }

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-set
    /// <inheritdoc />
    public override bool Set(JsValue property, JsValue value, JsValue receiver) =>
        CurrentWindow() is { } window ? window.Set(property, value, window) : CrossOrigin.Set(property, value, receiver);

    /// <inheritdoc />
    public override bool HasProperty(JsValue property) =>
        CurrentWindow() is { } window ? window.HasProperty(property) : CrossOrigin.HasProperty(property);

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-defineownproperty
    /// <inheritdoc />
    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) =>
        CurrentWindow() is { } window ? window.DefineOwnProperty(property, desc) : CrossOrigin.DefineOwnProperty(property, desc);

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-delete
    /// <inheritdoc />
    public override bool Delete(JsValue property) =>
        CurrentWindow() is { } window ? window.Delete(property) : CrossOrigin.Delete(property);

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-ownpropertykeys
    /// <inheritdoc />
    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol) =>
        CurrentWindow() is { } window ? window.GetOwnPropertyKeys(types) : CrossOrigin.GetOwnPropertyKeys(types);

    /// <inheritdoc />
    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        foreach (JsValue key in GetOwnPropertyKeys())
        {
            PropertyDescriptor descriptor = GetOwnProperty(key);
            if (descriptor != PropertyDescriptor.Undefined)
            {
                yield return new(key, descriptor);
            }
        }
    }

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-preventextensions
    // "1. Return false."
    /// <inheritdoc />
    public override bool PreventExtensions() => false;

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getprototypeof
    // "3. If IsPlatformObjectSameOrigin(W) is true, then return ! OrdinaryGetPrototypeOf(W)."
    // "4. Return null."
    /// <inheritdoc />
    protected override ObjectInstance? GetPrototypeOf() => CurrentWindow()?.Prototype;

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-setprototypeof
    // FIXME: "1. Return ! SetImmutablePrototype(this, V)." (Jint's SetPrototypeOf cannot be
    // overridden; see CrossOriginObject)

    /// <summary>The cross-origin view of the window in the accessing realm.</summary>
    private CrossOriginWindowProxy CrossOrigin => _accessor.CrossOriginProxyOf(Target);

    // "Let W be the value of the [[Window]] internal slot of this." W is the window's current
    // Window when IsPlatformObjectSameOrigin(W) holds and it has a document with script;
    // otherwise null (the window is seen through its cross-origin members only).
    private ObjectInstance? CurrentWindow() => _accessor.SameOriginGlobalOf(Target);

    // A window reference of the target's realm (its own global object, or its proxy of a
    // window) read through this proxy becomes the accessing realm's reference to that window.
    private JsValue? ToAccessorView(ObjectInstance value) =>
        value is not PlatformObject && BindingRealm.TryUnwrap(value, out Window? window) ? _accessor.WindowProxyOf(window) : null;
}

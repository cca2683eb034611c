using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Window's named properties object (https://html.spec.whatwg.org/multipage/nav-history-apis.html#named-access-on-the-window-object,
/// https://webidl.spec.whatwg.org/#named-properties-object), between Window.prototype and
/// EventTarget.prototype: <c>window.frameName</c> and a bare <c>frameName</c> find a child
/// frame by its name, asked of the core window at each access, so frames added or removed
/// later show at once.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the child frames by index (<c>window[0]</c>), which the spec makes own
/// properties of the WindowProxy, are found here too: Jint's global object is its own ordinary
/// object, so <c>window[0]</c> reads the frame through the prototype chain, and
/// <c>window.hasOwnProperty(0)</c> is false. Own globals (<c>var frameName</c>) shadow frames, as in browsers.
/// </remarks>
internal sealed class WindowPropertiesObject : ObjectInstance
{
    private readonly WindowGlobal _global;

    public WindowPropertiesObject(WindowGlobal global, ObjectInstance prototype)
        : base(global.Engine)
    {
        _global = global;
        Prototype = prototype;

        // https://webidl.spec.whatwg.org/#named-properties-object
        // "The class string of a named properties object is the concatenation of the
        //  interface's identifier and the string "Properties"." (DefineOwnProperty refuses all)
        SetOwnProperty(GlobalSymbolRegistry.ToStringTag, new PropertyDescriptor(new JsString("WindowProperties"), PropertyFlag.Configurable));
    }

    /// <summary>Whether <paramref name="property"/> is an array index property name, and which.</summary>
    public static bool TryGetArrayIndex(JsValue property, out uint index)
    {
        index = 0;
        if (property is JsNumber number)
        {
            double value = Jint.Runtime.TypeConverter.ToNumber(number);
            if (value >= 0 && value < uint.MaxValue && value == Math.Floor(value))
            {
                index = (uint)value;
                return true;
            }

            return false;
        }

        if (property is not JsString text)
        {
            return false;
        }

        // https://webidl.spec.whatwg.org/#dfn-array-index-property-name
        // "P is a String, ToString(ToUint32(P)) is P, and ToUint32(P) is not 2^32 − 1."
        string key = text.ToString();
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong parsed = 0;
        foreach (char c in key)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            parsed = (parsed * 10) + digit;
        }

        if (parsed >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)parsed;
        return true;
    }

    /// <summary>
    /// The child frame that <c>window[name]</c> finds: the first document-tree child navigable of
    /// <paramref name="window"/> whose target name is <paramref name="name"/>, or null.
    /// </summary>
    /// <remarks>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#document-tree-child-navigable-target-name-property-set
    /// "5. For each navigable of firstNamedChildren: ... 2. If navigable's active document's
    /// origin is same origin with window's relevant settings object's origin, then append name to names."
    /// IMPLEMENTATION DEFINED: that origin filter is not applied, as Chromium (the reference these
    /// pages must match) does not apply it: a frame is found by its name whatever its origin,
    /// through a same-origin window and through a cross-origin WindowProxy alike
    /// (<see cref="Window.FrameByName"/> keeps the standard's filter for .NET callers).
    /// </remarks>
    public static Window? FindNamedChild(Window window, string name)
    {
        // "3. For each navigable of children: 1. Let name be navigable's target name. 2. If name
        //  is the empty string, then continue. 3. If firstNamedChildren contains a navigable whose
        //  target name is name, then continue. 4. Append navigable to firstNamedChildren."
        // Only the first navigable named name matters: it is the one firstNamedChildren holds.
        if (name.Length == 0)
        {
            return null;
        }

        int length = window.Length;
        for (int i = 0; i < length; i++)
        {
            if (window[i] is { } child && string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                return child;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        // A global kept after its window navigated away has no child navigables of its own
        // (asked only when the window has children: this runs for every global name lookup).
        Window window = _global.Window;
        if (window.Length == 0 || !_global.IsCurrent)
        {
            return base.GetOwnProperty(property);
        }

        if (TryGetArrayIndex(property, out uint index))
        {
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getownproperty
            // "4. If index is less than children's size, then: ... Set value to children[index]'s
            //  active WindowProxy." "5. If value is undefined, then: 1. If
            //  IsPlatformObjectSameOrigin(W) is true, then return undefined."
            // "6. Return PropertyDescriptor{ [[Value]]: value, [[Writable]]: false,
            //  [[Enumerable]]: true, [[Configurable]]: true }."
            return index < (uint)window.Length && window[(int)index] is { } child
                ? new PropertyDescriptor(_global.WindowProxyOf(child), PropertyFlag.Enumerable | PropertyFlag.Configurable)
                : PropertyDescriptor.Undefined;
        }

        // https://webidl.spec.whatwg.org/#named-properties-object-getownproperty
        // "2. If the result of running the named property visibility algorithm with property name
        //  P and object object is true, then: ... Let value be the result of converting the
        //  named property value to a JavaScript value. Let desc be a newly created Property
        //  Descriptor with no fields. Set desc.[[Value]] to value. If A implements an interface
        //  with the [LegacyUnenumerableNamedProperties] extended attribute, then set
        //  desc.[[Enumerable]] to false, otherwise set it to true. Set desc.[[Writable]] to true
        //  and desc.[[Configurable]] to true. Return desc."
        // The names are the document-tree child navigable target name property set (no
        // elements with ids exist here); Window has [LegacyUnenumerableNamedProperties].
        if (property is JsString name && FindNamedChild(window, name.ToString()) is { } frame)
        {
            return new PropertyDescriptor(_global.WindowProxyOf(frame), PropertyFlag.Writable | PropertyFlag.Configurable);
        }

        // "3. Return OrdinaryGetOwnProperty(object, P)."
        return base.GetOwnProperty(property);
    }

    /// <inheritdoc />
    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) =>

        // https://webidl.spec.whatwg.org/#named-properties-object-defineownproperty
        // "Return false."
        false;

    /// <inheritdoc />
    public override bool Delete(JsValue property) =>

        // https://webidl.spec.whatwg.org/#named-properties-object-delete
        // "Return false."
        false;

    /// <inheritdoc />
    public override bool PreventExtensions() =>

        // https://webidl.spec.whatwg.org/#named-properties-object-preventextensions
        // "Return false."
        false;
}

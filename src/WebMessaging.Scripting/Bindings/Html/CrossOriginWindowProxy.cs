using Jint;
using System.Diagnostics.CodeAnalysis;
using Jint.Native;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A WindowProxy of a window that is not same origin-domain with the accessing realm
/// (https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getownproperty):
/// it exposes the child frames by index and by name and the cross-origin members of Window
/// only. It is made in the accessing realm, once per window, and is what the window's
/// <see cref="WindowProxyObject"/> in that realm delegates to while the window is cross-origin;
/// the members it allows act on the core window at the time they are used.
/// </summary>
internal sealed class CrossOriginWindowProxy : CrossOriginObject
{
    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginproperties-(-o-)
    // "If O is a Location object, then return ..." "Return « { [[Property]]: "window",
    //  [[NeedsGet]]: true, [[NeedsSet]]: false }, { "self" }, { "location", get, set },
    //  { "close" }, { "closed", get }, { "focus" }, { "blur" }, { "frames", get },
    //  { "length", get }, { "top", get }, { "opener", get }, { "parent", get }, { "postMessage" } »."
    private static readonly string[] Members =
        ["window", "self", "location", "close", "closed", "focus", "blur", "frames", "length", "top", "opener", "parent", "postMessage"];

    private CrossOriginLocationProxy? _location;

    public CrossOriginWindowProxy(WindowGlobal accessor, Window target)
        : base(accessor)
    {
        Target = target;
    }

    /// <summary>The core window (the WindowProxy's [[Window]]).</summary>
    public Window Target { get; }

    protected override string InterfaceName => "Window";

    protected override IReadOnlyList<string> MemberNames => Members;

    /// <summary>The cross-origin Location of the window in the accessing realm (one per proxy).</summary>
    public CrossOriginLocationProxy Location => _location ??= new CrossOriginLocationProxy(Accessor, Target);

    protected override bool TryGetOwnPropertyBeforeMembers(JsValue property, [NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getownproperty
        // "2. If P is an array index property name, then:"
        if (!WindowPropertiesObject.TryGetArrayIndex(property, out uint index))
        {
            descriptor = null;
            return false;
        }

        // "1. Let index be ! ToUint32(P)." "2. Let children be the document-tree child navigables
        //  of W's associated Document." "3. Let value be undefined." "4. If index is less than
        //  children's size, then: ... Set value to children[index]'s active WindowProxy."
        // "5. If value is undefined, then: ... 2. Throw a "SecurityError" DOMException."
        Window child = index < (uint)Target.Length && Target[(int)index] is { } frame ? frame : throw Blocked(property, "read");

        // "6. Return PropertyDescriptor{ [[Value]]: value, [[Writable]]: false, [[Enumerable]]:
        //  true, [[Configurable]]: true }."
        descriptor = new PropertyDescriptor(Accessor.WindowProxyOf(child), PropertyFlag.Enumerable | PropertyFlag.Configurable);
        return true;
    }

    protected override bool TryGetOwnPropertyAfterMembers(JsValue property, [NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        // "6. If property is undefined and P is in W's document-tree child navigable target name
        //  property set, then: 1. Let value be the active WindowProxy of the named object of W
        //  with the name P. 2. Return PropertyDescriptor{ [[Value]]: value, [[Enumerable]]:
        //  false, [[Writable]]: false, [[Configurable]]: true }."
        // (without the standard's origin filter of that set, as in Chromium: see WindowPropertiesObject.FindNamedChild)
        if (property is JsString name && WindowPropertiesObject.FindNamedChild(Target, name.ToString()) is { } frame)
        {
            descriptor = new PropertyDescriptor(Accessor.WindowProxyOf(frame), PropertyFlag.Configurable);
            return true;
        }

        descriptor = null;
        return false;
    }

    protected override void AddKeysBeforeMembers(List<JsValue> keys)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-ownpropertykeys
        // "3. Let maxProperties be W's associated Document's document-tree child navigables's size."
        // "4. Let keys be the range 0 to maxProperties, exclusive."
        // "6. Return the concatenation of keys and ! CrossOriginOwnPropertyKeys(W)."
        int maxProperties = Target.Length;
        for (int i = 0; i < maxProperties; i++)
        {
            keys.Add(JsString.Create(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    protected override PropertyDescriptor? CreateMemberDescriptor(string name)
    {
        BindingRealm realm = Accessor.Bindings;
        return name switch
        {
            "window" or "self" or "frames" => Attribute(Getter(name, () => Accessor.WindowProxyOf(Target)), null),
            "location" => Attribute(
                Getter(name, () => Location),
                InterfaceMembers.Function(realm, "set location", 1, (_, arguments) =>
                {
                    // [PutForwards=href]: setting location sets location.href, which navigates.
                    string url = WebIdlConversions.ToUsvString(realm.Engine, WebIdlConversions.Argument(arguments, 0), "Failed to set the 'href' property on 'Location'");
                    Accessor.Navigate(Target, url, replace: false);
                    return JsValue.Undefined;
                })),
            "close" => Method(InterfaceMembers.Function(realm, "close", 0, (_, _) =>
            {
                WindowMembers.CloseSteps(Target);
                return JsValue.Undefined;
            })),
            "closed" => Attribute(Getter(name, () => Target.Closed ? JsBoolean.True : JsBoolean.False), null),
            "focus" or "blur" => Method(InterfaceMembers.Function(realm, name, 0, (_, _) => JsValue.Undefined)),
            "length" => Attribute(Getter(name, () => JsNumber.Create(Target.Length)), null),
            "top" => Attribute(Getter(name, () => Target.Top is { } top ? Accessor.WindowProxyOf(top) : JsValue.Null), null),
            "opener" => Attribute(Getter(name, () => Target.Opener is { } opener ? Accessor.WindowProxyOf(opener) : JsValue.Null), null),
            "parent" => Attribute(Getter(name, () => Target.Parent is { } parent ? Accessor.WindowProxyOf(parent) : JsValue.Null), null),
            "postMessage" => Method(InterfaceMembers.Function(realm, "postMessage", 1, (_, arguments) =>
            {
                WindowMembers.PostMessage(Accessor, Target, arguments);
                return JsValue.Undefined;
            })),
            _ => null,
        };
    }

    private JsValue Getter(string name, Func<JsValue> getter) =>
        InterfaceMembers.Getter(Accessor.Bindings, name, _ => getter());
}

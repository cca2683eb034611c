using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Window interface object (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-window-object):
/// no constructor; Window.prototype inherits from the named properties object, which inherits
/// from EventTarget.prototype. Window is [Global], so its members live on the global object itself (<see cref="WindowMembers"/>).
/// </summary>
internal sealed class WindowConstructor : InterfaceConstructor
{
    private WindowConstructor(BindingRealm realm, ObjectInstance namedPropertiesObject)
        : base(realm, "Window", 0, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine), namedPropertiesObject)
    {
    }

    /// <summary>
    /// Installs Window (after EventTarget) in the global's realm, exposes it, and makes the
    /// engine's global object a Window: its [[Prototype]] is Window.prototype.
    /// </summary>
    public static WindowConstructor Install(WindowGlobal global)
    {
        BindingRealm realm = global.Bindings;
        InterfaceConstructor eventTarget = realm.RequireInterface("EventTarget");

        // https://webidl.spec.whatwg.org/#named-properties-object
        // "The [[Prototype]] internal slot of the named properties object is the interface
        //  prototype object of the inherited interface" (EventTarget).
        var namedProperties = new WindowPropertiesObject(global, eventTarget.PrototypeObject);
        var constructor = new WindowConstructor(realm, namedProperties);
        constructor.ExposeOn(global.GlobalObject);

        // https://webidl.spec.whatwg.org/#es-platform-objects
        // The global object's [[Prototype]] is the interface prototype object of its interface.
        global.GlobalObject.Prototype = constructor.PrototypeObject;
        return constructor;
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();
}

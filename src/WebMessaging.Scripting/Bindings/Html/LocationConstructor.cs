using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Location interface object (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-location-interface): no constructor; every member is an own property of the instance.</summary>
internal sealed class LocationConstructor : InterfaceConstructor
{
    private LocationConstructor(BindingRealm realm)
        : base(realm, "Location", 0, parent: null, new JsObject(realm.Engine))
    {
    }

    /// <summary>Installs Location in the global's realm, exposes it, and returns the window's one Location object.</summary>
    public static LocationObject Install(WindowGlobal global)
    {
        var constructor = new LocationConstructor(global.Bindings);
        constructor.ExposeOn(global.GlobalObject);
        return new LocationObject(global, new WindowLocation(global.Window), constructor.PrototypeObject);
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();
}

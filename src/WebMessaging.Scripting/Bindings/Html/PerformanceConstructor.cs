using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Performance interface object (https://w3c.github.io/hr-time/#sec-performance): no constructor; now(), timeOrigin and toJSON().</summary>
internal sealed class PerformanceConstructor : InterfaceConstructor
{
    private PerformanceConstructor(BindingRealm realm)
        : base(realm, "Performance", 0, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        // DOMHighResTimeStamp now();
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "now", 0, (thisValue, _) => JsNumber.Create(This(realm, thisValue).Now));

        // readonly attribute DOMHighResTimeStamp timeOrigin;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "timeOrigin", thisValue => JsNumber.Create(This(realm, thisValue).TimeOrigin));

        // [Default] object toJSON(); (the default toJSON steps: the attributes of the interface)
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "toJSON", 0, (thisValue, _) =>
        {
            var result = new JsObject(realm.Engine);
            result.Set("timeOrigin", JsNumber.Create(This(realm, thisValue).TimeOrigin));
            return result;
        });
    }

    /// <summary>Installs Performance (after EventTarget) in the global's realm, exposes it, and defines the global's [Replaceable] performance attribute.</summary>
    public static PerformanceConstructor Install(IScriptGlobal global)
    {
        BindingRealm realm = global.Bindings;
        var constructor = new PerformanceConstructor(realm);
        constructor.ExposeOn(global.GlobalObject);
        var performance = new PlatformObject(realm, new WindowPerformance(global), constructor.PrototypeObject);

        // partial interface mixin WindowOrWorkerGlobalScope { [Replaceable] readonly attribute Performance performance; };
        InterfaceMembers.DefineAttribute(
            realm,
            global.GlobalObject,
            "performance",
            _ => performance,
            (_, value) => global.GlobalObject.DefineOwnProperty("performance", new Jint.Runtime.Descriptors.PropertyDescriptor(value, Jint.Runtime.Descriptors.PropertyFlag.ConfigurableEnumerableWritable)));
        return constructor;
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private static WindowPerformance This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<WindowPerformance>(realm.Engine, thisValue);
}

using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The AbortSignal interface object (https://dom.spec.whatwg.org/#interface-AbortSignal): no constructor, three static operations.</summary>
public sealed class AbortSignalConstructor : InterfaceConstructor
{
    private AbortSignalConstructor(BindingRealm realm)
        : base(realm, "AbortSignal", 0, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        AbortSignalPrototype.DefineMembers(realm, PrototypeObject);
        AbortSignalPrototype.DefineStaticMembers(realm, this);
    }

    /// <summary>Installs AbortSignal (after EventTarget) in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static AbortSignalConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(realm);
        var constructor = new AbortSignalConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(AbortSignal), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // The interface has no constructor operation: "If I was not declared with a constructor
    // operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();
}

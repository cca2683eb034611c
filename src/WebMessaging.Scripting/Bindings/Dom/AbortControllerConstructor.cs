using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The AbortController interface object (https://dom.spec.whatwg.org/#interface-abortcontroller).</summary>
public sealed class AbortControllerConstructor : InterfaceConstructor
{
    private AbortControllerConstructor(BindingRealm realm)
        : base(realm, "AbortController", 0, parent: null, new JsObject(realm.Engine))
    {
        AbortControllerPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs AbortController in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static AbortControllerConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(realm);
        var constructor = new AbortControllerConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(AbortController), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://dom.spec.whatwg.org/#dom-abortcontroller-abortcontroller
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) =>
        new(Realm, new AbortController(Realm.Environment), prototype);
}

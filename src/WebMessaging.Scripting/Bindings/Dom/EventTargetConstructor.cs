using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The EventTarget interface object (https://dom.spec.whatwg.org/#interface-eventtarget).</summary>
public sealed class EventTargetConstructor : InterfaceConstructor
{
    private EventTargetConstructor(BindingRealm realm)
        : base(realm, "EventTarget", 0, parent: null, new JsObject(realm.Engine))
    {
        EventTargetPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs EventTarget in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes plain core targets wrap as EventTargets.</summary>
    public static EventTargetConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(realm);
        var constructor = new EventTargetConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(EventTarget), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://dom.spec.whatwg.org/#dom-eventtarget-eventtarget
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // "The new EventTarget() constructor steps are to do nothing."
        // Its relevant global is the realm's: listeners run and report there.
        return new PlatformObject(Realm, new EventTarget(Realm.Environment), prototype);
    }
}

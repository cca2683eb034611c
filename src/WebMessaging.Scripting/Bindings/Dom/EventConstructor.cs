using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The Event interface object (https://dom.spec.whatwg.org/#interface-event).</summary>
public sealed class EventConstructor : InterfaceConstructor
{
    private readonly ClrFunction _isTrustedGetter;

    private EventConstructor(BindingRealm realm)
        : base(realm, "Event", 1, parent: null, new JsObject(realm.Engine))
    {
        EventPrototype.DefineMembers(realm, PrototypeObject);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "NONE", Event.None);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "CAPTURING_PHASE", Event.CapturingPhase);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "AT_TARGET", Event.AtTarget);
        InterfaceMembers.DefineConstant(this, PrototypeObject, "BUBBLING_PHASE", Event.BubblingPhase);

        // https://dom.spec.whatwg.org/#dom-event-istrusted
        // "The isTrusted attribute's getter steps are to return this's isTrusted attribute value."
        _isTrustedGetter = InterfaceMembers.Getter(realm, "isTrusted", thisValue => WebIdlConversions.This<Event>(realm.Engine, thisValue).IsTrusted ? JsBoolean.True : JsBoolean.False);
    }

    /// <summary>Installs Event in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core events wrap as Events.</summary>
    public static EventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(realm);
        var constructor = new EventConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(Event), impl => constructor.CreateWrapper((Event)impl, constructor.PrototypeObject));
        return constructor;
    }

    /// <summary>
    /// Creates the wrapper of an event (of this interface or one inheriting from it, such as
    /// MessageEvent) with its [LegacyUnforgeable] isTrusted own property.
    /// </summary>
    public PlatformObject CreateWrapper(Event impl, ObjectInstance prototype)
    {
        var wrapper = new PlatformObject(Realm, impl, prototype);

        // https://webidl.spec.whatwg.org/#LegacyUnforgeable
        // isTrusted is [LegacyUnforgeable]: an accessor on each instance, not configurable
        // ({ [[Enumerable]]: true, [[Configurable]]: false }), sharing one getter per realm.
        wrapper.DefineOwnProperty("isTrusted", new GetSetPropertyDescriptor(_isTrustedGetter, JsValue.Undefined, enumerable: true, configurable: false));
        return wrapper;
    }

    // https://dom.spec.whatwg.org/#dom-event-event
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(DOMString type, optional EventInit eventInitDict = {})
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");
        EventInit eventInit = DomDictionaries.ToEventInit(Engine, WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");

        // "Initialize event's timeStamp attribute to the relative high resolution coarse time
        //  given time and event's relevant global object."
        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new Event(type, eventInit) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return CreateWrapper(impl, prototype);
    }
}

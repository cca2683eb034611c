using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The CustomEvent interface object (https://dom.spec.whatwg.org/#interface-customevent).</summary>
internal sealed class CustomEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private CustomEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "CustomEvent", 1, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        CustomEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs CustomEvent (after Event) in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static CustomEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new CustomEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(CustomEvent), impl => eventConstructor.CreateWrapper((CustomEvent)impl, constructor.PrototypeObject));
        return constructor;
    }

    // constructor(DOMString type, optional CustomEventInit eventInitDict = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");

        // dictionary CustomEventInit : EventInit { any detail = null; };
        // The inherited EventInit members first, then detail.
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        JsValue detail = WebIdlConversions.GetDictionaryMember(dictionary, "detail");

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new CustomEvent(type, eventInit, detail.IsUndefined() ? JsValue.Null : detail) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }
}

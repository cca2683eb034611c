using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The ProgressEvent interface object (https://xhr.spec.whatwg.org/#interface-progressevent).</summary>
internal sealed class ProgressEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private ProgressEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "ProgressEvent", 1, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;

        // readonly attribute boolean lengthComputable; readonly attribute unsigned long long loaded;
        // readonly attribute unsigned long long total;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "lengthComputable", thisValue => This(thisValue).LengthComputable ? JsBoolean.True : JsBoolean.False);
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "loaded", thisValue => JsNumber.Create(This(thisValue).Loaded));
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "total", thisValue => JsNumber.Create(This(thisValue).Total));
    }

    /// <summary>Installs ProgressEvent (after Event), exposes it and makes core progress events wrap as ProgressEvents.</summary>
    public static ProgressEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new ProgressEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(ProgressEvent), impl => eventConstructor.CreateWrapper((ProgressEvent)impl, constructor.PrototypeObject));
        return constructor;
    }

    // constructor(DOMString type, optional ProgressEventInit eventInitDict = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");

        // dictionary ProgressEventInit : EventInit { boolean lengthComputable = false;
        //  unsigned long long loaded = 0; unsigned long long total = 0; };
        string context = ConstructContext + ": parameter 2";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), context);
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        bool lengthComputable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "lengthComputable"));
        JsValue loadedValue = WebIdlConversions.GetDictionaryMember(dictionary, "loaded");
        double loaded = loadedValue.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLongLong(Engine, loadedValue, context);
        JsValue totalValue = WebIdlConversions.GetDictionaryMember(dictionary, "total");
        double total = totalValue.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLongLong(Engine, totalValue, context);

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new ProgressEvent(type, eventInit, lengthComputable, loaded, total) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }

    private ProgressEvent This(JsValue thisValue) => WebIdlConversions.This<ProgressEvent>(Engine, thisValue);
}

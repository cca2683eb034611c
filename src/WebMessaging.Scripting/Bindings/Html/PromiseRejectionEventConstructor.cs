using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The PromiseRejectionEvent interface object (https://html.spec.whatwg.org/multipage/webappapis.html#promiserejectionevent).</summary>
internal sealed class PromiseRejectionEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private PromiseRejectionEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "PromiseRejectionEvent", 2, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        PromiseRejectionEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs PromiseRejectionEvent (after Event) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core promise rejection events wrap as PromiseRejectionEvents.</summary>
    public static PromiseRejectionEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new PromiseRejectionEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(PromiseRejectionEvent), impl => eventConstructor.CreateWrapper((PromiseRejectionEvent)impl, constructor.PrototypeObject));
        return constructor;
    }

    // constructor(DOMString type, PromiseRejectionEventInit eventInitDict);
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 2, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");

        // dictionary PromiseRejectionEventInit : EventInit { required object promise; any reason; };
        // The inherited EventInit first, then the members in lexicographic order.
        string context = ConstructContext + ": parameter 2";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, arguments[1], context);
        bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "bubbles"));
        bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "cancelable"));
        bool composed = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "composed"));
        JsValue promise = WebIdlConversions.GetDictionaryMember(dictionary, "promise");

        // https://webidl.spec.whatwg.org/#js-dictionary
        // "Otherwise, if value is undefined and member is a required dictionary member, then throw a TypeError."
        if (promise.IsUndefined())
        {
            throw ScriptErrors.TypeError(Engine, ConstructContext + ": Failed to read the 'promise' property from 'PromiseRejectionEventInit': Required member is undefined.");
        }

        ObjectInstance promiseObject = WebIdlConversions.ToObject(Engine, promise, "Failed to read the 'promise' property from 'PromiseRejectionEventInit'");
        JsValue reason = WebIdlConversions.GetDictionaryMember(dictionary, "reason");

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new PromiseRejectionEvent(type, new PromiseRejectionEventInit
        {
            Bubbles = bubbles,
            Cancelable = cancelable,
            Composed = composed,
            Promise = promiseObject,
            Reason = reason.IsUndefined() ? null : reason,
        })
        { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }
}

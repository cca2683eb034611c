using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The MessageEvent interface object (https://html.spec.whatwg.org/multipage/comms.html#messageevent).</summary>
internal sealed class MessageEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private MessageEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "MessageEvent", 1, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        MessageEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs MessageEvent (after Event) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core message events wrap as MessageEvents.</summary>
    public static MessageEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new MessageEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(MessageEvent), impl => eventConstructor.CreateWrapper((Event)impl, constructor.PrototypeObject));
        return constructor;
    }

    /// <summary>
    /// MessageEventSource? (WindowProxy or MessagePort or ServiceWorker): a window's global object,
    /// a WindowProxy or a MessagePort gives its core object; null and undefined give null.
    /// </summary>
    public static EventTarget? ToMessageEventSource(Engine engine, JsValue value, string context)
    {
        if (WebIdlConversions.IsNullish(value))
        {
            return null;
        }

        if (BindingRealm.TryUnwrap(value, out Browsing.Window? window))
        {
            return window;
        }

        if (BindingRealm.TryUnwrap(value, out MessagePort? port))
        {
            return port;
        }

        throw ScriptErrors.TypeError(engine, $"{context} is not of type '(MessagePort or ServiceWorker or WindowProxy)'.");
    }

    /// <summary>sequence&lt;MessagePort&gt;: every element must be a MessagePort.</summary>
    public static IReadOnlyList<MessagePort> ToMessagePorts(Engine engine, JsValue value, string context) =>
        WebIdlConversions.ToSequence(engine, value, context, (item, index) => WebIdlConversions.ToInterface<MessagePort>(engine, item, "MessagePort", $"{context}: element {index}"));

    // https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-messageevent
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(DOMString type, optional MessageEventInit eventInitDict = {});
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");
        MessageEventInit eventInit = ToMessageEventInit(WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new MessageEvent(type, eventInit) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }

    // dictionary MessageEventInit : EventInit { any data = null; USVString origin = "";
    //  DOMString lastEventId = ""; MessageEventSource? source = null; sequence<MessagePort> ports = []; }
    private MessageEventInit ToMessageEventInit(JsValue value, string context)
    {
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, value, context);

        // The inherited EventInit first, then the members in lexicographic order.
        bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "bubbles"));
        bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "cancelable"));
        bool composed = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "composed"));
        JsValue data = WebIdlConversions.GetDictionaryMember(dictionary, "data");
        JsValue lastEventId = WebIdlConversions.GetDictionaryMember(dictionary, "lastEventId");
        JsValue origin = WebIdlConversions.GetDictionaryMember(dictionary, "origin");
        JsValue ports = WebIdlConversions.GetDictionaryMember(dictionary, "ports");
        JsValue source = WebIdlConversions.GetDictionaryMember(dictionary, "source");
        const string member = "Failed to read the '{0}' property from 'MessageEventInit'";
        return new MessageEventInit
        {
            Bubbles = bubbles,
            Cancelable = cancelable,
            Composed = composed,
            Data = data.IsUndefined() ? JsValue.Null : data,
            LastEventId = lastEventId.IsUndefined() ? "" : WebIdlConversions.ToDomString(Engine, lastEventId, string.Format(System.Globalization.CultureInfo.InvariantCulture, member, "lastEventId")),
            Origin = origin.IsUndefined() ? "" : WebIdlConversions.ToUsvString(Engine, origin, string.Format(System.Globalization.CultureInfo.InvariantCulture, member, "origin")),
            Ports = ports.IsUndefined() ? [] : ToMessagePorts(Engine, ports, string.Format(System.Globalization.CultureInfo.InvariantCulture, member, "ports")),
            Source = ToMessageEventSource(Engine, source, string.Format(System.Globalization.CultureInfo.InvariantCulture, member, "source")),
        };
    }
}

using Jint;
using System.Runtime.CompilerServices;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of MessageEvent.prototype (https://html.spec.whatwg.org/multipage/comms.html#messageevent); the core <see cref="MessageEvent"/> carries their values.</summary>
internal static class MessageEventPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // The frozen array of each event, made on first read and the same object afterwards
        // (until initMessageEvent gives the event other ports).
        var portArrays = new ConditionalWeakTable<MessageEvent, PortArray>();

        // readonly attribute any data;
        InterfaceMembers.DefineAttribute(realm, prototype, "data", thisValue => This(realm, thisValue).Data is { } data ? realm.ToJsValue(data) : JsValue.Null);

        // readonly attribute USVString origin;
        InterfaceMembers.DefineAttribute(realm, prototype, "origin", thisValue => new JsString(This(realm, thisValue).Origin));

        // readonly attribute DOMString lastEventId;
        InterfaceMembers.DefineAttribute(realm, prototype, "lastEventId", thisValue => new JsString(This(realm, thisValue).LastEventId));

        // readonly attribute MessageEventSource? source;
        InterfaceMembers.DefineAttribute(realm, prototype, "source", thisValue => realm.Wrap(This(realm, thisValue).Source));

        // readonly attribute FrozenArray<MessagePort> ports;
        InterfaceMembers.DefineAttribute(realm, prototype, "ports", thisValue =>
        {
            MessageEvent evt = This(realm, thisValue);
            IReadOnlyList<MessagePort> ports = evt.Ports;
            if (portArrays.TryGetValue(evt, out PortArray? cached) && ReferenceEquals(cached.Ports, ports))
            {
                return cached.Array;
            }

            var values = new JsValue[ports.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = realm.Wrap(ports[i]);
            }

            var array = new PortArray(ports, WebIdlConversions.CreateFrozenArray(realm.Engine, values));
            portArrays.AddOrUpdate(evt, array);
            return array.Array;
        });

        // undefined initMessageEvent(DOMString type, optional boolean bubbles = false, optional boolean cancelable = false,
        //   optional any data = null, optional USVString origin = "", optional DOMString lastEventId = "",
        //   optional MessageEventSource? source = null, optional sequence<MessagePort> ports = []);
        InterfaceMembers.DefineOperation(realm, prototype, "initMessageEvent", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'initMessageEvent' on 'MessageEvent'";
            MessageEvent evt = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string type = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 1));
            bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 2));
            JsValue data = WebIdlConversions.Argument(arguments, 3);
            JsValue origin = WebIdlConversions.Argument(arguments, 4);
            JsValue lastEventId = WebIdlConversions.Argument(arguments, 5);
            JsValue source = WebIdlConversions.Argument(arguments, 6);
            JsValue ports = WebIdlConversions.Argument(arguments, 7);
            evt.InitMessageEvent(
                type,
                bubbles,
                cancelable,
                data.IsUndefined() ? JsValue.Null : data,
                origin.IsUndefined() ? "" : WebIdlConversions.ToUsvString(realm.Engine, origin, context + ": parameter 5"),
                lastEventId.IsUndefined() ? "" : WebIdlConversions.ToDomString(realm.Engine, lastEventId, context + ": parameter 6"),
                MessageEventConstructor.ToMessageEventSource(realm.Engine, source, context + ": parameter 7"),
                ports.IsUndefined() ? [] : MessageEventConstructor.ToMessagePorts(realm.Engine, ports, context + ": parameter 8"));
            return JsValue.Undefined;
        });
    }

    private static MessageEvent This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<MessageEvent>(realm.Engine, thisValue);

    private sealed record PortArray(IReadOnlyList<MessagePort> Ports, ObjectInstance Array);
}

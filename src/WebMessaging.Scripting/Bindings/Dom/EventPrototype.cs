using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of Event.prototype (https://dom.spec.whatwg.org/#interface-event); the core <see cref="Event"/> carries their steps.</summary>
internal static class EventPrototype
{
    private const string Interface = "Event";

    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        InterfaceMembers.DefineAttribute(realm, prototype, "type", thisValue => new JsString(This(realm, thisValue).Type));
        InterfaceMembers.DefineAttribute(realm, prototype, "target", thisValue => realm.Wrap(This(realm, thisValue).Target));
        InterfaceMembers.DefineAttribute(realm, prototype, "srcElement", thisValue => realm.Wrap(This(realm, thisValue).SrcElement));
        InterfaceMembers.DefineAttribute(realm, prototype, "currentTarget", thisValue => realm.Wrap(This(realm, thisValue).CurrentTarget));
        InterfaceMembers.DefineOperation(realm, prototype, "composedPath", 0, (thisValue, _) =>
        {
            // sequence<EventTarget> composedPath(): a new Array each call.
            IReadOnlyList<EventTarget> path = This(realm, thisValue).ComposedPath();
            var values = new JsValue[path.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = realm.Wrap(path[i]);
            }

            return new JsArray(realm.Engine, values);
        });
        InterfaceMembers.DefineAttribute(realm, prototype, "eventPhase", thisValue => JsNumber.Create(This(realm, thisValue).EventPhase));
        InterfaceMembers.DefineOperation(realm, prototype, "stopPropagation", 0, (thisValue, _) =>
        {
            This(realm, thisValue).StopPropagation();
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            "cancelBubble",
            thisValue => Boolean(This(realm, thisValue).CancelBubble),
            (thisValue, value) => This(realm, thisValue).CancelBubble = WebIdlConversions.ToBoolean(value));
        InterfaceMembers.DefineOperation(realm, prototype, "stopImmediatePropagation", 0, (thisValue, _) =>
        {
            This(realm, thisValue).StopImmediatePropagation();
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineAttribute(realm, prototype, "bubbles", thisValue => Boolean(This(realm, thisValue).Bubbles));
        InterfaceMembers.DefineAttribute(realm, prototype, "cancelable", thisValue => Boolean(This(realm, thisValue).Cancelable));
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            "returnValue",
            thisValue => Boolean(This(realm, thisValue).ReturnValue),
            (thisValue, value) => This(realm, thisValue).ReturnValue = WebIdlConversions.ToBoolean(value));
        InterfaceMembers.DefineOperation(realm, prototype, "preventDefault", 0, (thisValue, _) =>
        {
            This(realm, thisValue).PreventDefault();
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineAttribute(realm, prototype, "defaultPrevented", thisValue => Boolean(This(realm, thisValue).DefaultPrevented));
        InterfaceMembers.DefineAttribute(realm, prototype, "composed", thisValue => Boolean(This(realm, thisValue).Composed));

        // isTrusted is [LegacyUnforgeable]: an own property of each instance (EventConstructor.CreateWrapper).
        InterfaceMembers.DefineAttribute(realm, prototype, "timeStamp", thisValue => JsNumber.Create(This(realm, thisValue).TimeStamp));
        InterfaceMembers.DefineOperation(realm, prototype, "initEvent", 1, (thisValue, arguments) =>
        {
            // undefined initEvent(DOMString type, optional boolean bubbles = false, optional boolean cancelable = false)
            Event evt = This(realm, thisValue);
            const string context = "Failed to execute 'initEvent' on 'Event'";
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string type = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 1));
            bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 2));
            evt.InitEvent(type, bubbles, cancelable);
            return JsValue.Undefined;
        });
    }

    private static Event This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<Event>(realm.Engine, thisValue);

    private static JsValue Boolean(bool value) => value ? JsBoolean.True : JsBoolean.False;
}

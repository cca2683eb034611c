using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of EventTarget.prototype (https://dom.spec.whatwg.org/#interface-eventtarget); the core <see cref="EventTarget"/> carries their steps.</summary>
internal static class EventTargetPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // undefined addEventListener(DOMString type, EventListener? callback, optional (AddEventListenerOptions or boolean) options = {});
        InterfaceMembers.DefineOperation(realm, prototype, "addEventListener", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'addEventListener' on 'EventTarget'";
            EventTarget target = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            string type = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            IEventListener? callback = ToEventListener(realm, arguments[1], context + ": parameter 2");
            AddEventListenerOptions options = DomDictionaries.ToAddEventListenerOptions(realm.Engine, WebIdlConversions.Argument(arguments, 2), context + ": parameter 3");
            target.AddEventListener(type, callback, options);
            return JsValue.Undefined;
        });

        // undefined removeEventListener(DOMString type, EventListener? callback, optional (EventListenerOptions or boolean) options = {});
        InterfaceMembers.DefineOperation(realm, prototype, "removeEventListener", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'removeEventListener' on 'EventTarget'";
            EventTarget target = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            string type = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            IEventListener? callback = ToEventListener(realm, arguments[1], context + ": parameter 2");
            EventListenerOptions options = DomDictionaries.ToEventListenerOptions(realm.Engine, WebIdlConversions.Argument(arguments, 2), context + ": parameter 3");
            target.RemoveEventListener(type, callback, options);
            return JsValue.Undefined;
        });

        // boolean dispatchEvent(Event event);
        InterfaceMembers.DefineOperation(realm, prototype, "dispatchEvent", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'dispatchEvent' on 'EventTarget'";
            EventTarget target = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            Event evt = WebIdlConversions.ToInterface<Event>(realm.Engine, arguments[0], "Event", context + ": parameter 1");
            return target.DispatchEvent(evt) ? JsBoolean.True : JsBoolean.False;
        });
    }

    // EventListener? : null or undefined is null, any other object a callback interface value.
    private static ScriptEventListener? ToEventListener(BindingRealm realm, JsValue value, string context) =>
        WebIdlConversions.IsNullish(value) ? null : new ScriptEventListener(realm, WebIdlConversions.ToCallbackInterface(realm.Engine, value, context));
}

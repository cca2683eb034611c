using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// Defines event handler IDL attributes such as onabort and onmessage
/// (https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-idl-attributes) on an
/// interface prototype object: the core target keeps the handler and its listener's position.
/// </summary>
internal static class EventHandlerAttribute
{
    /// <summary>Defines the attribute <paramref name="attributeName"/> (e.g. "onabort") for events of <paramref name="eventType"/> (e.g. "abort").</summary>
    public static void Define(BindingRealm realm, ObjectInstance prototype, string attributeName, string eventType)
    {
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            attributeName,
            thisValue =>
            {
                EventTarget target = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);

                // "The getter steps are: ... Return the result of getting the current value of
                //  the event handler given eventTarget and name." A handler set by host code (not
                //  a script function) reads as null.
                return target.GetEventHandler(eventType) is ScriptEventHandler handler ? handler.Callback : JsValue.Null;
            },
            (thisValue, value) =>
            {
                EventTarget target = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);

                // The value converts to EventHandler (a nullable EventHandlerNonNull with
                // [LegacyTreatNonObjectAsNull]): every non-object is null.
                ObjectInstance? callback = WebIdlConversions.ToLegacyNullableCallbackFunction(value);

                // "The setter steps are: ... If the given value is null, then deactivate an event
                //  handler ... Otherwise: ... Set eventHandler's value to the given value.
                //  Activate an event handler given eventTarget and name." (the core's SetEventHandler)
                target.SetEventHandler(eventType, callback is null ? null : new ScriptEventHandler(realm, callback));
            });
    }
}

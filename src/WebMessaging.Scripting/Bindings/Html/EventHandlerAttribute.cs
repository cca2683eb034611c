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
    public static void Define(BindingRealm realm, ObjectInstance prototype, string attributeName, string eventType) =>
        Define(realm, prototype, attributeName, eventType, thisValue => WebIdlConversions.This<EventTarget>(realm.Engine, thisValue));

    /// <summary>
    /// Defines the attribute <paramref name="attributeName"/> for events of <paramref name="eventType"/>
    /// whose handler lives on the target <paramref name="targetOf"/> returns for the this value
    /// (e.g. body's onmessage, which is the Window's); <paramref name="targetOf"/> throws for a wrong this value.
    /// </summary>
    public static void Define(BindingRealm realm, ObjectInstance prototype, string attributeName, string eventType, Func<JsValue, EventTarget> targetOf)
    {
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            attributeName,
            thisValue =>
            {
                EventTarget target = targetOf(thisValue);

                // "The getter steps are: ... Return the result of getting the current value of
                //  the event handler given eventTarget and name." A handler set by host code (not
                //  a script function) reads as null.
                return target.GetEventHandler(eventType) is ScriptEventHandler handler ? handler.Callback : JsValue.Null;
            },
            (thisValue, value) =>
            {
                EventTarget target = targetOf(thisValue);

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

using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The onerror event handler IDL attribute of a global object
/// (https://html.spec.whatwg.org/multipage/webappapis.html#globaleventhandlers: <c>attribute
/// OnErrorEventHandler onerror;</c>), whose value is an <see cref="ErrorEventHandler"/>.
/// </summary>
internal static class ErrorEventHandlerAttribute
{
    /// <summary>Defines onerror on <paramref name="target"/> (the global object, or an interface prototype object).</summary>
    public static void Define(BindingRealm realm, ObjectInstance target)
    {
        const string eventType = "error";
        InterfaceMembers.DefineAttribute(
            realm,
            target,
            "onerror",
            thisValue =>
            {
                EventTarget eventTarget = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);

                // "The getter steps are: ... Return the result of getting the current value of
                //  the event handler given eventTarget and name." A handler set by host code reads as null.
                return eventTarget.GetEventHandler(eventType) is ErrorEventHandler handler ? handler.Callback : JsValue.Null;
            },
            (thisValue, value) =>
            {
                EventTarget eventTarget = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);

                // OnErrorEventHandler is a nullable OnErrorEventHandlerNonNull with
                // [LegacyTreatNonObjectAsNull]: every non-object is null.
                ObjectInstance? callback = WebIdlConversions.ToLegacyNullableCallbackFunction(value);

                // "The setter steps are: ... If the given value is null, then deactivate an event
                //  handler ... Otherwise: ... Set eventHandler's value to the given value.
                //  Activate an event handler given eventTarget and name."
                eventTarget.SetEventHandler(eventType, callback is null ? null : new ErrorEventHandler(realm, callback));
            });
    }
}

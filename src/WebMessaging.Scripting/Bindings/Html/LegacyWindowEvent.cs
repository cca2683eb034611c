using Jint.Native;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// window.event (https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-window-event):
/// the event whose listeners are running now, kept for pages written for Internet Explorer.
/// </summary>
internal static class LegacyWindowEvent
{
    /// <summary>Defines <c>[Replaceable] readonly attribute (Event or undefined) event;</c> on the window's global object.</summary>
    public static void Define(WindowGlobal global)
    {
        BindingRealm realm = global.Bindings;
        InterfaceMembers.DefineAttribute(
            realm,
            global.GlobalObject,
            "event",
            thisValue =>
            {
                // "The event getter steps are to return this's current event."
                Window window = WebIdlConversions.This<Window>(realm.Engine, thisValue);
                return window.CurrentEvent is { } current ? realm.Wrap(current) : JsValue.Undefined;
            },
            (thisValue, value) =>
            {
                // https://webidl.spec.whatwg.org/#Replaceable
                // "Perform ? CreateDataPropertyOrThrow(esValue, id, V)."
                WebIdlConversions.This<Window>(realm.Engine, thisValue);
                global.GlobalObject.DefineOwnProperty("event", new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable));
            });
    }
}

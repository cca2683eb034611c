using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of CustomEvent.prototype (https://dom.spec.whatwg.org/#interface-customevent).</summary>
internal static class CustomEventPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // readonly attribute any detail;
        // "The detail attribute must return the value it was initialized to."
        InterfaceMembers.DefineAttribute(realm, prototype, "detail", thisValue => realm.ToJsValue(This(realm, thisValue).Detail));

        // undefined initCustomEvent(DOMString type, optional boolean bubbles = false,
        //  optional boolean cancelable = false, optional any detail = null); // legacy
        InterfaceMembers.DefineOperation(realm, prototype, "initCustomEvent", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'initCustomEvent' on 'CustomEvent'";
            var evt = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string type = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 1));
            bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 2));
            JsValue detail = WebIdlConversions.Argument(arguments, 3);
            evt.InitCustomEvent(type, bubbles, cancelable, detail.IsUndefined() ? JsValue.Null : detail);
            return JsValue.Undefined;
        });
    }

    private static CustomEvent This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<CustomEvent>(realm.Engine, thisValue);
}

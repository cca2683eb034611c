using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of AbortController.prototype: signal and abort(reason).</summary>
internal static class AbortControllerPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // [SameObject] readonly attribute AbortSignal signal;
        InterfaceMembers.DefineAttribute(realm, prototype, "signal", thisValue => realm.Wrap(WebIdlConversions.This<AbortController>(realm.Engine, thisValue).Signal));

        // undefined abort(optional any reason);
        InterfaceMembers.DefineOperation(realm, prototype, "abort", 0, (thisValue, arguments) =>
        {
            AbortController controller = WebIdlConversions.This<AbortController>(realm.Engine, thisValue);
            controller.Abort(AbortSignalPrototype.ToReason(WebIdlConversions.Argument(arguments, 0)));
            return JsValue.Undefined;
        });
    }
}

using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of PromiseRejectionEvent.prototype (https://html.spec.whatwg.org/multipage/webappapis.html#promiserejectionevent); the core <see cref="PromiseRejectionEvent"/> carries their values.</summary>
internal static class PromiseRejectionEventPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // "The promise attribute must return the value it was initialized to."
        // readonly attribute object promise;
        InterfaceMembers.DefineAttribute(realm, prototype, "promise", thisValue => This(realm, thisValue).Promise);

        // "The reason attribute must return the value it was initialized to."
        // readonly attribute any reason;
        InterfaceMembers.DefineAttribute(realm, prototype, "reason", thisValue => realm.ToJsValue(This(realm, thisValue).Reason));
    }

    private static PromiseRejectionEvent This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<PromiseRejectionEvent>(realm.Engine, thisValue);
}

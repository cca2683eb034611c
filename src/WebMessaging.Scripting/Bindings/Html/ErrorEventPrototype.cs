using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of ErrorEvent.prototype (https://html.spec.whatwg.org/multipage/webappapis.html#errorevent); the core <see cref="ErrorEvent"/> carries their values.</summary>
internal static class ErrorEventPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // "The message attribute must return the value it was initialized to. It represents the error message."
        // readonly attribute DOMString message;
        InterfaceMembers.DefineAttribute(realm, prototype, "message", thisValue => new JsString(This(realm, thisValue).Message));

        // readonly attribute USVString filename;
        InterfaceMembers.DefineAttribute(realm, prototype, "filename", thisValue => new JsString(This(realm, thisValue).Filename));

        // readonly attribute unsigned long lineno;
        InterfaceMembers.DefineAttribute(realm, prototype, "lineno", thisValue => JsNumber.Create(This(realm, thisValue).Lineno));

        // readonly attribute unsigned long colno;
        InterfaceMembers.DefineAttribute(realm, prototype, "colno", thisValue => JsNumber.Create(This(realm, thisValue).Colno));

        // readonly attribute any error;
        InterfaceMembers.DefineAttribute(realm, prototype, "error", thisValue => realm.ToJsValue(This(realm, thisValue).Error));
    }

    private static ErrorEvent This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<ErrorEvent>(realm.Engine, thisValue);
}

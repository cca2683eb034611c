using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of DOMException.prototype: name, message and code.</summary>
internal static class DomExceptionPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // https://webidl.spec.whatwg.org/#dom-domexception-name
        // "The name getter steps are to return this's name."
        InterfaceMembers.DefineAttribute(realm, prototype, "name", thisValue => new JsString(This(realm, thisValue).Name));

        // https://webidl.spec.whatwg.org/#dom-domexception-message
        // "The message getter steps are to return this's message."
        InterfaceMembers.DefineAttribute(realm, prototype, "message", thisValue => new JsString(This(realm, thisValue).Message));

        // https://webidl.spec.whatwg.org/#dom-domexception-code
        // "The code getter steps are to return the legacy code indicated in the error names
        //  table for this's name, or 0 if no such entry exists in the table."
        InterfaceMembers.DefineAttribute(realm, prototype, "code", thisValue => JsNumber.Create(DomExceptionCodes.LegacyCode(This(realm, thisValue).Name)));
    }

    private static DomExceptionObject This(BindingRealm realm, JsValue thisValue) =>
        thisValue as DomExceptionObject ?? throw ScriptErrors.IllegalInvocation(realm.Engine);
}

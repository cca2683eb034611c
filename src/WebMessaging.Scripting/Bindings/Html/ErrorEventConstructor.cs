using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The ErrorEvent interface object (https://html.spec.whatwg.org/multipage/webappapis.html#errorevent).</summary>
internal sealed class ErrorEventConstructor : EventInterfaceConstructor<ErrorEvent>
{
    private ErrorEventConstructor(BindingRealm realm)
        : base(realm, "ErrorEvent")
    {
        ErrorEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs ErrorEvent (after Event) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core error events wrap as ErrorEvents.</summary>
    public static ErrorEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new ErrorEventConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // constructor(DOMString type, optional ErrorEventInit eventInitDict = {});
    protected override ErrorEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp) =>
        new(type, ToErrorEventInit(dictionary)) { TimeStamp = timeStamp };

    // dictionary ErrorEventInit : EventInit { DOMString message = ""; USVString filename = "";
    //  unsigned long lineno = 0; unsigned long colno = 0; any error; };
    private ErrorEventInit ToErrorEventInit(ObjectInstance? dictionary)
    {
        // The inherited EventInit first, then the members in lexicographic order.
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        JsValue colno = WebIdlConversions.GetDictionaryMember(dictionary, "colno");
        uint colnoValue = colno.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLong(Engine, colno, Member("colno"));
        JsValue error = WebIdlConversions.GetDictionaryMember(dictionary, "error");
        JsValue filename = WebIdlConversions.GetDictionaryMember(dictionary, "filename");
        string filenameValue = filename.IsUndefined() ? "" : WebIdlConversions.ToUsvString(Engine, filename, Member("filename"));
        JsValue lineno = WebIdlConversions.GetDictionaryMember(dictionary, "lineno");
        uint linenoValue = lineno.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLong(Engine, lineno, Member("lineno"));
        JsValue message = WebIdlConversions.GetDictionaryMember(dictionary, "message");
        string messageValue = message.IsUndefined() ? "" : WebIdlConversions.ToDomString(Engine, message, Member("message"));
        return new ErrorEventInit
        {
            Bubbles = eventInit.Bubbles,
            Cancelable = eventInit.Cancelable,
            Composed = eventInit.Composed,
            Colno = colnoValue,
            Error = error.IsUndefined() ? null : error,
            Filename = filenameValue,
            Lineno = linenoValue,
            Message = messageValue,
        };
    }

    private static string Member(string name) => $"Failed to read the '{name}' property from 'ErrorEventInit'";
}

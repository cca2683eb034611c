using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The ErrorEvent interface object (https://html.spec.whatwg.org/multipage/webappapis.html#errorevent).</summary>
internal sealed class ErrorEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private ErrorEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "ErrorEvent", 1, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        ErrorEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs ErrorEvent (after Event) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core error events wrap as ErrorEvents.</summary>
    public static ErrorEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new ErrorEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(ErrorEvent), impl => eventConstructor.CreateWrapper((ErrorEvent)impl, constructor.PrototypeObject));
        return constructor;
    }

    // constructor(DOMString type, optional ErrorEventInit eventInitDict = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");
        ErrorEventInit eventInit = ToErrorEventInit(WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new ErrorEvent(type, eventInit) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }

    // dictionary ErrorEventInit : EventInit { DOMString message = ""; USVString filename = "";
    //  unsigned long lineno = 0; unsigned long colno = 0; any error; };
    private ErrorEventInit ToErrorEventInit(JsValue value, string context)
    {
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, value, context);

        // The inherited EventInit first, then the members in lexicographic order.
        bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "bubbles"));
        bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "cancelable"));
        bool composed = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "composed"));
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
            Bubbles = bubbles,
            Cancelable = cancelable,
            Composed = composed,
            Colno = colnoValue,
            Error = error.IsUndefined() ? null : error,
            Filename = filenameValue,
            Lineno = linenoValue,
            Message = messageValue,
        };
    }

    private static string Member(string name) => $"Failed to read the '{name}' property from 'ErrorEventInit'";
}

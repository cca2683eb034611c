using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The PromiseRejectionEvent interface object (https://html.spec.whatwg.org/multipage/webappapis.html#promiserejectionevent).</summary>
internal sealed class PromiseRejectionEventConstructor : EventInterfaceConstructor<PromiseRejectionEvent>
{
    private PromiseRejectionEventConstructor(BindingRealm realm)
        : base(realm, "PromiseRejectionEvent", length: 2)
    {
        PromiseRejectionEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs PromiseRejectionEvent (after Event) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core promise rejection events wrap as PromiseRejectionEvents.</summary>
    public static PromiseRejectionEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new PromiseRejectionEventConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // constructor(DOMString type, PromiseRejectionEventInit eventInitDict);
    // dictionary PromiseRejectionEventInit : EventInit { required object promise; any reason; };
    protected override PromiseRejectionEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp)
    {
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        JsValue promise = WebIdlConversions.GetDictionaryMember(dictionary, "promise");

        // https://webidl.spec.whatwg.org/#js-dictionary
        // "Otherwise, if value is undefined and member is a required dictionary member, then throw a TypeError."
        if (promise.IsUndefined())
        {
            throw ScriptErrors.TypeError(Engine, ConstructContext + ": Failed to read the 'promise' property from 'PromiseRejectionEventInit': Required member is undefined.");
        }

        ObjectInstance promiseObject = WebIdlConversions.ToObject(Engine, promise, "Failed to read the 'promise' property from 'PromiseRejectionEventInit'");
        JsValue reason = WebIdlConversions.GetDictionaryMember(dictionary, "reason");
        return new PromiseRejectionEvent(type, new PromiseRejectionEventInit
        {
            Bubbles = eventInit.Bubbles,
            Cancelable = eventInit.Cancelable,
            Composed = eventInit.Composed,
            Promise = promiseObject,
            Reason = reason.IsUndefined() ? null : reason,
        })
        { TimeStamp = timeStamp };
    }
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The CustomEvent interface object (https://dom.spec.whatwg.org/#interface-customevent).</summary>
internal sealed class CustomEventConstructor : EventInterfaceConstructor<CustomEvent>
{
    private CustomEventConstructor(BindingRealm realm)
        : base(realm, "CustomEvent")
    {
        CustomEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs CustomEvent (after Event) in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static CustomEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new CustomEventConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // constructor(DOMString type, optional CustomEventInit eventInitDict = {});
    // dictionary CustomEventInit : EventInit { any detail = null; };
    protected override CustomEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp)
    {
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        JsValue detail = WebIdlConversions.GetDictionaryMember(dictionary, "detail");
        return new CustomEvent(type, eventInit, detail.IsUndefined() ? JsValue.Null : detail) { TimeStamp = timeStamp };
    }
}

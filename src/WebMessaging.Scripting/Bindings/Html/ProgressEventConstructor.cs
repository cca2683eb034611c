using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The ProgressEvent interface object (https://xhr.spec.whatwg.org/#interface-progressevent).</summary>
internal sealed class ProgressEventConstructor : EventInterfaceConstructor<ProgressEvent>
{
    private ProgressEventConstructor(BindingRealm realm)
        : base(realm, "ProgressEvent")
    {
        // readonly attribute boolean lengthComputable; readonly attribute unsigned long long loaded;
        // readonly attribute unsigned long long total;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "lengthComputable", thisValue => This(thisValue).LengthComputable ? JsBoolean.True : JsBoolean.False);
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "loaded", thisValue => JsNumber.Create(This(thisValue).Loaded));
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "total", thisValue => JsNumber.Create(This(thisValue).Total));
    }

    /// <summary>Installs ProgressEvent (after Event), exposes it and makes core progress events wrap as ProgressEvents.</summary>
    public static ProgressEventConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new ProgressEventConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // constructor(DOMString type, optional ProgressEventInit eventInitDict = {});
    // dictionary ProgressEventInit : EventInit { boolean lengthComputable = false;
    //  unsigned long long loaded = 0; unsigned long long total = 0; };
    protected override ProgressEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp)
    {
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        bool lengthComputable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "lengthComputable"));
        JsValue loadedValue = WebIdlConversions.GetDictionaryMember(dictionary, "loaded");
        double loaded = loadedValue.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLongLong(Engine, loadedValue, context);
        JsValue totalValue = WebIdlConversions.GetDictionaryMember(dictionary, "total");
        double total = totalValue.IsUndefined() ? 0 : WebIdlConversions.ToUnsignedLongLong(Engine, totalValue, context);
        return new ProgressEvent(type, eventInit, lengthComputable, loaded, total) { TimeStamp = timeStamp };
    }

    private ProgressEvent This(JsValue thisValue) => WebIdlConversions.This<ProgressEvent>(Engine, thisValue);
}

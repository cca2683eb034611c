using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The StorageEvent interface object (https://html.spec.whatwg.org/multipage/webstorage.html#the-storageevent-interface).</summary>
internal sealed class StorageEventConstructor : EventInterfaceConstructor<StorageEvent>
{
    private StorageEventConstructor(BindingRealm realm)
        : base(realm, "StorageEvent")
    {
        StorageEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs StorageEvent (after Event) in the global's realm, exposes it and makes core storage events wrap as StorageEvents.</summary>
    public static StorageEventConstructor Install(WindowGlobal global)
    {
        var constructor = new StorageEventConstructor(global.Bindings);
        constructor.ExposeOn(global.GlobalObject);
        return constructor;
    }

    // constructor(DOMString type, optional StorageEventInit eventInitDict = {});
    // dictionary StorageEventInit : EventInit { DOMString? key = null; DOMString? oldValue = null;
    //  DOMString? newValue = null; USVString url = ""; Storage? storageArea = null; };
    protected override StorageEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp)
    {
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        string? key = NullableString(WebIdlConversions.GetDictionaryMember(dictionary, "key"), context);
        string? newValue = NullableString(WebIdlConversions.GetDictionaryMember(dictionary, "newValue"), context);
        string? oldValue = NullableString(WebIdlConversions.GetDictionaryMember(dictionary, "oldValue"), context);
        JsValue storageAreaValue = WebIdlConversions.GetDictionaryMember(dictionary, "storageArea");
        object? storageArea = WebIdlConversions.IsNullish(storageAreaValue)
            ? null
            : storageAreaValue as StorageObject ?? throw ScriptErrors.TypeError(Engine, context + ": Failed to read the 'storageArea' property from 'StorageEventInit': Failed to convert value to 'Storage'.");
        JsValue urlValue = WebIdlConversions.GetDictionaryMember(dictionary, "url");
        string url = urlValue.IsUndefined() ? "" : WebIdlConversions.ToUsvString(Engine, urlValue, context);
        return new StorageEvent(type, eventInit, key, oldValue, newValue, url, storageArea) { TimeStamp = timeStamp };
    }

    private string? NullableString(JsValue value, string context) =>
        WebIdlConversions.IsNullish(value) ? null : WebIdlConversions.ToDomString(Engine, value, context);
}

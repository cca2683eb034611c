using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The StorageEvent interface object (https://html.spec.whatwg.org/multipage/webstorage.html#the-storageevent-interface).</summary>
internal sealed class StorageEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;

    private StorageEventConstructor(BindingRealm realm, EventConstructor eventConstructor)
        : base(realm, "StorageEvent", 1, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        StorageEventPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs StorageEvent (after Event) in the global's realm, exposes it and makes core storage events wrap as StorageEvents.</summary>
    public static StorageEventConstructor Install(WindowGlobal global)
    {
        var realm = global.Bindings;
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var constructor = new StorageEventConstructor(realm, eventConstructor);
        constructor.ExposeOn(global.GlobalObject);
        realm.RegisterWrapperFactory(typeof(StorageEvent), impl => eventConstructor.CreateWrapper((StorageEvent)impl, constructor.PrototypeObject));
        return constructor;
    }

    // constructor(DOMString type, optional StorageEventInit eventInitDict = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");

        // dictionary StorageEventInit : EventInit { DOMString? key = null; DOMString? oldValue = null;
        //  DOMString? newValue = null; USVString url = ""; Storage? storageArea = null; };
        // The inherited members first, then the dictionary's own in lexicographic order.
        string context = ConstructContext + ": parameter 2";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), context);
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

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new StorageEvent(type, eventInit, key, oldValue, newValue, url, storageArea) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }

    private string? NullableString(JsValue value, string context) =>
        WebIdlConversions.IsNullish(value) ? null : WebIdlConversions.ToDomString(Engine, value, context);
}

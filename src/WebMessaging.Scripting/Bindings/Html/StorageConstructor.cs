using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Storage;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Storage interface object (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface).</summary>
internal sealed class StorageConstructor : InterfaceConstructor
{
    private StorageConstructor(BindingRealm realm)
        : base(realm, "Storage", 0, parent: null, new JsObject(realm.Engine))
    {
        // readonly attribute unsigned long length;
        // "The length getter steps are to return this's map's size."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "length", thisValue => JsNumber.Create(This(thisValue).Area.Count));

        // DOMString? key(unsigned long index);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "key", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'key' on 'Storage'";
            var storage = This(thisValue);
            WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
            uint index = WebIdlConversions.ToUnsignedLong(Engine, arguments[0], context + ": parameter 1");

            // "1. If index is greater than or equal to this's map's size, then return null.
            // 2. Let keys be the result of running get the keys on this's map. 3. Return keys[index]."
            return index < int.MaxValue && storage.Area.Key((int)index) is { } key ? new JsString(key) : JsValue.Null;
        });

        // getter DOMString? getItem(DOMString key);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "getItem", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'getItem' on 'Storage'";
            var storage = This(thisValue);
            WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
            string key = WebIdlConversions.ToDomString(Engine, arguments[0], context + ": parameter 1");
            return storage.Area.GetItem(key) is { } value ? new JsString(value) : JsValue.Null;
        });

        // setter undefined setItem(DOMString key, DOMString value);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "setItem", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'setItem' on 'Storage'";
            var storage = This(thisValue);
            WebIdlConversions.RequireArguments(Engine, arguments, 2, context);
            string key = WebIdlConversions.ToDomString(Engine, arguments[0], context + ": parameter 1");
            string value = WebIdlConversions.ToDomString(Engine, arguments[1], context + ": parameter 2");
            SetItem(realm, storage.Area, key, value);
            return JsValue.Undefined;
        });

        // deleter undefined removeItem(DOMString key);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "removeItem", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'removeItem' on 'Storage'";
            var storage = This(thisValue);
            WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
            string key = WebIdlConversions.ToDomString(Engine, arguments[0], context + ": parameter 1");
            storage.Area.RemoveItem(key, realm.Owner);
            return JsValue.Undefined;
        });

        // undefined clear();
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "clear", 0, (thisValue, _) =>
        {
            This(thisValue).Area.Clear(realm.Owner);
            return JsValue.Undefined;
        });
    }

    /// <summary>Installs Storage in the global's realm and exposes it.</summary>
    public static StorageConstructor Install(WindowGlobal global)
    {
        var constructor = new StorageConstructor(global.Bindings);
        constructor.ExposeOn(global.GlobalObject);
        return constructor;
    }

    /// <summary>Makes the Storage object of <paramref name="area"/> in this realm.</summary>
    public StorageObject CreateStorageObject(StorageArea area) =>
        new(Realm, area, PrototypeObject, (key, value) => SetItem(Realm, area, key, value), key => area.RemoveItem(key, Realm.Owner));

    // https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-setitem
    private static void SetItem(BindingRealm realm, StorageArea area, string key, string value)
    {
        // "4. If value cannot be stored, then throw a "QuotaExceededError" DOMException exception."
        if (!area.SetItem(key, value, realm.Owner))
        {
            throw ScriptErrors.DomException(realm, "QuotaExceededError", $"Failed to execute 'setItem' on 'Storage': Setting the value of '{key}' exceeded the quota.");
        }
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private StorageObject This(JsValue thisValue) =>
        thisValue as StorageObject ?? throw ScriptErrors.IllegalInvocation(Engine);
}

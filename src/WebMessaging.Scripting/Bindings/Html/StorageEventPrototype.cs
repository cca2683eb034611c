using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of StorageEvent.prototype (https://html.spec.whatwg.org/multipage/webstorage.html#the-storageevent-interface).</summary>
internal static class StorageEventPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // readonly attribute DOMString? key; oldValue; newValue; readonly attribute USVString url;
        // readonly attribute Storage? storageArea;
        InterfaceMembers.DefineAttribute(realm, prototype, "key", thisValue => Nullable(This(realm, thisValue).Key));
        InterfaceMembers.DefineAttribute(realm, prototype, "oldValue", thisValue => Nullable(This(realm, thisValue).OldValue));
        InterfaceMembers.DefineAttribute(realm, prototype, "newValue", thisValue => Nullable(This(realm, thisValue).NewValue));
        InterfaceMembers.DefineAttribute(realm, prototype, "url", thisValue => new JsString(This(realm, thisValue).Url));
        InterfaceMembers.DefineAttribute(realm, prototype, "storageArea", thisValue => This(realm, thisValue).StorageArea as JsValue ?? JsValue.Null);

        // undefined initStorageEvent(DOMString type, optional boolean bubbles = false, optional boolean cancelable = false,
        //  optional DOMString? key = null, optional DOMString? oldValue = null, optional DOMString? newValue = null,
        //  optional USVString url = "", optional Storage? storageArea = null);
        InterfaceMembers.DefineOperation(realm, prototype, "initStorageEvent", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'initStorageEvent' on 'StorageEvent'";
            var evt = This(realm, thisValue);
            var engine = realm.Engine;
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string type = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            bool bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 1));
            bool cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 2));
            string? key = NullableString(engine, WebIdlConversions.Argument(arguments, 3), context);
            string? oldValue = NullableString(engine, WebIdlConversions.Argument(arguments, 4), context);
            string? newValue = NullableString(engine, WebIdlConversions.Argument(arguments, 5), context);
            JsValue urlValue = WebIdlConversions.Argument(arguments, 6);
            string url = urlValue.IsUndefined() ? "" : WebIdlConversions.ToUsvString(engine, urlValue, context + ": parameter 7");
            JsValue area = WebIdlConversions.Argument(arguments, 7);
            object? storageArea = WebIdlConversions.IsNullish(area)
                ? null
                : area as StorageObject ?? throw ScriptErrors.TypeError(engine, context + ": parameter 8 is not of type 'Storage'.");
            evt.InitStorageEvent(type, bubbles, cancelable, key, oldValue, newValue, url, storageArea);
            return JsValue.Undefined;
        });
    }

    private static JsValue Nullable(string? value) => value is null ? JsValue.Null : new JsString(value);

    private static string? NullableString(Engine engine, JsValue value, string context) =>
        WebIdlConversions.IsNullish(value) ? null : WebIdlConversions.ToDomString(engine, value, context);

    private static StorageEvent This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<StorageEvent>(realm.Engine, thisValue);
}

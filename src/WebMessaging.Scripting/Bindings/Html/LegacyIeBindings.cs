using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Internet Explorer messaging that old pages use, installed only when asked for
/// (ScriptedBrowserOptions.LegacyIe): <c>attachEvent(onname, fn)</c> and <c>detachEvent</c> on
/// the window, the document and elements, and <c>MessageEvent.prototype.domain</c>, the host
/// of the message's origin. None of it is in any standard, and Chromium has none of it.
/// </summary>
internal static class LegacyIeBindings
{
    /// <summary>Installs attachEvent, detachEvent and MessageEvent.domain in <paramref name="global"/>'s realm (after the window and DOM bindings).</summary>
    public static void Install(WindowGlobal global)
    {
        ArgumentNullException.ThrowIfNull(global);
        BindingRealm realm = global.Bindings;
        DefineAttachEvent(realm, global.GlobalObject);
        if (realm.GetInterface("Node") is { } node)
        {
            DefineAttachEvent(realm, node.PrototypeObject);
        }

        if (realm.GetInterface("MessageEvent") is { } messageEvent)
        {
            // IMPLEMENTATION DEFINED: IE's MessageEvent.domain was the host of the sender's
            // origin; an opaque origin ("null") has none, so it is the empty string.
            InterfaceMembers.DefineAttribute(realm, messageEvent.PrototypeObject, "domain", thisValue =>
            {
                MessageEvent evt = WebIdlConversions.This<MessageEvent>(realm.Engine, thisValue);
                return new JsString(HostOf(evt.Origin));
            });
        }
    }

    /// <summary>The host of a serialized origin ("https://example.com:8443" gives "example.com"); "" for "null" or an empty origin.</summary>
    public static string HostOf(string serializedOrigin)
    {
        ArgumentNullException.ThrowIfNull(serializedOrigin);
        return serializedOrigin.Length > 0 && Url.TryParse(serializedOrigin, null, out Url? url) ? url.Host ?? "" : "";
    }

    private static void DefineAttachEvent(BindingRealm realm, ObjectInstance target)
    {
        // boolean attachEvent(DOMString name, Function fn): "onmessage" listens for "message".
        InterfaceMembers.DefineOperation(realm, target, "attachEvent", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'attachEvent'";
            EventTarget eventTarget = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            string? type = EventType(WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1"));
            ObjectInstance callback = WebIdlConversions.ToCallbackFunction(realm.Engine, arguments[1], context + ": parameter 2");
            if (type is null)
            {
                return JsBoolean.False;
            }

            // IMPLEMENTATION DEFINED: attaching the same function twice adds it once, as
            // addEventListener does.
            eventTarget.AddEventListener(type, new LegacyEventListener(realm, callback));
            return JsBoolean.True;
        });

        // void detachEvent(DOMString name, Function fn)
        InterfaceMembers.DefineOperation(realm, target, "detachEvent", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'detachEvent'";
            EventTarget eventTarget = WebIdlConversions.This<EventTarget>(realm.Engine, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            string? type = EventType(WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1"));
            if (type is not null && arguments[1] is ObjectInstance callback)
            {
                eventTarget.RemoveEventListener(type, new LegacyEventListener(realm, callback));
            }

            return JsValue.Undefined;
        });
    }

    // IE's event names are the handler names: "onmessage" is the "message" event. Other names bind nothing.
    private static string? EventType(string name) =>
        name.Length > 2 && name.StartsWith("on", StringComparison.Ordinal) ? name[2..] : null;
}

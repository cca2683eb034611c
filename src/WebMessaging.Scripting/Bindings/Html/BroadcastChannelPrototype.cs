using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of BroadcastChannel.prototype; the core <see cref="BroadcastChannel"/> carries their steps.</summary>
internal static class BroadcastChannelPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // readonly attribute DOMString name; "The name getter steps are to return this's channel name."
        InterfaceMembers.DefineAttribute(realm, prototype, "name", thisValue => new JsString(This(realm, thisValue).Name));

        // undefined postMessage(any message);
        InterfaceMembers.DefineOperation(realm, prototype, "postMessage", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'postMessage' on 'BroadcastChannel'";
            BroadcastChannel channel = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            channel.PostMessage(arguments[0]);
            return JsValue.Undefined;
        });

        // undefined close();
        InterfaceMembers.DefineOperation(realm, prototype, "close", 0, (thisValue, _) =>
        {
            This(realm, thisValue).Close();
            return JsValue.Undefined;
        });

        // attribute EventHandler onmessage; attribute EventHandler onmessageerror;
        EventHandlerAttribute.Define(realm, prototype, "onmessage", "message");
        EventHandlerAttribute.Define(realm, prototype, "onmessageerror", "messageerror");
    }

    private static BroadcastChannel This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<BroadcastChannel>(realm.Engine, thisValue);
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of MessagePort.prototype (https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports); the core <see cref="MessagePort"/> carries their steps.</summary>
internal static class MessagePortPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // undefined postMessage(any message, sequence<object> transfer);
        // undefined postMessage(any message, optional StructuredSerializeOptions options = {});
        InterfaceMembers.DefineOperation(realm, prototype, "postMessage", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'postMessage' on 'MessagePort'";
            MessagePort port = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            IReadOnlyList<object?> transfer = HtmlConversions.ToTransferOrOptions(realm.Engine, arguments, context);
            port.PostMessage(arguments[0], transfer);
            return JsValue.Undefined;
        });

        // undefined start();
        InterfaceMembers.DefineOperation(realm, prototype, "start", 0, (thisValue, _) =>
        {
            This(realm, thisValue).Start();
            return JsValue.Undefined;
        });

        // undefined close();
        InterfaceMembers.DefineOperation(realm, prototype, "close", 0, (thisValue, _) =>
        {
            This(realm, thisValue).Close();
            return JsValue.Undefined;
        });

        // attribute EventHandler onmessage; attribute EventHandler onmessageerror;
        // "The first time a MessagePort object's onmessage IDL attribute is set, the port's port
        //  message queue must be enabled": the core port does it when its handler is set.
        EventHandlerAttribute.Define(realm, prototype, "onmessage", "message");
        EventHandlerAttribute.Define(realm, prototype, "onmessageerror", "messageerror");
    }

    private static MessagePort This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<MessagePort>(realm.Engine, thisValue);
}

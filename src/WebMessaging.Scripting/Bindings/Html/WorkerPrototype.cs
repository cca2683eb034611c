using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of Worker.prototype (https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface); the core <see cref="Worker"/> carries their steps.</summary>
internal static class WorkerPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // undefined terminate();
        InterfaceMembers.DefineOperation(realm, prototype, "terminate", 0, (thisValue, _) =>
        {
            This(realm, thisValue).Terminate();
            return JsValue.Undefined;
        });

        // undefined postMessage(any message, sequence<object> transfer);
        // undefined postMessage(any message, optional StructuredSerializeOptions options = {});
        InterfaceMembers.DefineOperation(realm, prototype, "postMessage", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'postMessage' on 'Worker'";
            Worker worker = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            IReadOnlyList<object?> transfer = HtmlConversions.ToTransferOrOptions(realm.Engine, arguments, context);
            worker.PostMessage(arguments[0], transfer);
            return JsValue.Undefined;
        });

        // attribute EventHandler onmessage; attribute EventHandler onmessageerror;
        EventHandlerAttribute.Define(realm, prototype, "onmessage", "message");
        EventHandlerAttribute.Define(realm, prototype, "onmessageerror", "messageerror");

        // AbstractWorker: attribute EventHandler onerror;
        EventHandlerAttribute.Define(realm, prototype, "onerror", "error");
    }

    private static Worker This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<Worker>(realm.Engine, thisValue);
}

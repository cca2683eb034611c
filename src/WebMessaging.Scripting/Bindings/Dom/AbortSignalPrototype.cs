using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The members of AbortSignal and AbortSignal.prototype (https://dom.spec.whatwg.org/#interface-AbortSignal).</summary>
internal static class AbortSignalPrototype
{
    /// <summary>
    /// Converts an <c>optional any reason</c> for the core: a missing (undefined) reason is null
    /// (the core then makes an "AbortError" DOMException), a wrapper is its core object, and any
    /// other value, null included, stays the script value.
    /// </summary>
    public static object? ToReason(JsValue reason) => reason.IsUndefined() ? null : BindingRealm.ToCoreValue(reason);

    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // readonly attribute boolean aborted;
        InterfaceMembers.DefineAttribute(realm, prototype, "aborted", thisValue => This(realm, thisValue).Aborted ? JsBoolean.True : JsBoolean.False);

        // readonly attribute any reason;
        InterfaceMembers.DefineAttribute(realm, prototype, "reason", thisValue => realm.ToJsValue(This(realm, thisValue).Reason));

        // undefined throwIfAborted();
        InterfaceMembers.DefineOperation(realm, prototype, "throwIfAborted", 0, (thisValue, _) =>
        {
            // https://dom.spec.whatwg.org/#dom-abortsignal-throwifaborted
            // "The throwIfAborted() method steps are to throw this's abort reason, if this is aborted."
            AbortSignal signal = This(realm, thisValue);
            if (signal.Aborted)
            {
                throw new JavaScriptException(realm.ToJsValue(signal.Reason));
            }

            return JsValue.Undefined;
        });

        // attribute EventHandler onabort;
        EventHandlerAttribute.Define(realm, prototype, "onabort", "abort");
    }

    public static void DefineStaticMembers(BindingRealm realm, ObjectInstance interfaceObject)
    {
        // [NewObject] static AbortSignal abort(optional any reason);
        InterfaceMembers.DefineOperation(realm, interfaceObject, "abort", 0, (_, arguments) =>
            realm.Wrap(AbortSignal.Abort(ToReason(WebIdlConversions.Argument(arguments, 0)), realm.Environment)));

        // [Exposed=(Window,Worker), NewObject] static AbortSignal timeout([EnforceRange] unsigned long long milliseconds);
        InterfaceMembers.DefineOperation(realm, interfaceObject, "timeout", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'timeout' on 'AbortSignal'";
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            double milliseconds = WebIdlConversions.ToUnsignedLongLong(realm.Engine, arguments[0], context + ": parameter 1", IntegerConversion.EnforceRange);
            if (realm.EventLoop is null)
            {
                throw new DomException("NotSupportedError", "AbortSignal.timeout needs an event loop, and this realm has none.");
            }

            return realm.Wrap(AbortSignal.Timeout(realm.EventLoop, milliseconds, realm.Owner, realm.Environment));
        });

        // [NewObject] static AbortSignal _any(sequence<AbortSignal> signals);
        InterfaceMembers.DefineOperation(realm, interfaceObject, "any", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'any' on 'AbortSignal'";
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            List<AbortSignal> signals = WebIdlConversions.ToSequence(
                realm.Engine,
                arguments[0],
                context + ": parameter 1",
                (value, index) => WebIdlConversions.ToInterface<AbortSignal>(realm.Engine, value, "AbortSignal", $"{context}: element {index} of parameter 1"));
            return realm.Wrap(AbortSignal.Any(signals, realm.Environment));
        });
    }

    private static AbortSignal This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<AbortSignal>(realm.Engine, thisValue);
}

using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The members of the WindowOrWorkerGlobalScope mixin (https://html.spec.whatwg.org/multipage/webappapis.html#windoworworkerglobalscope-mixin)
/// on a window's or worker's global object: origin, reportError, atob/btoa, timers, queueMicrotask and structuredClone.
/// </summary>
internal static class GlobalScopeMembers
{
    public static void DefineMembers(IScriptGlobal global)
    {
        BindingRealm realm = global.Bindings;
        Engine engine = global.Engine;
        ObjectInstance target = global.GlobalObject;

        // [Replaceable] readonly attribute USVString origin;
        // "The origin getter steps are to return this's relevant settings object's origin, serialized."
        InterfaceMembers.DefineAttribute(
            realm,
            target,
            "origin",
            _ => new JsString(global.Scope.Origin.Serialize()),
            (_, value) => target.DefineOwnProperty("origin", new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable)));

        // undefined reportError(any e);
        InterfaceMembers.DefineOperation(realm, target, "reportError", 1, (_, arguments) =>
        {
            WebIdlConversions.RequireArguments(engine, arguments, 1, $"Failed to execute 'reportError' on '{global.InterfaceName}'");

            // "The reportError(e) method steps are to report an exception e for this."
            global.Scope.ReportException(new ScriptException(new JavaScriptException(arguments[0]), realm));
            return JsValue.Undefined;
        });

        // DOMString btoa(DOMString data);
        InterfaceMembers.DefineOperation(realm, target, "btoa", 1, (_, arguments) =>
        {
            string context = $"Failed to execute 'btoa' on '{global.InterfaceName}'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string data = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");

            // "1. If data contains any code point greater than U+00FF, then throw an "InvalidCharacterError" DOMException."
            // "2. Let byteSequence be the isomorphic encoding of data."
            var bytes = new byte[data.Length];
            for (int i = 0; i < data.Length; i++)
            {
                if (data[i] > '\u00FF')
                {
                    throw ScriptErrors.DomException(realm, "InvalidCharacterError", context + ": The string to be encoded contains characters outside of the Latin1 range.");
                }

                bytes[i] = (byte)data[i];
            }

            // "3. Return the result of running forgiving-base64 encode on byteSequence."
            return new JsString(ForgivingBase64.Encode(bytes));
        });

        // ByteString atob(DOMString data);
        InterfaceMembers.DefineOperation(realm, target, "atob", 1, (_, arguments) =>
        {
            string context = $"Failed to execute 'atob' on '{global.InterfaceName}'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string data = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");

            // "1. Let decodedData be the result of running forgiving-base64 decode on data."
            // "2. If decodedData is failure, then throw an "InvalidCharacterError" DOMException."
            byte[] decodedData = ForgivingBase64.Decode(data)
                ?? throw ScriptErrors.DomException(realm, "InvalidCharacterError", context + ": The string to be decoded is not correctly encoded.");

            // "3. Return decodedData." (a ByteString: each byte is one code unit)
            return new JsString(Encoding.Latin1.GetString(decodedData));
        });

        // long setTimeout(TimerHandler handler, optional long timeout = 0, any... arguments);
        // long setInterval(TimerHandler handler, optional long timeout = 0, any... arguments);
        foreach ((string name, bool repeat) in (ReadOnlySpan<(string, bool)>)[("setTimeout", false), ("setInterval", true)])
        {
            InterfaceMembers.DefineOperation(realm, target, name, 1, (_, arguments) =>
            {
                string context = $"Failed to execute '{name}' on '{global.InterfaceName}'";
                WebIdlConversions.RequireArguments(engine, arguments, 1, context);
                Action handler = ToTimerHandler(global, arguments, context);
                JsValue timeoutValue = WebIdlConversions.Argument(arguments, 1);
                int timeout = timeoutValue.IsUndefined() ? 0 : WebIdlConversions.ToLong(engine, timeoutValue, context + ": parameter 2");

                // "The setTimeout(handler, timeout, ...arguments) method steps are to return the
                //  result of running the timer initialization steps given this, handler, timeout,
                //  arguments, and false." (setInterval: true)
                int id = repeat
                    ? global.Scope.EventLoop.SetInterval(handler, timeout, global.Scope)
                    : global.Scope.EventLoop.SetTimeout(handler, timeout, global.Scope);
                return JsNumber.Create(id);
            });
        }

        // undefined clearTimeout(optional long id = 0); undefined clearInterval(optional long id = 0);
        foreach (string name in (string[])["clearTimeout", "clearInterval"])
        {
            InterfaceMembers.DefineOperation(realm, target, name, 0, (_, arguments) =>
            {
                JsValue idValue = WebIdlConversions.Argument(arguments, 0);
                int id = idValue.IsUndefined() ? 0 : WebIdlConversions.ToLong(engine, idValue, $"Failed to execute '{name}' on '{global.InterfaceName}': parameter 1");

                // "The clearTimeout(id) and clearInterval(id) method steps are to remove this's
                //  map of setTimeout and setInterval IDs[id]."
                global.Scope.EventLoop.ClearTimer(id, global.Scope);
                return JsValue.Undefined;
            });
        }

        // undefined queueMicrotask(VoidFunction callback);
        InterfaceMembers.DefineOperation(realm, target, "queueMicrotask", 1, (_, arguments) =>
        {
            string context = $"Failed to execute 'queueMicrotask' on '{global.InterfaceName}'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            ObjectInstance callback = WebIdlConversions.ToCallbackFunction(engine, arguments[0], context + ": parameter 1");

            // "The queueMicrotask(callback) method steps are to queue a microtask to invoke
            //  callback with « » and "report"."
            // IMPLEMENTATION DEFINED: the microtask joins the engine's own job queue, where
            // promise reactions wait, so that both keep one first-in first-out order.
            JintJobQueue.Enqueue(engine, () => InvokeAndReport(global, callback, JsValue.Undefined, []));
            return JsValue.Undefined;
        });

        // any structuredClone(any value, optional StructuredSerializeOptions options = {});
        InterfaceMembers.DefineOperation(realm, target, "structuredClone", 1, (_, arguments) =>
        {
            string context = $"Failed to execute 'structuredClone' on '{global.InterfaceName}'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            IReadOnlyList<object?> transferList = HtmlConversions.ToStructuredSerializeOptions(engine, WebIdlConversions.Argument(arguments, 1), context + ": parameter 2");
            var transfer = new JsValue[transferList.Count];
            for (int i = 0; i < transfer.Length; i++)
            {
                transfer[i] = (JsValue)transferList[i]!;
            }

            // "1. Let serialized be ? StructuredSerializeWithTransfer(value, options["transfer"])."
            SerializedWithTransfer serialized = global.Realm.SerializeWithTransfer(arguments[0], transfer);

            // "2. Let deserializeRecord be ? StructuredDeserializeWithTransfer(serialized, this's relevant realm)."
            DeserializedWithTransfer<JsValue> deserializeRecord = global.Realm.DeserializeWithTransfer(serialized);

            // "3. Return deserializeRecord.[[Deserialized]]."
            return deserializeRecord.Deserialized;
        });
    }

    /// <summary>
    /// https://webidl.spec.whatwg.org/#invoke-a-callback-function with "report": runs
    /// <paramref name="callback"/> as script of the global's realm; an exception it throws is
    /// reported at the window, not thrown.
    /// </summary>
    public static void InvokeAndReport(IScriptGlobal global, ObjectInstance callback, JsValue thisArg, JsValue[] arguments)
    {
        using EnteredScript entered = global.Bindings.EnterScript();
        try
        {
            global.Engine.Call(callback, thisArg, arguments);
        }
        catch (JavaScriptException exception)
        {
            global.Scope.ReportException(new ScriptException(exception, global.Bindings));
        }
    }

    // https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#timer-initialisation-steps
    private static Action ToTimerHandler(IScriptGlobal global, JsValue[] arguments, string context)
    {
        // typedef (TrustedScript or DOMString or Function) TimerHandler;
        // "1. Let thisArg be global if that is a WorkerGlobalScope object; otherwise let thisArg
        //  be the WindowProxy that corresponds to global."
        JsValue thisArg = global.GlobalObject;
        if (arguments[0] is ObjectInstance function && function.IsCallable())
        {
            JsValue[] extra = arguments.Length > 2 ? arguments[2..] : [];

            // "9.5 If handler is a Function, then invoke handler given arguments and "report",
            //  and with callback this value set to thisArg."
            // The core's timer task reports what the handler throws at the window (its owner).
            return () =>
            {
                using EnteredScript entered = global.Bindings.EnterScript();
                try
                {
                    global.Engine.Call(function, thisArg, extra);
                }
                catch (JavaScriptException exception)
                {
                    throw new ScriptException(exception, global.Bindings);
                }
            };
        }

        string source = WebIdlConversions.ToDomString(global.Engine, arguments[0], context + ": parameter 1");

        // "9.6 Otherwise: 1. Assert: handler is a string. 2. Perform
        //  HostEnsureCanCompileStrings(realm, « », handler, handler, timer, « », handler). ...
        //  8. Let script be the result of creating a classic script given handler, settings
        //  object, base URL, and fetch options. 9. Run the classic script script."
        return () =>
        {
            using EnteredScript entered = global.Bindings.EnterScript();
            try
            {
                global.Engine.Execute(source);
            }
            catch (JavaScriptException exception)
            {
                throw new ScriptException(exception, global.Bindings);
            }
        };
    }
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Console;
using WebMessaging.Scripting.Realms;
using WebMessaging.Scripting.Runtime;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// Makes a worker's engine global object a DedicatedWorkerGlobalScope
/// (https://html.spec.whatwg.org/multipage/workers.html#dedicatedworkerglobalscope): its
/// prototype chain DedicatedWorkerGlobalScope → WorkerGlobalScope → EventTarget, self,
/// location, name, postMessage, close, importScripts, the event handlers, the
/// WindowOrWorkerGlobalScope members and the interfaces a worker sees.
/// </summary>
internal static class WorkerGlobalScopeBindings
{
    public static WorkerGlobal Install(ScriptedWorker worker, WorkerScriptFetcher fetcher, BlobUrlStore blobs, Action<PageConsoleMessage>? consoleSink)
    {
        var global = worker.Global;
        var engine = worker.Engine;
        var bindings = BindingRealm.Create(engine, global, global.EventLoop, global);
        var realm = new JsRealm(engine);
        var scriptGlobal = new WorkerGlobal(engine, bindings, realm, global);
        ObjectInstance globalObject = scriptGlobal.GlobalObject;
        bindings.SetGlobal(globalObject, global);

        // A worker's script never sees a window: messages to it have a null source.
        bindings.GlobalProxyResolver = target => ReferenceEquals(target, global) ? globalObject : JsValue.Null;

        DomBindings.Install(bindings, globalObject);
        InterfaceConstructor eventTarget = bindings.RequireInterface("EventTarget");
        var workerGlobalScope = new WorkerInterfaceConstructor(bindings, "WorkerGlobalScope", eventTarget);
        var dedicated = new WorkerInterfaceConstructor(bindings, "DedicatedWorkerGlobalScope", workerGlobalScope);
        workerGlobalScope.ExposeOn(globalObject);
        dedicated.ExposeOn(globalObject);

        // https://webidl.spec.whatwg.org/#es-platform-objects
        // The global object's [[Prototype]] is the interface prototype object of its interface.
        globalObject.Prototype = dedicated.PrototypeObject;

        var location = WorkerLocationBindings.Install(bindings, globalObject, global);
        DefineWorkerGlobalScopeMembers(worker, fetcher, scriptGlobal, location);
        DefineDedicatedMembers(scriptGlobal);
        GlobalScopeMembers.DefineMembers(scriptGlobal);

        MessageEventConstructor.Install(bindings, globalObject);
        MessagePortConstructor.Install(bindings, globalObject);
        MessageChannelConstructor.Install(bindings, global, globalObject);
        BroadcastChannelConstructor.Install(bindings, global, globalObject);
        BlobConstructor.Install(scriptGlobal);
        FileConstructor.Install(scriptGlobal);
        FileReaderConstructor.Install(scriptGlobal);
        FormDataConstructor.Install(bindings, globalObject, entryList: null);
        NavigatorConstructor.Install(scriptGlobal, worker.Browser.Options.UserAgent);

        // A worker is a secure context when its owner is (its URL has the owner's origin).
        CryptoConstructor.Install(scriptGlobal, WindowViewMembers.IsSecureContext(OwnerWindow(global)));
        TextEncoderConstructor.Install(bindings, globalObject);
        TextDecoderConstructor.Install(bindings, globalObject);
        UrlSearchParamsConstructor.Install(bindings, globalObject);
        UrlConstructor.Install(bindings, globalObject, global, blobs);
        PerformanceConstructor.Install(scriptGlobal);
        ErrorEventConstructor.Install(bindings, globalObject);
        PromiseRejectionEventConstructor.Install(bindings, globalObject);
        WorkerConstructor.Install(bindings, global, globalObject, () => global.Url);
        Bindings.Fetch.FetchBindings.Install(scriptGlobal, () => global.Url, worker.Browser.Sites, blobs, null);

        // The structured clone realm maps wrappers to core objects, and makes new MessagePorts
        // (owned by this worker) for ports transferred to it.
        ScriptPlatformBridge.Connect(realm, bindings, global);
        global.Realm = realm;

        if (consoleSink is not null)
        {
            JsConsole.Install(
                engine,
                message => consoleSink(new PageConsoleMessage(global, global.Url.Href, global.EventLoop.Now, message)),
                new JsConsoleOptions { Clock = () => global.EventLoop.Now });
        }

        return scriptGlobal;
    }

    // https://html.spec.whatwg.org/multipage/workers.html#the-workerglobalscope-common-interface
    private static void DefineWorkerGlobalScopeMembers(ScriptedWorker worker, WorkerScriptFetcher fetcher, WorkerGlobal scriptGlobal, ObjectInstance location)
    {
        BindingRealm realm = scriptGlobal.Bindings;
        ObjectInstance target = scriptGlobal.GlobalObject;
        Engine engine = scriptGlobal.Engine;

        // readonly attribute WorkerGlobalScope self;
        // "The self attribute must return the WorkerGlobalScope object itself."
        InterfaceMembers.DefineAttribute(realm, target, "self", _ => target);

        // readonly attribute WorkerLocation location;
        // "The location attribute must return the WorkerLocation object whose associated
        //  WorkerGlobalScope object is the WorkerGlobalScope object."
        InterfaceMembers.DefineAttribute(realm, target, "location", _ => location);

        // undefined importScripts((TrustedScriptURL or USVString)... urls);
        InterfaceMembers.DefineOperation(realm, target, "importScripts", 0, (_, arguments) =>
        {
            const string context = "Failed to execute 'importScripts' on 'WorkerGlobalScope'";

            // "1. Let urlStrings be « »." "2. For each url of urls: Append the result of invoking
            //  the get trusted type compliant string algorithm with TrustedScriptURL, this's
            //  relevant global object, url, "WorkerGlobalScope importScripts", and "script" to
            //  urlStrings." (no Trusted Types here: the strings themselves)
            var urlStrings = new string[arguments.Length];
            for (int i = 0; i < arguments.Length; i++)
            {
                urlStrings[i] = WebIdlConversions.ToUsvString(engine, arguments[i], $"{context}: parameter {i + 1}");
            }

            // "3. Import scripts into worker global scope given this and urlStrings."
            ImportScripts(worker, fetcher, urlStrings, context);
            return JsValue.Undefined;
        });

        // readonly attribute WorkerNavigator navigator; (defined with the interfaces, by NavigatorConstructor)

        // attribute OnErrorEventHandler onerror;
        ErrorEventHandlerAttribute.Define(realm, target);

        // attribute EventHandler onlanguagechange, onoffline, ononline, onrejectionhandled, onunhandledrejection;
        EventHandlerAttribute.Define(realm, target, "onlanguagechange", "languagechange");
        EventHandlerAttribute.Define(realm, target, "onoffline", "offline");
        EventHandlerAttribute.Define(realm, target, "ononline", "online");
        EventHandlerAttribute.Define(realm, target, "onrejectionhandled", "rejectionhandled");
        EventHandlerAttribute.Define(realm, target, "onunhandledrejection", "unhandledrejection");
    }

    // https://html.spec.whatwg.org/multipage/workers.html#dedicatedworkerglobalscope
    private static void DefineDedicatedMembers(WorkerGlobal scriptGlobal)
    {
        BindingRealm realm = scriptGlobal.Bindings;
        ObjectInstance target = scriptGlobal.GlobalObject;
        Engine engine = scriptGlobal.Engine;
        DedicatedWorkerGlobalScope global = scriptGlobal.Global;

        // [Replaceable] readonly attribute DOMString name;
        // "The name getter steps are to return this's name."
        InterfaceMembers.DefineAttribute(realm, target, "name", _ => new JsString(global.Name), (_, value) => target.DefineOwnProperty("name", new Jint.Runtime.Descriptors.PropertyDescriptor(value, Jint.Runtime.Descriptors.PropertyFlag.ConfigurableEnumerableWritable)));

        // undefined postMessage(any message, sequence<object> transfer);
        // undefined postMessage(any message, optional StructuredSerializeOptions options = {});
        InterfaceMembers.DefineOperation(realm, target, "postMessage", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'postMessage' on 'DedicatedWorkerGlobalScope'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            IReadOnlyList<object?> transfer = HtmlConversions.ToTransferOrOptions(engine, arguments, context);
            global.PostMessage(arguments[0], transfer);
            return JsValue.Undefined;
        });

        // undefined close();
        InterfaceMembers.DefineOperation(realm, target, "close", 0, (_, _) =>
        {
            global.Close();
            return JsValue.Undefined;
        });

        // attribute EventHandler onmessage; attribute EventHandler onmessageerror;
        // "the port message queue of the worker's implicit port" is enabled by the run a worker
        // steps, not by setting onmessage.
        EventHandlerAttribute.Define(realm, target, "onmessage", "message");
        EventHandlerAttribute.Define(realm, target, "onmessageerror", "messageerror");
    }

    // https://html.spec.whatwg.org/multipage/workers.html#import-scripts-into-worker-global-scope
    private static void ImportScripts(ScriptedWorker worker, WorkerScriptFetcher fetcher, string[] urls, string context)
    {
        var global = worker.Global;
        var realm = worker.Bindings!.Bindings;

        // "1. If worker global scope's type is "module", throw a TypeError exception."
        if (global.Type == WorkerType.Module)
        {
            throw ScriptErrors.TypeError(worker.Engine, context + ": Module scripts don't support importScripts().");
        }

        // "2. Let settings object be the current settings object."
        // "3. If urls is empty, return."
        if (urls.Length == 0)
        {
            return;
        }

        // "4. Let urlRecords be « »."
        // "5. For each url of urls: 1. Let urlRecord be the result of encoding-parsing a URL given
        //  url, relative to settings object. 2. If urlRecord is failure, then throw a
        //  "SyntaxError" DOMException. 3. Append urlRecord to urlRecords."
        var urlRecords = new Url[urls.Length];
        for (int i = 0; i < urls.Length; i++)
        {
            if (!Url.TryParse(urls[i], global.Url, out Url? urlRecord))
            {
                throw ScriptErrors.DomException(realm, "SyntaxError", $"{context}: The URL '{urls[i]}' is invalid.");
            }

            urlRecords[i] = urlRecord;
        }

        // "6. For each urlRecord of urlRecords:"
        foreach (Url urlRecord in urlRecords)
        {
            // "1. Fetch a classic worker-imported script given urlRecord and settings object ...
            //  If this succeeds, let script be the result. Otherwise, rethrow the exception."
            // https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-classic-worker-imported-script
            // "If any of the following are true: bodyBytes is null or failure; or response's
            //  status is not an ok status, then throw a "NetworkError" DOMException."
            string? source = fetcher.Fetch(urlRecord, out string? error);
            if (source is null)
            {
                throw ScriptErrors.DomException(realm, "NetworkError", $"{context}: The script at '{urlRecord.Href}' failed to load. ({error})");
            }

            // "2. Run the classic script script, with rethrow errors set to true."
            // FIXME: a cross-origin imported script's errors are muted ("Script error.") in the
            // standard; here its details show.
            worker.RunImportedScript(source, urlRecord.Href);
        }
    }

    // The window at the root of a worker's owner chain (a nested worker's owner is a worker).
    private static Browsing.Window OwnerWindow(DedicatedWorkerGlobalScope global)
    {
        var owner = global.Worker.Owner;
        while (owner is DedicatedWorkerGlobalScope nested)
        {
            owner = nested.Worker.Owner;
        }

        return (Browsing.Window)owner;
    }
}

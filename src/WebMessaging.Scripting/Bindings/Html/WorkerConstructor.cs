using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Worker interface object (https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface).</summary>
internal sealed class WorkerConstructor : InterfaceConstructor
{
    private readonly GlobalScope _owner;
    private readonly Func<Url> _apiBaseUrl;

    private WorkerConstructor(BindingRealm realm, GlobalScope owner, Func<Url> apiBaseUrl)
        : base(realm, "Worker", 1, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        _owner = owner;
        _apiBaseUrl = apiBaseUrl;
        WorkerPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>
    /// Installs Worker (after EventTarget) in <paramref name="realm"/>, whose workers belong to
    /// <paramref name="owner"/> and resolve their URLs against <paramref name="apiBaseUrl"/>, and
    /// exposes it on <paramref name="globalObject"/>.
    /// </summary>
    public static WorkerConstructor Install(BindingRealm realm, GlobalScope owner, ObjectInstance globalObject, Func<Url> apiBaseUrl)
    {
        var constructor = new WorkerConstructor(realm, owner, apiBaseUrl);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(Worker), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://html.spec.whatwg.org/multipage/workers.html#dom-worker
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor((TrustedScriptURL or USVString) scriptURL, optional WorkerOptions options = {});
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);

        // "1. Let compliantScriptURL be the result of invoking the get trusted type compliant
        //  string algorithm with TrustedScriptURL, this's relevant global object, scriptURL,
        //  "Worker constructor", and "script"." (no Trusted Types here: the string itself)
        string compliantScriptUrl = WebIdlConversions.ToUsvString(Engine, arguments[0], ConstructContext + ": parameter 1");
        WorkerOptions options = ToWorkerOptions(WebIdlConversions.Argument(arguments, 1));

        // "2. Let outsideSettings be the current principal settings object."
        // "3. Let workerURL be the result of encoding-parsing a URL given compliantScriptURL,
        //  relative to outsideSettings." "4. If workerURL is failure, then throw a
        //  "SyntaxError" DOMException."
        if (!Url.TryParse(compliantScriptUrl, _apiBaseUrl(), out Url? workerUrl))
        {
            throw ScriptErrors.DomException(Realm, "SyntaxError", $"{ConstructContext}: The URL '{compliantScriptUrl}' is invalid.");
        }

        // "5. Let outsidePort be a new MessagePort in outsideSettings's realm." ... "9. Run this
        //  step in parallel: Run a worker given worker, workerURL, outsideSettings, outsidePort,
        //  and options." (the core; a cross-origin URL throws its "SecurityError" here)
        Worker worker = _owner.Browser.CreateWorker(_owner, workerUrl.Href, options);
        return new PlatformObject(Realm, worker, prototype);
    }

    // dictionary WorkerOptions { WorkerType type = "classic"; RequestCredentials credentials = "same-origin"; DOMString name = ""; };
    private WorkerOptions ToWorkerOptions(JsValue value)
    {
        const string dictionaryContext = "Failed to read the 'WorkerOptions' dictionary";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, value, ConstructContext + ": parameter 2");

        // Members in lexicographic order: credentials, name, type.
        // FIXME: credentials ("omit", "same-origin", "include"): fetches here carry no credentials.
        JsValue nameValue = WebIdlConversions.GetDictionaryMember(dictionary, "name");
        string name = nameValue.IsUndefined() ? "" : WebIdlConversions.ToDomString(Engine, nameValue, dictionaryContext + ": name");
        JsValue typeValue = WebIdlConversions.GetDictionaryMember(dictionary, "type");
        var type = WorkerType.Classic;
        if (!typeValue.IsUndefined())
        {
            // enum WorkerType { "classic", "module" };
            string typeName = WebIdlConversions.ToDomString(Engine, typeValue, dictionaryContext + ": type");
            type = typeName switch
            {
                "classic" => WorkerType.Classic,
                "module" => WorkerType.Module,
                _ => throw ScriptErrors.TypeError(Engine, $"{ConstructContext}: Failed to read the 'type' property from 'WorkerOptions': The provided value '{typeName}' is not a valid enum value of type WorkerType."),
            };
        }

        return new WorkerOptions { Name = name, Type = type };
    }
}

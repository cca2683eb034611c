using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Values;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The URL interface object (https://url.spec.whatwg.org/#url-class) over the core's URL
/// parser, with the File API's URL.createObjectURL and URL.revokeObjectURL
/// (https://w3c.github.io/FileAPI/#url) on the browser's blob URL store.
/// </summary>
internal sealed class UrlConstructor : InterfaceConstructor
{
    private UrlConstructor(BindingRealm realm)
        : base(realm, "URL", 1, parent: null, new JsObject(realm.Engine))
    {
        UrlPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs URL (after URLSearchParams) in <paramref name="realm"/>, whose blob URLs <paramref name="owner"/> makes in <paramref name="blobs"/>, and exposes it on <paramref name="globalObject"/>.</summary>
    public static UrlConstructor Install(BindingRealm realm, ObjectInstance globalObject, GlobalScope owner, BlobUrlStore blobs)
    {
        var constructor = new UrlConstructor(realm);
        constructor.ExposeOn(globalObject);
        Engine engine = realm.Engine;

        // static boolean canParse(USVString url, optional USVString base);
        InterfaceMembers.DefineOperation(realm, constructor, "canParse", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'canParse' on 'URL'";
            (string url, string? baseUrl) = ToUrlAndBase(engine, arguments, context);

            // "1. Let parseResult be the result of running the API URL parser on url with base,
            //  if given. 2. If parseResult is failure, then return false. 3. Return true."
            return ApiUrlParser(url, baseUrl) is null ? JsBoolean.False : JsBoolean.True;
        });

        // static URL? parse(USVString url, optional USVString base);
        InterfaceMembers.DefineOperation(realm, constructor, "parse", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'parse' on 'URL'";
            (string url, string? baseUrl) = ToUrlAndBase(engine, arguments, context);

            // "1. Let parsedURL be the result of running the API URL parser on url with base, if
            //  given. 2. If parsedURL is failure, then return null. 3. Let url be a new URL
            //  object. 4. Initialize url with parsedURL. 5. Return url."
            return ApiUrlParser(url, baseUrl) is { } parsed ? constructor.Initialize(parsed, constructor.PrototypeObject) : JsValue.Null;
        });

        // static DOMString createObjectURL((Blob or MediaSource) obj);
        InterfaceMembers.DefineOperation(realm, constructor, "createObjectURL", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'createObjectURL' on 'URL'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            if (!BindingRealm.TryUnwrap(arguments[0], out Blob? blob))
            {
                throw ScriptErrors.TypeError(engine, context + ": Overload resolution failed.");
            }

            // "The createObjectURL(obj) static method must return the result of adding an entry
            //  to the blob URL store for obj."
            return new JsString(blobs.Add(blob, owner.Origin));
        });

        // static undefined revokeObjectURL(DOMString url);
        InterfaceMembers.DefineOperation(realm, constructor, "revokeObjectURL", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'revokeObjectURL' on 'URL'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string url = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            blobs.Revoke(url, owner.Origin);
            return JsValue.Undefined;
        });

        return constructor;
    }

    /// <summary>
    /// https://url.spec.whatwg.org/#api-url-parser
    /// "1. Let parsedBase be null. 2. If base is non-null: 1. Set parsedBase to the result of
    /// running the basic URL parser on base. 2. If parsedBase is failure, then return failure.
    /// 3. Return the result of running the basic URL parser on url with parsedBase."
    /// </summary>
    public static Url? ApiUrlParser(string url, string? baseUrl)
    {
        Url? parsedBase = null;
        if (baseUrl is not null && !Url.TryParse(baseUrl, null, out parsedBase))
        {
            return null;
        }

        return Url.TryParse(url, parsedBase, out Url? parsed) ? parsed : null;
    }

    // https://url.spec.whatwg.org/#dom-url-url
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(USVString url, optional USVString base);
        (string url, string? baseUrl) = ToUrlAndBase(Engine, arguments, ConstructContext);

        // "1. Let parsedURL be the result of running the API URL parser on url with base, if
        //  given." "2. If parsedURL is failure, then throw a TypeError."
        Url parsedUrl = ApiUrlParser(url, baseUrl)
            ?? throw ScriptErrors.TypeError(Engine, baseUrl is null ? $"{ConstructContext}: Invalid URL" : $"{ConstructContext}: Invalid URL or base URL");

        // "3. Initialize this with parsedURL."
        return Initialize(parsedUrl, prototype);
    }

    // https://url.spec.whatwg.org/#url-initialize
    private PlatformObject Initialize(Url url, ObjectInstance prototype)
    {
        // "1. Let query be url's query, if that is non-null, and the empty string otherwise."
        // "2. Set urlObject's URL to url."
        // "3. Set urlObject's query object to a new URLSearchParams object."
        // "4. Initialize urlObject's query object with query."
        // "5. Set urlObject's query object's URL object to urlObject."
        var query = UrlSearchParamsState.Parse(url.Query ?? "");
        var state = new UrlState(url, query);
        query.UrlObjectUpdate = _ => UrlPrototype.UpdateSteps(state);
        return new PlatformObject(Realm, state, prototype);
    }

    private static (string Url, string? Base) ToUrlAndBase(Engine engine, JsValue[] arguments, string context)
    {
        WebIdlConversions.RequireArguments(engine, arguments, 1, context);
        string url = WebIdlConversions.ToUsvString(engine, arguments[0], context + ": parameter 1");
        JsValue baseValue = WebIdlConversions.Argument(arguments, 1);
        string? baseUrl = baseValue.IsUndefined() ? null : WebIdlConversions.ToUsvString(engine, baseValue, context + ": parameter 2");
        return (url, baseUrl);
    }
}

using Jint;
using Jint.Native;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Sites;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>
/// The Fetch standard's interfaces for a window or worker: Headers, Response and fetch(),
/// which reads from the site map (and the blob URL store) instead of a network.
/// </summary>
internal static class FetchBindings
{
    /// <summary>Installs Headers, Response and fetch() on the global.</summary>
    /// <param name="global">The window or worker global.</param>
    /// <param name="apiBaseUrl">The URL relative URLs resolve against (the document's base URL, or the worker's URL).</param>
    /// <param name="sites">Where http and https URLs are fetched from.</param>
    /// <param name="blobs">The browser's blob URL store.</param>
    /// <param name="onNetworkError">Told of every fetch that ends in a network error (the URL and why), for the console.</param>
    public static void Install(IScriptGlobal global, Func<Url> apiBaseUrl, SiteMap sites, BlobUrlStore blobs, Action<string, string>? onNetworkError)
    {
        HeadersConstructor.Install(global.Bindings, global.GlobalObject);
        var responses = ResponseConstructor.Install(global, apiBaseUrl);

        // [NewObject] Promise<Response> fetch(RequestInfo input, optional RequestInit init = {});
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "fetch", 1, (_, arguments) =>
        {
            var context = $"Failed to execute 'fetch' on '{global.InterfaceName}'";
            var engine = global.Engine;
            try
            {
                WebIdlConversions.RequireArguments(engine, arguments, 1, context);

                // FIXME: Request objects (RequestInfo is here a USVString, or an object such as a URL
                // converted to one).
                var input = WebIdlConversions.ToUsvString(engine, arguments[0], context + ": parameter 1");
                var method = Method(engine, WebIdlConversions.Argument(arguments, 1), context);

                // https://fetch.spec.whatwg.org/#dom-request: "5. ... Let parsedURL be the result of
                // parsing input with baseURL. 6. If parsedURL is failure, then throw a TypeError."
                if (!Url.TryParse(input, apiBaseUrl(), out var url))
                {
                    throw ScriptErrors.TypeError(engine, $"{context}: Failed to parse URL from {input}");
                }

                var (promise, resolve, reject) = responses.NewPromise();

                // https://fetch.spec.whatwg.org/#fetch-method: the fetch runs "in parallel"; its
                // response is processed in a task on the networking task source.
                global.Scope.QueueGlobalTask(TaskSource.Networking, () =>
                {
                    var response = Fetch(url, method, sites, blobs, global.Scope.Origin, out var networkError);
                    if (response is null)
                    {
                        // "If response is a network error, then reject p with a TypeError and abort these steps."
                        onNetworkError?.Invoke(url.Href, networkError ?? "network error");
                        reject(ScriptErrors.TypeError(engine, "Failed to fetch").Error);
                        return;
                    }

                    // "Resolve p with responseObject."
                    resolve(responses.Wrap(response));
                }, "fetch " + url.Href);

                return promise;
            }
            catch (Jint.Runtime.JavaScriptException exception)
            {
                // "[NewObject] Promise" operations return a rejected promise instead of throwing.
                return responses.RejectedPromise(exception.Error);
            }
        });
    }

    // https://fetch.spec.whatwg.org/#concept-scheme-fetch, for the schemes this runtime can serve.
    private static ResponseState? Fetch(Url url, string method, SiteMap sites, BlobUrlStore blobs, Origins.Origin requester, out string? networkError)
    {
        networkError = null;
        var head = method == "HEAD";
        var urlWithoutFragment = url.HrefExcludingFragment;
        if (url.Scheme == "blob")
        {
            // "blob": "3. If request's method is not `GET` or blobURLEntry is null, then return a network error."
            if (method != "GET" || blobs.Resolve(url) is not { } blob)
            {
                networkError = "the blob URL is not in the blob URL store (revoked or never made)";
                return null;
            }

            var blobHeaders = new HeaderList();
            blobHeaders.Append("Content-Length", blob.Size.ToString(System.Globalization.CultureInfo.InvariantCulture));
            blobHeaders.Append("Content-Type", blob.Type);
            blobHeaders.Guard = "immutable";
            return new ResponseState { Type = "basic", Url = urlWithoutFragment, Status = 200, StatusText = "OK", Headers = blobHeaders, Body = blob.Bytes.ToArray() };
        }

        if (url.Scheme is not ("http" or "https"))
        {
            // FIXME: data: and about: URLs.
            networkError = $"the {url.Scheme}: scheme is not fetched by this runtime";
            return null;
        }

        // FIXME: request bodies and methods other than GET and HEAD reach the same files.
        var result = sites.Fetch(url);
        var headers = new HeaderList();
        int status;
        string statusText;
        byte[] body;
        switch (result.Error)
        {
            case SiteFetchError.None:
                status = 200;
                statusText = "OK";
                body = result.Body.ToArray();
                if (result.ContentType is { } contentType)
                {
                    headers.Append("Content-Type", contentType);
                }

                break;
            case SiteFetchError.MissingFile or SiteFetchError.NotAFile:
                // A site's server answers 404 for a path it has no file for.
                status = 404;
                statusText = "Not Found";
                body = [];
                break;
            default:
                networkError = result.ErrorMessage ?? "Failed to fetch";
                return null;
        }

        headers.Guard = "immutable";

        // IMPLEMENTATION DEFINED: the site map has no CORS headers; a response of another origin
        // is given as if its server allowed the requester's origin (a "cors" response).
        var type = url.Origin.IsSameOrigin(requester) ? "basic" : "cors";
        return new ResponseState { Type = type, Url = urlWithoutFragment, Status = status, StatusText = statusText, Headers = headers, Body = head ? null : body };
    }

    // RequestInit's method: "If init["method"] exists, then: 1. Let method be init["method"].
    // 2. If method is not a method or method is a forbidden method, then throw a TypeError.
    // 3. Normalize method."
    private static string Method(Engine engine, JsValue initValue, string context)
    {
        var init = WebIdlConversions.ToDictionary(engine, initValue, context + ": parameter 2");
        var methodValue = WebIdlConversions.GetDictionaryMember(init, "method");
        if (methodValue.IsUndefined())
        {
            return "GET";
        }

        var method = HeadersConstructor.ToByteString(engine, methodValue, context);
        var upper = method.ToUpperInvariant();
        if (upper is "CONNECT" or "TRACE" or "TRACK")
        {
            throw ScriptErrors.TypeError(engine, $"{context}: '{method}' HTTP method is unsupported.");
        }

        return upper is "DELETE" or "GET" or "HEAD" or "OPTIONS" or "POST" or "PUT" ? upper : method;
    }
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>The Response interface object (https://fetch.spec.whatwg.org/#response-class) with the Body mixin's members.</summary>
internal sealed class ResponseConstructor : InterfaceConstructor
{
    // https://fetch.spec.whatwg.org/#null-body-status
    private static readonly int[] NullBodyStatuses = [101, 103, 204, 205, 304];

    private readonly IScriptGlobal _global;
    private readonly Func<Origins.Url> _apiBaseUrl;
    private readonly Dictionary<ResponseState, JsValue> _headersObjects = new(ReferenceEqualityComparer.Instance);

    // The realm's own Promise and RangeError, kept before page scripts can replace them.
    private readonly Jint.Native.Function.Function _promise;
    private readonly JsValue _promiseReject;
    private readonly JsValue _rangeError;

    private ResponseConstructor(IScriptGlobal global, Func<Origins.Url> apiBaseUrl)
        : base(global.Bindings, "Response", 0, parent: null, new JsObject(global.Engine))
    {
        _global = global;
        _apiBaseUrl = apiBaseUrl;
        _promise = (Jint.Native.Function.Function)global.GlobalObject.Get("Promise");
        _promiseReject = _promise.Get("reject");
        _rangeError = global.GlobalObject.Get("RangeError");
        var realm = global.Bindings;

        // readonly attribute ResponseType type; readonly attribute USVString url;
        // readonly attribute boolean redirected; readonly attribute unsigned short status;
        // readonly attribute boolean ok; readonly attribute ByteString statusText;
        // [SameObject] readonly attribute Headers headers;
        Attribute("type", response => new JsString(response.Type));
        Attribute("url", response => new JsString(response.Url));
        Attribute("redirected", _ => JsBoolean.False);
        Attribute("status", response => JsNumber.Create(response.Status));
        Attribute("ok", response => response.Status is >= 200 and <= 299 ? JsBoolean.True : JsBoolean.False);
        Attribute("statusText", response => new JsString(response.StatusText));
        Attribute("headers", HeadersObject);

        // Body: readonly attribute ReadableStream? body; readonly attribute boolean bodyUsed;
        // FIXME: body is a ReadableStream in the standard; there are no streams here, so it is null.
        Attribute("body", _ => JsValue.Null);
        Attribute("bodyUsed", response => response.Disturbed ? JsBoolean.True : JsBoolean.False);

        // Promise<ArrayBuffer> arrayBuffer(); Promise<Blob> blob(); Promise<Uint8Array> bytes();
        // Promise<any> json(); Promise<USVString> text();
        Consumer("arrayBuffer", bytes => BufferSources.CreateArrayBuffer(Engine, bytes));
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "blob", 0, (thisValue, _) =>
        {
            var response = This(thisValue);
            var type = response.Headers.Get("Content-Type") ?? "";
            return Consume(response, bytes => realm.Wrap(new Blob(bytes, BlobParts.ToType(type))), "Failed to execute 'blob' on 'Response'");
        });
        Consumer("bytes", bytes => BufferSources.CreateUint8Array(Engine, bytes));
        Consumer("json", bytes => FetchBodies.ParseJson(Engine, bytes));
        Consumer("text", bytes => new JsString(FetchBodies.Utf8Decode(bytes)));

        // [NewObject] Response clone();
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "clone", 0, (thisValue, _) =>
        {
            // "1. If this is unusable, then throw a TypeError."
            var response = This(thisValue);
            if (response.Disturbed)
            {
                throw ScriptErrors.TypeError(Engine, "Failed to execute 'clone' on 'Response': Response body is already used");
            }

            // "2. Let clonedResponse be the result of cloning this's response."
            return Wrap(new ResponseState
            {
                Type = response.Type,
                Url = response.Url,
                Status = response.Status,
                StatusText = response.StatusText,
                Headers = response.Headers.Clone(),
                Body = response.Body,
            });
        });

        // static Response error();
        InterfaceMembers.DefineOperation(realm, this, "error", 0, (_, _) =>
            Wrap(new ResponseState { Type = "error", Status = 0, Headers = new HeaderList { Guard = "immutable" } }));

        // static Response json(any data, optional ResponseInit init = {});
        InterfaceMembers.DefineOperation(realm, this, "json", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'json' on 'Response'";

            // "1. Let bytes the result of running serialize a JavaScript value to JSON bytes on data."
            var json = new Jint.Native.Json.JsonSerializer(Engine).Serialize(WebIdlConversions.Argument(arguments, 0));
            if (json.IsUndefined())
            {
                throw ScriptErrors.TypeError(Engine, context + ": The data is not JSON-serializable.");
            }

            // "2. Let body be the result of extracting bytes." "3. Let responseObject be ...
            // 4. Perform initialize a response given responseObject, init, and (body, "application/json")."
            return Wrap(Initialize(WebIdlConversions.Argument(arguments, 1), (System.Text.Encoding.UTF8.GetBytes(json.AsString()), "application/json"), context));
        });

        // static Response redirect(USVString url, optional unsigned short status = 302);
        InterfaceMembers.DefineOperation(realm, this, "redirect", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'redirect' on 'Response'";
            WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
            var urlText = WebIdlConversions.ToUsvString(Engine, arguments[0], context + ": parameter 1");
            var statusValue = WebIdlConversions.Argument(arguments, 1);
            int status = statusValue.IsUndefined() ? 302 : WebIdlConversions.ToUnsignedShort(Engine, statusValue, context + ": parameter 2");

            // "1. Let parsedURL be the result of parsing url with current settings object's API base URL."
            // "2. If parsedURL is failure, then throw a TypeError."
            if (!Origins.Url.TryParse(urlText, _apiBaseUrl(), out var parsed))
            {
                throw ScriptErrors.TypeError(Engine, $"{context}: Failed to parse URL from {urlText}");
            }

            // "3. If status is not a redirect status, then throw a RangeError."
            if (status is not (301 or 302 or 303 or 307 or 308))
            {
                throw RangeError($"{context}: Invalid status code");
            }

            // "4-7." a response with status, and `Location` set to parsedURL, serialized and isomorphic encoded.
            var headers = new HeaderList { Guard = "immutable" };
            headers.Append("location", parsed.Href);
            return Wrap(new ResponseState { Status = status, Headers = headers });
        });
    }

    /// <summary>Installs Response in the global's realm and exposes it; URLs resolve against <paramref name="apiBaseUrl"/>.</summary>
    public static ResponseConstructor Install(IScriptGlobal global, Func<Origins.Url> apiBaseUrl)
    {
        var constructor = new ResponseConstructor(global, apiBaseUrl);
        constructor.ExposeOn(global.GlobalObject);
        return constructor;
    }

    /// <summary>A Response object of this realm for <paramref name="response"/>.</summary>
    public PlatformObject Wrap(ResponseState response) => new(Realm, response, PrototypeObject);

    // constructor(optional BodyInit? body = null, optional ResponseInit init = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // "3. Let bodyWithType be null. 4. If body is non-null, then set bodyWithType to the result of extracting body."
        var body = WebIdlConversions.Argument(arguments, 0);
        (byte[] Bytes, string? Type)? bodyWithType = WebIdlConversions.IsNullish(body) ? null : FetchBodies.Extract(Realm, body, ConstructContext + ": parameter 1");

        // "5. Perform initialize a response given this, init, and bodyWithType."
        return new PlatformObject(Realm, Initialize(WebIdlConversions.Argument(arguments, 1), bodyWithType, ConstructContext), prototype);
    }

    // https://fetch.spec.whatwg.org/#initialize-a-response
    private ResponseState Initialize(JsValue initValue, (byte[] Bytes, string? Type)? body, string context)
    {
        // dictionary ResponseInit { unsigned short status = 200; ByteString statusText = ""; HeadersInit headers; };
        var init = WebIdlConversions.ToDictionary(Engine, initValue, context + ": parameter 2");
        var headersValue = WebIdlConversions.GetDictionaryMember(init, "headers");
        var statusValue = WebIdlConversions.GetDictionaryMember(init, "status");
        int status = statusValue.IsUndefined() ? 200 : WebIdlConversions.ToUnsignedShort(Engine, statusValue, context + ": status");
        var statusTextValue = WebIdlConversions.GetDictionaryMember(init, "statusText");
        var statusText = statusTextValue.IsUndefined() ? "" : HeadersConstructor.ToByteString(Engine, statusTextValue, context + ": statusText");

        // "1. If init["status"] is not in the range 200 to 599, inclusive, then throw a RangeError."
        if (status is < 200 or > 599)
        {
            throw RangeError($"{context}: The status provided ({status}) is outside the range [200, 599].");
        }

        // "2. If init["statusText"] is not the empty string and does not match the reason-phrase
        // token production, then throw a TypeError."
        foreach (var c in statusText)
        {
            if (c is '\r' or '\n')
            {
                throw ScriptErrors.TypeError(Engine, $"{context}: Invalid statusText");
            }
        }

        // "5. If init["headers"] exists, then fill response's headers with init["headers"]."
        var headers = new HeaderList { Guard = "response" };
        if (!headersValue.IsUndefined())
        {
            HeadersConstructor.Fill(Engine, headers, headersValue, context + ": headers");
        }

        // "6. If body is given, then: 1. If response's status is a null body status, then throw a TypeError."
        // "2. Set response's body to body's body. 3. If body's type is non-null and response's header
        // list does not contain `Content-Type`, then append (`Content-Type`, body's type)."
        if (body is { } given)
        {
            if (Array.IndexOf(NullBodyStatuses, status) >= 0)
            {
                throw ScriptErrors.TypeError(Engine, $"{context}: Response with null body status cannot have body");
            }

            if (given.Type is { } type && !headers.Contains("Content-Type"))
            {
                headers.Append("Content-Type", type);
            }
        }

        // "3. Set response's response's status to init["status"]." "4. ... status message ..."
        return new ResponseState { Status = status, StatusText = statusText, Headers = headers, Body = body?.Bytes };
    }

    /// <summary>A new pending promise of this realm and the functions that settle it.</summary>
    public (JsValue Promise, Action<JsValue> Resolve, Action<JsValue> Reject) NewPromise()
    {
        JsValue resolve = JsValue.Undefined;
        JsValue reject = JsValue.Undefined;
        var executor = new Jint.Runtime.Interop.ClrFunction(Engine, "", (_, arguments) =>
        {
            resolve = arguments[0];
            reject = arguments[1];
            return JsValue.Undefined;
        }, 2);
        var promise = Engine.Construct(_promise, [executor]);
        return (promise, value => Engine.Call(resolve, JsValue.Undefined, [value]), reason => Engine.Call(reject, JsValue.Undefined, [reason]));
    }

    /// <summary>A promise of this realm rejected with <paramref name="reason"/>.</summary>
    public JsValue RejectedPromise(JsValue reason) => Engine.Call(_promiseReject, _promise, [reason]);

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-body-consume-body
    /// "consume body": a promise of the body's bytes converted by <paramref name="convert"/>,
    /// rejected with a TypeError when the body was used already.
    /// </summary>
    private JsValue Consume(ResponseState response, Func<byte[], JsValue> convert, string context)
    {
        // "1. If object is unusable, then return a promise rejected with a TypeError."
        if (response.Disturbed)
        {
            return RejectedPromise(ScriptErrors.TypeError(Engine, context + ": body stream already read").Error);
        }

        // "4. If object's body is null, then run successSteps with an empty byte sequence."
        // "5. Otherwise, fully read object's body given successSteps, errorSteps, and object's relevant global object."
        // IMPLEMENTATION DEFINED: the whole body is in memory, so the promise is settled at once;
        // its reactions still run at the next microtask checkpoint.
        var bytes = response.Body ?? [];
        if (response.Body is not null)
        {
            response.Disturbed = true;
        }

        try
        {
            return _global.ResolvedPromise(convert(bytes));
        }
        catch (Jint.Runtime.JavaScriptException exception)
        {
            // "2. Let errorSteps given error be to reject promise with error."
            return RejectedPromise(exception.Error);
        }
    }

    private Jint.Runtime.JavaScriptException RangeError(string message) =>
        new(Engine.Construct(_rangeError, [new JsString(message)]));

    private JsValue HeadersObject(ResponseState response)
    {
        if (!_headersObjects.TryGetValue(response, out var headers))
        {
            headers = Realm.Wrap(response.Headers);
            _headersObjects[response] = headers;
        }

        return headers;
    }

    // "If I was not declared with a constructor operation" does not apply: Response has one.
    private void Attribute(string name, Func<ResponseState, JsValue> getter) =>
        InterfaceMembers.DefineAttribute(Realm, PrototypeObject, name, thisValue => getter(This(thisValue)));

    private void Consumer(string name, Func<byte[], JsValue> convert) =>
        InterfaceMembers.DefineOperation(Realm, PrototypeObject, name, 0, (thisValue, _) =>
            Consume(This(thisValue), convert, $"Failed to execute '{name}' on 'Response'"));

    private ResponseState This(JsValue thisValue) => WebIdlConversions.This<ResponseState>(Engine, thisValue);
}

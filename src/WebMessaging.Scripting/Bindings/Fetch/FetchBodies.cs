using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>
/// https://fetch.spec.whatwg.org/#body-mixin: extracting a body from a BodyInit, and the
/// conversions of a consumed body (text, json).
/// </summary>
internal static class FetchBodies
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-bodyinit-extract
    /// The bytes of a BodyInit and its Content-Type, or null when it has none.
    /// </summary>
    public static (byte[] Bytes, string? Type) Extract(BindingRealm realm, JsValue value, string context)
    {
        // "Blob: Set source to object. ... If object's type attribute is not the empty byte
        // sequence, set type to its value."
        if (BindingRealm.TryUnwrap<Blob>(value, out var blob))
        {
            return (blob.Bytes.ToArray(), blob.Type.Length == 0 ? null : blob.Type);
        }

        // "BufferSource: Set source to a copy of the bytes held by object."
        if (BufferSources.IsBufferSource(value))
        {
            return (BufferSources.GetBytes(value).ToArray(), null);
        }

        // "URLSearchParams: Set source to the result of running the application/x-www-form-urlencoded
        // serializer with object's list. Set type to `application/x-www-form-urlencoded;charset=UTF-8`."
        if (BindingRealm.TryUnwrap<UrlSearchParamsState>(value, out var parameters))
        {
            return (Utf8.GetBytes(parameters.ToString()), "application/x-www-form-urlencoded;charset=UTF-8");
        }

        // FIXME: FormData and ReadableStream bodies (neither interface exists here).
        // "scalar value string: Set source to the UTF-8 encoding of object. Set type to `text/plain;charset=UTF-8`."
        var text = WebIdlConversions.ToUsvString(realm.Engine, value, context);
        return (Utf8.GetBytes(text), "text/plain;charset=UTF-8");
    }

    /// <summary>UTF-8 decode (https://encoding.spec.whatwg.org/#utf-8-decode): a leading BOM is dropped, invalid bytes become U+FFFD.</summary>
    public static string Utf8Decode(byte[] bytes) => BlobParts.Utf8Decode(bytes);

    /// <summary>"parse JSON from bytes": JSON.parse of the UTF-8 decoded text.</summary>
    public static JsValue ParseJson(Engine engine, byte[] bytes) => new JsonParser(engine).Parse(Utf8Decode(bytes));
}

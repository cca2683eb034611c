using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The conversions the Blob and File constructors share (https://w3c.github.io/FileAPI/#constructorBlob).</summary>
internal static class BlobParts
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// sequence&lt;BlobPart&gt; converted and processed (https://w3c.github.io/FileAPI/#process-blob-parts):
    /// the bytes of every part, in order.
    /// </summary>
    public static byte[] Process(Engine engine, JsValue parts, bool nativeEndings, string context)
    {
        // typedef (BufferSource or Blob or USVString) BlobPart;
        List<object> elements = WebIdlConversions.ToSequence<object>(engine, parts, context, (value, index) =>
        {
            if (value is ObjectInstance)
            {
                if (BindingRealm.TryUnwrap(value, out Blob? blob))
                {
                    return blob;
                }

                if (BufferSources.IsBufferSource(value))
                {
                    return BufferSources.GetBytes(value).ToArray();
                }
            }

            return WebIdlConversions.ToUsvString(engine, value, $"{context}: element {index}");
        });

        // "1. Let bytes be an empty sequence of bytes."
        var bytes = new MemoryStream();

        // "2. For each element in parts:"
        foreach (object element in elements)
        {
            switch (element)
            {
                // "1. If element is a USVString, run the following substeps: 1. Let s be element.
                //  2. If the endings member of options is "native", set s to the result of
                //  converting line endings to native of element. 3. Append the result of UTF-8
                //  encoding s to bytes."
                case string text:
                    bytes.Write(Utf8.GetBytes(nativeEndings ? ToNativeLineEndings(text) : text));
                    break;

                // "2. If element is a BufferSource, get a copy of the bytes held by the buffer
                //  source, and append those bytes to bytes."
                case byte[] copy:
                    bytes.Write(copy);
                    break;

                // "3. If element is a Blob, append the bytes it represents to bytes."
                case Blob blob:
                    bytes.Write(blob.Bytes.Span);
                    break;
            }
        }

        // "3. Return bytes."
        return bytes.ToArray();
    }

    /// <summary>
    /// The type member of BlobPropertyBag as the constructor keeps it: "If t contains any
    /// characters outside the range of U+0020 to U+007E, then set t to the empty string" (the
    /// core lower-cases it).
    /// </summary>
    public static string ToType(string type)
    {
        foreach (char c in type)
        {
            if (c is < '\u0020' or > '\u007E')
            {
                return "";
            }
        }

        return type;
    }

    /// <summary>Reads BlobPropertyBag { DOMString type = ""; EndingType endings = "transparent"; } (endings first).</summary>
    public static (string Type, bool NativeEndings) ToBlobPropertyBag(Engine engine, ObjectInstance? dictionary, string dictionaryName)
    {
        JsValue endingsValue = WebIdlConversions.GetDictionaryMember(dictionary, "endings");
        bool nativeEndings = false;
        if (!endingsValue.IsUndefined())
        {
            // enum EndingType { "transparent", "native" };
            string endings = WebIdlConversions.ToDomString(engine, endingsValue, $"Failed to read the 'endings' property from '{dictionaryName}'");
            nativeEndings = endings switch
            {
                "transparent" => false,
                "native" => true,
                _ => throw ScriptErrors.TypeError(engine, $"Failed to read the 'endings' property from '{dictionaryName}': The provided value '{endings}' is not a valid enum value of type EndingType."),
            };
        }

        JsValue typeValue = WebIdlConversions.GetDictionaryMember(dictionary, "type");
        string type = typeValue.IsUndefined() ? "" : WebIdlConversions.ToDomString(engine, typeValue, $"Failed to read the 'type' property from '{dictionaryName}'");
        return (ToType(type), nativeEndings);
    }

    /// <summary>UTF-8 decode (https://encoding.spec.whatwg.org/#utf-8-decode): a leading BOM is dropped, invalid bytes become U+FFFD.</summary>
    public static string Utf8Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        return Utf8.GetString(bytes);
    }

    // https://w3c.github.io/FileAPI/#convert-line-endings-to-native
    // "1. Let native line ending be the code point U+000A LF." (as on every platform but Windows)
    // "... replace every CR LF pair, and every lone CR, with native line ending."
    private static string ToNativeLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}

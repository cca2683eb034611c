using Jint;
using System.Text;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The TextEncoder interface object (https://encoding.spec.whatwg.org/#interface-textencoder): UTF-8 only, as the standard says.</summary>
internal sealed class TextEncoderConstructor : InterfaceConstructor
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private TextEncoderConstructor(BindingRealm realm)
        : base(realm, "TextEncoder", 0, parent: null, new JsObject(realm.Engine))
    {
        // readonly attribute DOMString encoding; "The encoding getter steps are to return "utf-8"."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "encoding", thisValue =>
        {
            This(realm, thisValue);
            return new JsString("utf-8");
        });

        // [NewObject] Uint8Array encode(optional USVString input = "");
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "encode", 0, (thisValue, arguments) =>
        {
            This(realm, thisValue);
            JsValue inputValue = WebIdlConversions.Argument(arguments, 0);
            string input = inputValue.IsUndefined() ? "" : WebIdlConversions.ToUsvString(realm.Engine, inputValue, "Failed to execute 'encode' on 'TextEncoder': parameter 1");

            // "1. Convert input to an I/O queue of scalar values." "2. Let output be the I/O
            //  queue of bytes « end-of-queue »." "3. While true: ... process an item with UTF-8's
            //  encoder ... Return the result of creating a Uint8Array object given output and this's relevant realm."
            return BufferSources.CreateUint8Array(realm.Engine, Utf8.GetBytes(input));
        });

        // TextEncoderEncodeIntoResult encodeInto(USVString source, [AllowShared] Uint8Array destination);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "encodeInto", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'encodeInto' on 'TextEncoder'";
            This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            string source = WebIdlConversions.ToUsvString(realm.Engine, arguments[0], context + ": parameter 1");
            if (arguments[1] is not JsTypedArray destination || !IsUint8Array(destination))
            {
                throw ScriptErrors.TypeError(realm.Engine, context + ": parameter 2 is not of type 'Uint8Array'.");
            }

            (int read, int written) = EncodeInto(source, destination);

            // dictionary TextEncoderEncodeIntoResult { unsigned long long read; unsigned long long written; };
            var result = new JsObject(realm.Engine);
            result.Set("read", JsNumber.Create(read));
            result.Set("written", JsNumber.Create(written));
            return result;
        });
    }

    /// <summary>Installs TextEncoder in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static TextEncoderConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new TextEncoderConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // "The new TextEncoder() constructor steps are to do nothing."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => new(Realm, new TextEncoderState(), prototype);

    // https://encoding.spec.whatwg.org/#dom-textencoder-encodeinto
    private static (int Read, int Written) EncodeInto(string source, JsTypedArray destination)
    {
        // "1. Let read be 0." "2. Let written be 0."
        int read = 0;
        int written = 0;
        Span<byte> bytes = ViewBytes(destination);

        // "3. Let encoder be an instance of the UTF-8 encoder." "4. Let unused be the I/O queue
        //  of scalar values « end-of-queue »." "5. Convert source to an I/O queue of scalar values."
        // "6. While true:"
        Span<byte> encoded = stackalloc byte[4];
        int index = 0;
        while (index < source.Length)
        {
            // "1. Let item be the result of reading from source." "3. Let result be the result of
            //  processing an item with item, encoder, unused, « end-of-queue », and "fatal"."
            Rune.DecodeFromUtf16(source.AsSpan(index), out Rune rune, out int consumed);
            int length = rune.EncodeToUtf8(encoded);

            // "5. Otherwise: 1. If destination's byte length − written is greater than or equal
            //  to the number of bytes in result, then: ... Increment read by item's length ...;
            //  Write the bytes ... Increment written ... 2. Otherwise, break."
            if (bytes.Length - written < length)
            {
                break;
            }

            encoded[..length].CopyTo(bytes[written..]);
            written += length;
            read += consumed;
            index += consumed;
        }

        // "7. Return «[ "read" → read, "written" → written ]»."
        return (read, written);
    }

    private static Span<byte> ViewBytes(JsTypedArray view)
    {
        Cloning.ArrayBufferViewInfo<JsValue> info = JsRealm.GetArrayBufferView(view);
        if (info.IsOutOfBounds || JintInternals.ArrayBufferData((JsArrayBuffer)info.Buffer) is not { } data)
        {
            return [];
        }

        return data.AsSpan(info.ByteOffset, info.Length ?? (data.Length - info.ByteOffset));
    }

    private static bool IsUint8Array(JsTypedArray view) => JsRealm.GetArrayBufferView(view).Kind == Cloning.Records.ArrayBufferViewKind.Uint8Array;

    private static TextEncoderState This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<TextEncoderState>(realm.Engine, thisValue);
}

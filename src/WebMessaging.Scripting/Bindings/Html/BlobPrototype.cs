using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of Blob.prototype (https://w3c.github.io/FileAPI/#blob-section); the core <see cref="Blob"/> holds the bytes.</summary>
internal static class BlobPrototype
{
    public static void DefineMembers(IScriptGlobal global, ObjectInstance prototype)
    {
        BindingRealm realm = global.Bindings;

        // readonly attribute unsigned long long size;
        InterfaceMembers.DefineAttribute(realm, prototype, "size", thisValue => JsNumber.Create(This(realm, thisValue).Size));

        // readonly attribute DOMString type;
        InterfaceMembers.DefineAttribute(realm, prototype, "type", thisValue => new JsString(This(realm, thisValue).Type));

        // Blob slice(optional [Clamp] long long start, optional [Clamp] long long end, optional DOMString contentType);
        InterfaceMembers.DefineOperation(realm, prototype, "slice", 0, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'slice' on 'Blob'";
            Blob blob = This(realm, thisValue);
            JsValue startValue = WebIdlConversions.Argument(arguments, 0);
            JsValue endValue = WebIdlConversions.Argument(arguments, 1);
            JsValue contentTypeValue = WebIdlConversions.Argument(arguments, 2);

            // "1. Let sliceStart, sliceEnd, and sliceContentType be null."
            // "2. If start is given, set sliceStart to start." "3. If end is given, set sliceEnd
            //  to end." "4. If contentType is given, set sliceContentType to contentType."
            double? sliceStart = startValue.IsUndefined() ? null : WebIdlConversions.ToLongLong(realm.Engine, startValue, context + ": parameter 1", IntegerConversion.Clamp);
            double? sliceEnd = endValue.IsUndefined() ? null : WebIdlConversions.ToLongLong(realm.Engine, endValue, context + ": parameter 2", IntegerConversion.Clamp);
            string? sliceContentType = contentTypeValue.IsUndefined() ? null : WebIdlConversions.ToDomString(realm.Engine, contentTypeValue, context + ": parameter 3");

            // "5. Return the result of slice blob given this, sliceStart, sliceEnd, and sliceContentType."
            return realm.Wrap(SliceBlob(blob, sliceStart, sliceEnd, sliceContentType));
        });

        // FIXME: ReadableStream stream(); (there are no streams in this runtime)

        // Promise<USVString> text();
        InterfaceMembers.DefineOperation(realm, prototype, "text", 0, (thisValue, _) =>
        {
            // "... Return the result of transforming promise by a fulfillment handler that returns
            //  the result of running UTF-8 decode on its first argument."
            // IMPLEMENTATION DEFINED: the bytes are in memory, so the promise is already
            // fulfilled; its reactions still run at the next microtask checkpoint.
            Blob blob = This(realm, thisValue);
            return global.ResolvedPromise(new JsString(BlobParts.Utf8Decode(blob.Bytes.Span)));
        });

        // Promise<ArrayBuffer> arrayBuffer();
        InterfaceMembers.DefineOperation(realm, prototype, "arrayBuffer", 0, (thisValue, _) =>
        {
            // "... a fulfillment handler that returns a new ArrayBuffer whose contents are its first argument."
            Blob blob = This(realm, thisValue);
            return global.ResolvedPromise(BufferSources.CreateArrayBuffer(realm.Engine, blob.Bytes.ToArray()));
        });

        // Promise<Uint8Array> bytes();
        InterfaceMembers.DefineOperation(realm, prototype, "bytes", 0, (thisValue, _) =>
        {
            // "... a fulfillment handler that returns the result of creating a Uint8Array from its first argument."
            Blob blob = This(realm, thisValue);
            return global.ResolvedPromise(BufferSources.CreateUint8Array(realm.Engine, blob.Bytes.ToArray()));
        });
    }

    // https://w3c.github.io/FileAPI/#slice-blob
    private static Blob SliceBlob(Blob blob, double? start, double? end, string? contentType)
    {
        // "1. Let originalSize be blob's size."
        double originalSize = blob.Size;

        // "2. The start parameter, if non-null, is a value for the start point of a slice blob
        //  call ... If start is null, let relativeStart be 0. If start is negative, let
        //  relativeStart be max((originalSize + start), 0). Otherwise, let relativeStart be
        //  min(start, originalSize)."
        double relativeStart = start is not { } s ? 0 : s < 0 ? Math.Max(originalSize + s, 0) : Math.Min(s, originalSize);

        // "3. ... If end is null, let relativeEnd be originalSize. If end is negative, let
        //  relativeEnd be max((originalSize + end), 0). Otherwise, let relativeEnd be min(end, originalSize)."
        double relativeEnd = end is not { } e ? originalSize : e < 0 ? Math.Max(originalSize + e, 0) : Math.Min(e, originalSize);

        // "4. ... If contentType is null, let relativeContentType be set to the empty string.
        //  Otherwise: ... If contentType contains any characters outside the range of U+0020 to
        //  U+007E, then set relativeContentType to the empty string ... Convert every character
        //  in relativeContentType to ASCII lowercase."
        string relativeContentType = contentType is null ? "" : BlobParts.ToType(contentType);

        // "5. Let span be max((relativeEnd - relativeStart), 0)."
        int span = (int)Math.Max(relativeEnd - relativeStart, 0);

        // "6. Return a new Blob object S with the following characteristics: S refers to span
        //  consecutive bytes from blob's associated byte sequence, beginning with the byte at
        //  byte-order position relativeStart. S.size = span. S.type = relativeContentType."
        return new Blob(blob.Bytes.Slice((int)relativeStart, span), relativeContentType);
    }

    private static Blob This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<Blob>(realm.Engine, thisValue);
}

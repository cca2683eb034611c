using Jint;
using Jint.Native;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// BufferSource values (https://webidl.spec.whatwg.org/#BufferSource): the bytes an
/// ArrayBuffer or an ArrayBufferView holds, and new Uint8Arrays over bytes.
/// </summary>
internal static class BufferSources
{
    /// <summary>Whether <paramref name="value"/> is an ArrayBuffer, a SharedArrayBuffer, a typed array or a DataView.</summary>
    public static bool IsBufferSource(JsValue value) => value is JsArrayBuffer or JsTypedArray || IsDataView(value);

    /// <summary>
    /// https://webidl.spec.whatwg.org/#dfn-get-buffer-source-copy: a copy of the bytes
    /// <paramref name="value"/> views (empty for a detached buffer).
    /// </summary>
    public static ReadOnlySpan<byte> GetBytes(JsValue value)
    {
        if (value is JsArrayBuffer buffer)
        {
            return JintInternals.ArrayBufferData(buffer) ?? [];
        }

        ArrayBufferViewInfo<JsValue> view = JsRealm.GetArrayBufferView(value);
        if (view.IsOutOfBounds || JintInternals.ArrayBufferData((JsArrayBuffer)view.Buffer) is not { } data)
        {
            return [];
        }

        int byteLength = view.Length is { } length ? length * ElementSize(view.Kind) : data.Length - view.ByteOffset;
        return data.AsSpan(view.ByteOffset, byteLength);
    }

    /// <summary>The bytes <paramref name="view"/> (a typed array or DataView) views, to write into; empty for a detached or out-of-bounds view.</summary>
    public static Span<byte> GetWritableBytes(JsValue view)
    {
        ArrayBufferViewInfo<JsValue> info = JsRealm.GetArrayBufferView(view);
        if (info.IsOutOfBounds || JintInternals.ArrayBufferData((JsArrayBuffer)info.Buffer) is not { } data)
        {
            return [];
        }

        int byteLength = info.Length is { } length ? length * ElementSize(info.Kind) : data.Length - info.ByteOffset;
        return data.AsSpan(info.ByteOffset, byteLength);
    }

    /// <summary>A new Uint8Array of <paramref name="engine"/>'s realm over <paramref name="bytes"/> (which it adopts).</summary>
    public static JsValue CreateUint8Array(Engine engine, byte[] bytes)
    {
        JsArrayBuffer buffer = engine.Intrinsics.ArrayBuffer.Construct(bytes);
        return engine.Intrinsics.Uint8Array.Construct(buffer, 0, bytes.Length);
    }

    /// <summary>A new ArrayBuffer of <paramref name="engine"/>'s realm that adopts <paramref name="bytes"/>.</summary>
    public static JsValue CreateArrayBuffer(Engine engine, byte[] bytes) => engine.Intrinsics.ArrayBuffer.Construct(bytes);

    private static bool IsDataView(JsValue value) => value is Jint.Native.Object.ObjectInstance obj && JintObjectKinds.Of(obj) == JintObjectKind.DataView;

    private static int ElementSize(ArrayBufferViewKind kind) => kind switch
    {
        ArrayBufferViewKind.Int16Array or ArrayBufferViewKind.Uint16Array or ArrayBufferViewKind.Float16Array => 2,
        ArrayBufferViewKind.Int32Array or ArrayBufferViewKind.Uint32Array or ArrayBufferViewKind.Float32Array => 4,
        ArrayBufferViewKind.Float64Array or ArrayBufferViewKind.BigInt64Array or ArrayBufferViewKind.BigUint64Array => 8,
        _ => 1,
    };
}

using System.Runtime.CompilerServices;
using Jint.Native;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// The internal slots of Jint 4.18 objects that its public API does not show but a structured
/// clone must read or set: an ArrayBuffer's [[ArrayBufferMaxByteLength]] and DetachArrayBuffer,
/// adopting a data block into a resizable buffer, and the slots of typed arrays and DataViews
/// (a length-tracking view is only visible here). Bound at compile time with
/// <see cref="UnsafeAccessorAttribute"/>: no reflection at run time. When a Jint upgrade
/// renames one of them, the first call throws <see cref="MissingFieldException"/> or
/// <see cref="MissingMethodException"/>; the realm tests cover every accessor.
/// </summary>
internal static class JintInternals
{
    private const string DataViewType = "Jint.Native.JsDataView, Jint";

    /// <summary>Jint's marker for a view without a fixed length: [[ArrayLength]] (or [[ByteLength]]) is auto.</summary>
    public const uint LengthAuto = uint.MaxValue;

    /// <summary>[[ArrayBufferData]]; null once the buffer is detached. Jint keeps the array exactly as long as [[ArrayBufferByteLength]].</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_arrayBufferData")]
    public static extern ref byte[]? ArrayBufferData(JsArrayBuffer buffer);

    /// <summary>[[ArrayBufferMaxByteLength]]; null for a fixed-length buffer.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_arrayBufferMaxByteLength")]
    public static extern ref int? ArrayBufferMaxByteLength(JsArrayBuffer buffer);

    /// <summary>DetachArrayBuffer(buffer, key): throws a TypeError when <paramref name="key"/> is not the buffer's [[ArrayBufferDetachKey]] (undefined).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "DetachArrayBuffer")]
    public static extern void DetachArrayBuffer(JsArrayBuffer buffer, JsValue key);

    /// <summary>A typed array's [[ViewedArrayBuffer]].</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_viewedArrayBuffer")]
    public static extern ref JsArrayBuffer TypedArrayBuffer(JsTypedArray view);

    /// <summary>A typed array's [[ByteOffset]].</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_byteOffset")]
    public static extern ref int TypedArrayByteOffset(JsTypedArray view);

    /// <summary>A typed array's [[ArrayLength]], or <see cref="LengthAuto"/>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_arrayLength")]
    public static extern ref uint TypedArrayLength(JsTypedArray view);

    /// <summary>A DataView's [[ViewedArrayBuffer]].</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_viewedArrayBuffer")]
    public static extern ref JsArrayBuffer DataViewBuffer([UnsafeAccessorType(DataViewType)] object view);

    /// <summary>A DataView's [[ByteOffset]].</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_byteOffset")]
    public static extern ref uint DataViewByteOffset([UnsafeAccessorType(DataViewType)] object view);

    /// <summary>A DataView's [[ByteLength]], or <see cref="LengthAuto"/>.</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_byteLength")]
    public static extern ref uint DataViewByteLength([UnsafeAccessorType(DataViewType)] object view);
}

using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>What a realm reports about a typed array or DataView.</summary>
/// <param name="Kind">[[TypedArrayName]], or DataView.</param>
/// <param name="Buffer">[[ViewedArrayBuffer]].</param>
/// <param name="ByteOffset">[[ByteOffset]].</param>
/// <param name="Length">[[ArrayLength]] (elements) or a DataView's [[ByteLength]]; null for a length-tracking view.</param>
/// <param name="IsOutOfBounds">IsArrayBufferViewOutOfBounds(value).</param>
public readonly record struct ArrayBufferViewInfo<TValue>(ArrayBufferViewKind Kind, TValue Buffer, int ByteOffset, int? Length, bool IsOutOfBounds);

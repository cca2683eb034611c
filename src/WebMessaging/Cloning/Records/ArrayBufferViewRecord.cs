namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has a [[ViewedArrayBuffer]] internal slot, then: ... Let
/// bufferSerialized be ? StructuredSerializeInternal(buffer, forStorage, memory). ... If
/// value has a [[DataView]] internal slot, then set serialized to { [[Type]]:
/// "ArrayBufferView", [[Constructor]]: "DataView", [[ArrayBufferSerialized]]:
/// bufferSerialized, [[ByteLength]]: value.[[ByteLength]], [[ByteOffset]]:
/// value.[[ByteOffset]] }. Otherwise: ... [[ArrayLength]]: value.[[ArrayLength]] }."
/// </summary>
/// <remarks>
/// A length-tracking view (created over a resizable buffer without a length) has no fixed
/// length: its <see cref="Length"/> is null, and it follows the buffer's size.
/// </remarks>
public sealed class ArrayBufferViewRecord(ArrayBufferViewKind constructor, SerializedRecord buffer, int byteOffset, int? length) : SerializedRecord
{
    /// <summary>[[Constructor]]: the typed array's name, or DataView.</summary>
    public ArrayBufferViewKind Constructor { get; } = constructor;

    /// <summary>
    /// [[ArrayBufferSerialized]]: the buffer's record, an <see cref="ArrayBufferRecord"/> or a
    /// <see cref="TransferDataHolder"/> when the buffer is transferred. Views of one buffer
    /// share this record.
    /// </summary>
    public SerializedRecord Buffer { get; } = buffer ?? throw new ArgumentNullException(nameof(buffer));

    /// <summary>[[ByteOffset]].</summary>
    public int ByteOffset { get; } = byteOffset >= 0 ? byteOffset : throw new ArgumentOutOfRangeException(nameof(byteOffset));

    /// <summary>
    /// [[ArrayLength]] for a typed array (elements), [[ByteLength]] for a DataView (bytes);
    /// null when the view tracks the length of a resizable buffer.
    /// </summary>
    public int? Length { get; } = length is null or >= 0 ? length : throw new ArgumentOutOfRangeException(nameof(length));

    /// <inheritdoc />
    public override string Type => "ArrayBufferView";
}

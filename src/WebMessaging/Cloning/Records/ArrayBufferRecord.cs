namespace WebMessaging.Cloning.Records;

/// <summary>
/// An ArrayBuffer, fixed-length or resizable. When serialized (not transferred) the bytes are
/// a copy: "Let dataCopy be ? CreateByteDataBlock(size). NOTE: This can throw a RangeError
/// exception upon allocation failure. Perform CopyDataBlockBytes(dataCopy, 0,
/// value.[[ArrayBufferData]], 0, size)." When transferred the record is a
/// <see cref="TransferDataHolder"/> instead.
/// </summary>
public sealed class ArrayBufferRecord : SerializedRecord
{
    /// <summary>Creates the record; <paramref name="data"/> must hold at least <paramref name="byteLength"/> bytes.</summary>
    public ArrayBufferRecord(byte[] data, int byteLength, int? maxByteLength)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegative(byteLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(byteLength, data.Length);
        if (maxByteLength is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, byteLength, nameof(maxByteLength));
        }

        Data = data;
        ByteLength = byteLength;
        MaxByteLength = maxByteLength;
    }

    /// <summary>The bytes ([[ArrayBufferData]]); only the first <see cref="ByteLength"/> are meaningful.</summary>
    public byte[] Data { get; }

    /// <summary>[[ArrayBufferByteLength]].</summary>
    public int ByteLength { get; }

    /// <summary>[[ArrayBufferMaxByteLength]] for a resizable buffer, otherwise null.</summary>
    public int? MaxByteLength { get; }

    /// <inheritdoc />
    public override string Type => MaxByteLength is null ? "ArrayBuffer" : "ResizableArrayBuffer";
}

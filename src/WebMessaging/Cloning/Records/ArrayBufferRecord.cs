namespace WebMessaging.Cloning.Records;

/// <summary>
/// An ArrayBuffer, fixed-length or resizable. When serialized (not transferred) the bytes are
/// a copy: "Let dataCopy be ? CreateByteDataBlock(size). NOTE: This can throw a RangeError
/// exception upon allocation failure. Perform CopyDataBlockBytes(dataCopy, 0,
/// value.[[ArrayBufferData]], 0, size)." When transferred the record is a
/// <see cref="TransferDataHolder"/> instead.
/// </summary>
/// <remarks>
/// A deserialization that consumes its record (StructuredDeserializeWithTransfer, or a
/// structured clone whose record never escapes) adopts <see cref="Data"/> for the new
/// ArrayBuffer instead of copying it again, so a clone copies the bytes once; the record is
/// then <see cref="IsAdopted"/> and refuses any later deserialization or encoding. A plain
/// StructuredDeserialize copies, so one record can be deserialized once per receiver.
/// </remarks>
public sealed class ArrayBufferRecord : SerializedRecord
{
    private int _adopted;

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

    /// <summary>Whether a deserialized ArrayBuffer took <see cref="Data"/> over: the bytes are no longer the record's.</summary>
    public bool IsAdopted => Volatile.Read(ref _adopted) != 0;

    /// <inheritdoc />
    public override string Type => MaxByteLength is null ? "ArrayBuffer" : "ResizableArrayBuffer";

    /// <summary>Hands <see cref="Data"/> over to one deserialized ArrayBuffer; false when another already took it.</summary>
    internal bool TryAdopt() => Interlocked.Exchange(ref _adopted, 1) == 0;
}

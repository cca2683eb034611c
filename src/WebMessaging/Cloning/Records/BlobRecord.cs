namespace WebMessaging.Cloning.Records;

/// <summary>
/// https://w3c.github.io/FileAPI/#blob-section — Blob's serialization steps: "Set
/// serialized.[[SnapshotState]] to value's snapshot state. Set serialized.[[ByteSequence]]
/// to value's underlying byte sequence." plus its type.
/// </summary>
public class BlobRecord(string contentType, ReadOnlyMemory<byte> bytes) : SerializedRecord
{
    /// <summary>The blob's type (a lower-cased MIME type, or the empty string).</summary>
    public string ContentType { get; } = contentType;

    /// <summary>The blob's bytes; blobs are immutable, so these are shared, not copied.</summary>
    public ReadOnlyMemory<byte> Bytes { get; } = bytes;

    /// <inheritdoc />
    public override string Type => "Blob";
}

namespace WebMessaging.Cloning.Records;

/// <summary>
/// https://w3c.github.io/FileAPI/#file-section — File's serialization steps: the Blob's,
/// plus "Set serialized.[[Name]] to the value of value's name attribute. Set
/// serialized.[[LastModified]] to the value of value's lastModified attribute."
/// </summary>
public sealed class FileRecord(string contentType, ReadOnlyMemory<byte> bytes, string name, long lastModified) : BlobRecord(contentType, bytes)
{
    /// <summary>The file's name.</summary>
    public string Name { get; } = name;

    /// <summary>Milliseconds since the epoch.</summary>
    public long LastModified { get; } = lastModified;

    /// <inheritdoc />
    public override string Type => "File";
}

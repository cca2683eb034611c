namespace WebMessaging.Values;

/// <summary>
/// A Blob (https://w3c.github.io/FileAPI/#blob-section): an immutable byte sequence with a
/// MIME type. Blobs are immutable, so clones share the bytes.
/// </summary>
public class Blob
{
    /// <summary>Creates a blob over <paramref name="bytes"/> (not copied: the caller must not change them afterwards).</summary>
    public Blob(ReadOnlyMemory<byte> bytes, string type = "")
    {
        ArgumentNullException.ThrowIfNull(type);
        Bytes = bytes;
        Type = type.ToLowerInvariant();
    }

    /// <summary>The blob's bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The size in bytes.</summary>
    public long Size => Bytes.Length;

    /// <summary>The lower-cased MIME type, or the empty string.</summary>
    public string Type { get; }

    /// <inheritdoc />
    public override string ToString() => $"Blob({Size}, \"{Type}\")";
}

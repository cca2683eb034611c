namespace WebMessaging.Values;

/// <summary>A File (https://w3c.github.io/FileAPI/#file-section): a <see cref="Blob"/> with a name and a modification time.</summary>
public sealed class File : Blob
{
    /// <summary>Creates a file; <paramref name="lastModified"/> is in milliseconds since the epoch.</summary>
    public File(ReadOnlyMemory<byte> bytes, string name, string type = "", long lastModified = 0)
        : base(bytes, type)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        LastModified = lastModified;
    }

    /// <summary>The file's name.</summary>
    public string Name { get; }

    /// <summary>Milliseconds since the epoch.</summary>
    public long LastModified { get; }

    /// <inheritdoc />
    public override string ToString() => $"File(\"{Name}\", {Size}, \"{Type}\")";
}

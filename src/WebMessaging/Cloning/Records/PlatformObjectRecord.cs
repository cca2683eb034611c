namespace WebMessaging.Cloning.Records;

/// <summary>
/// A serializable platform object other than Blob and File (e.g. DOMException):
/// "Otherwise, if value is a platform object that is a serializable object: ... Let
/// typeString be the identifier of the primary interface of value. Set serialized to
/// { [[Type]]: typeString }. Set deep to true." Its serialization steps fill <see cref="Fields"/>.
/// </summary>
public sealed class PlatformObjectRecord(string interfaceName) : SerializedRecord
{
    /// <summary>The identifier of the object's primary interface.</summary>
    public string InterfaceName { get; } = interfaceName;

    /// <summary>What the interface's serialization steps wrote, by field name.</summary>
    public List<KeyValuePair<string, SerializedValue>> Fields { get; } = [];

    /// <inheritdoc />
    public override string Type => InterfaceName;
}

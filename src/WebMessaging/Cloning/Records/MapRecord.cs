namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has a [[MapData]] internal slot, then: Set serialized to
/// { [[Type]]: "Map", [[MapData]]: a new empty List }. Set deep to true." Entries are filled
/// in later, in the map's order, so a map may contain itself.
/// </summary>
public sealed class MapRecord : SerializedRecord
{
    /// <summary>[[MapData]]: the entries in insertion order.</summary>
    public List<KeyValuePair<SerializedValue, SerializedValue>> Entries { get; } = [];

    /// <inheritdoc />
    public override string Type => "Map";
}

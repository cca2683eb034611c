namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has a [[SetData]] internal slot, then: Set serialized to
/// { [[Type]]: "Set", [[SetData]]: a new empty List }. Set deep to true."
/// </summary>
public sealed class SetRecord : SerializedRecord
{
    /// <summary>[[SetData]]: the members in insertion order.</summary>
    public List<SerializedValue> Members { get; } = [];

    /// <inheritdoc />
    public override string Type => "Set";
}

namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value is an Array exotic object, then: Let valueLenDescriptor be ?
/// OrdinaryGetOwnProperty(value, "length"). Let valueLen be valueLenDescriptor.[[Value]].
/// Set serialized to { [[Type]]: "Array", [[Length]]: valueLen, [[Properties]]: a new empty
/// List }. Set deep to true."
/// </summary>
/// <remarks>Holes are simply absent from <see cref="Properties"/>; extra own properties (non-index keys) follow the indices.</remarks>
public sealed class ArrayRecord(uint length) : SerializedRecord
{
    /// <summary>[[Length]].</summary>
    public uint Length { get; } = length;

    /// <summary>[[Properties]]: own enumerable string-keyed properties, in the order they were visited.</summary>
    public List<KeyValuePair<string, SerializedValue>> Properties { get; } = [];

    /// <inheritdoc />
    public override string Type => "Array";
}

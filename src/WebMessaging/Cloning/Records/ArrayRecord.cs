namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value is an Array exotic object, then: Let valueLenDescriptor be ?
/// OrdinaryGetOwnProperty(value, "length"). Let valueLen be valueLenDescriptor.[[Value]].
/// Set serialized to { [[Type]]: "Array", [[Length]]: valueLen, [[Properties]]: a new empty
/// List }. Set deep to true."
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: [[Properties]] is held in two parts, so that the elements of an
/// array carry no string keys. <see cref="Elements"/> holds the values of the indices 0, 1, 2,
/// ... up to the first hole; <see cref="Properties"/> holds what follows, in order: indices
/// after a hole, then keys that are not indices. The spec's list is the elements, keyed by
/// their index, followed by the properties.
/// </remarks>
public sealed class ArrayRecord : SerializedRecord
{
    private List<KeyValuePair<string, SerializedValue>>? _properties;

    /// <summary>Creates an array record with no elements yet; a capacity hint avoids regrowth.</summary>
    public ArrayRecord(uint length, int elementCapacity = 0)
    {
        Length = length;
        Elements = new SerializedValueList(elementCapacity);
    }

    /// <summary>[[Length]].</summary>
    public uint Length { get; }

    /// <summary>The first entries of [[Properties]]: the value of index i is <c>Elements[i]</c>, for every index below the first hole.</summary>
    public SerializedValueList Elements { get; }

    /// <summary>The rest of [[Properties]], in the order they were visited: indices after a hole, then own enumerable keys that are not indices.</summary>
    public List<KeyValuePair<string, SerializedValue>> Properties => _properties ??= [];

    /// <summary>The list of <see cref="Properties"/>, or null while there is none: most arrays have only elements, and reading this creates nothing.</summary>
    internal List<KeyValuePair<string, SerializedValue>>? PropertiesIfAny => _properties;

    /// <inheritdoc />
    public override string Type => "Array";
}

namespace WebMessaging.Cloning.Packed;

/// <summary>
/// What the packed serializer may know ahead about a type of plain object whose properties are
/// read without user code (a CLR anonymous type, record or class of auto-properties): its
/// enumerable own properties, always the same keys in the same order, each all data. Values of
/// the type are then packed without listing their properties, classifying the values the
/// property types already tell, or boxing them.
/// </summary>
internal sealed class PackingShape
{
    /// <summary>Creates the shape of <paramref name="properties"/>, in the order EnumerableOwnProperties lists them.</summary>
    public PackingShape(PackedProperty[] properties)
    {
        Properties = properties;
        int after = 0;
        for (int i = properties.Length - 1; i >= 0; i--)
        {
            properties[i].FixedByteCountAfter = after;
            after += properties[i].PaddedKeyBody.Length + properties[i].FixedValueByteCount;
        }

        // The object's tag and property count come first.
        FixedByteCount = 1 + sizeof(int) + after;
    }

    /// <summary>The properties, in the order EnumerableOwnProperties lists them.</summary>
    public PackedProperty[] Properties { get; }

    /// <summary>
    /// The room a value of the shape needs for everything of fixed size: its tag and count, each
    /// padded key and each Int32, Number and Boolean value (strings and other values reserve their own).
    /// </summary>
    public int FixedByteCount { get; }
}

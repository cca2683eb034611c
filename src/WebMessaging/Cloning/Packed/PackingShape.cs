namespace WebMessaging.Cloning.Packed;

/// <summary>
/// What the packed serializer may know ahead about a type of plain object whose properties are
/// read without user code (a CLR anonymous type, record or class of auto-properties): its
/// enumerable own properties, always the same keys in the same order, each all data. Values of
/// the type are then packed without listing their properties, classifying the values the
/// property types already tell, or boxing them.
/// </summary>
internal sealed class PackingShape(PackedProperty[] properties)
{
    /// <summary>The properties, in the order EnumerableOwnProperties lists them.</summary>
    public PackedProperty[] Properties { get; } = properties;
}

namespace WebMessaging.Cloning.Records;

/// <summary>What a <see cref="SerializedValue"/> holds: one of the primitive kinds, or a reference to a <see cref="SerializedRecord"/>.</summary>
public enum SerializedKind : byte
{
    Undefined,
    Null,
    Boolean,
    Number,
    BigInt,
    String,
    Record,
}

namespace WebMessaging.Cloning.Records;

/// <summary>
/// A Boolean, Number, BigInt or String object.
/// "Otherwise, if value has a [[BooleanData]] internal slot, then set serialized to
/// { [[Type]]: "Boolean", [[BooleanData]]: value.[[BooleanData]] }." (and likewise for the
/// other three; the wrapped primitive's kind says which).
/// </summary>
public sealed class PrimitiveWrapperRecord(SerializedValue primitive) : SerializedRecord
{
    /// <summary>The wrapped primitive: Boolean, Number, BigInt or String.</summary>
    public SerializedValue Primitive { get; } = primitive.Kind is SerializedKind.Boolean or SerializedKind.Number or SerializedKind.BigInt or SerializedKind.String
        ? primitive
        : throw new ArgumentException("Only Boolean, Number, BigInt and String primitives can be wrapped.", nameof(primitive));

    /// <inheritdoc />
    public override string Type => Primitive.Kind.ToString();
}

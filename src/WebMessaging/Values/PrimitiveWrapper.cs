using System.Numerics;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Boolean, Number, BigInt or String object (as made by <c>new Number(1)</c>):
/// an object with identity that wraps a primitive.
/// </summary>
public sealed class PrimitiveWrapper
{
    /// <summary>Wraps a Boolean.</summary>
    public PrimitiveWrapper(bool value) => Value = value;

    /// <summary>Wraps a Number.</summary>
    public PrimitiveWrapper(double value) => Value = value;

    /// <summary>Wraps a BigInt.</summary>
    public PrimitiveWrapper(BigInteger value) => Value = value;

    /// <summary>Wraps a String.</summary>
    public PrimitiveWrapper(string value) => Value = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>The wrapped primitive: a <see cref="bool"/>, <see cref="double"/>, <see cref="BigInteger"/> or <see cref="string"/>.</summary>
    public object Value { get; }

    /// <inheritdoc />
    public override string ToString() => $"[{Value.GetType().Name} object: {Value}]";
}

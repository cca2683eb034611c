using System.Numerics;

namespace WebMessaging.Cloning.Records;

/// <summary>
/// One slot of a serialized record: a primitive carried by value, or a reference to a
/// <see cref="SerializedRecord"/> (which carries identity: the same record referenced twice
/// deserializes to the same object).
/// </summary>
/// <remarks>
/// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
/// "If value is undefined, null, a Boolean, a Number, a BigInt, or a String, then return
/// { [[Type]]: "primitive", [[Value]]: value }." A struct stands for that record so that
/// primitives cost no allocation.
/// </remarks>
public readonly struct SerializedValue : IEquatable<SerializedValue>
{
    private readonly double _number;
    private readonly object? _reference;

    private SerializedValue(SerializedKind kind, double number, object? reference)
    {
        Kind = kind;
        _number = number;
        _reference = reference;
    }

    /// <summary>The kind of value held.</summary>
    public SerializedKind Kind { get; }

    /// <summary>The undefined primitive.</summary>
    public static SerializedValue Undefined => default;

    /// <summary>The null primitive.</summary>
    public static SerializedValue Null => new(SerializedKind.Null, 0, null);

    /// <summary>The true primitive.</summary>
    public static SerializedValue True => new(SerializedKind.Boolean, 1, null);

    /// <summary>The false primitive.</summary>
    public static SerializedValue False => new(SerializedKind.Boolean, 0, null);

    /// <summary>A Boolean primitive.</summary>
    public static SerializedValue FromBoolean(bool value) => value ? True : False;

    /// <summary>A Number primitive; -0 and NaN are kept as they are.</summary>
    public static SerializedValue FromNumber(double value) => new(SerializedKind.Number, value, null);

    /// <summary>A BigInt primitive.</summary>
    public static SerializedValue FromBigInt(BigInteger value) => new(SerializedKind.BigInt, 0, value);

    /// <summary>A String primitive; lone surrogates are kept as they are.</summary>
    public static SerializedValue FromString(string value) =>
        new(SerializedKind.String, 0, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A reference to a record.</summary>
    public static SerializedValue FromRecord(SerializedRecord record) =>
        new(SerializedKind.Record, 0, record ?? throw new ArgumentNullException(nameof(record)));

    /// <summary>The Boolean held; throws when <see cref="Kind"/> is not Boolean.</summary>
    public bool AsBoolean() => Kind == SerializedKind.Boolean ? _number != 0 : throw WrongKind(SerializedKind.Boolean);

    /// <summary>The Number held; throws when <see cref="Kind"/> is not Number.</summary>
    public double AsNumber() => Kind == SerializedKind.Number ? _number : throw WrongKind(SerializedKind.Number);

    /// <summary>The BigInt held; throws when <see cref="Kind"/> is not BigInt.</summary>
    public BigInteger AsBigInt() => Kind == SerializedKind.BigInt ? (BigInteger)_reference! : throw WrongKind(SerializedKind.BigInt);

    /// <summary>The String held; throws when <see cref="Kind"/> is not String.</summary>
    public string AsString() => Kind == SerializedKind.String ? (string)_reference! : throw WrongKind(SerializedKind.String);

    /// <summary>The record referenced; throws when <see cref="Kind"/> is not Record.</summary>
    public SerializedRecord AsRecord() => Kind == SerializedKind.Record ? (SerializedRecord)_reference! : throw WrongKind(SerializedKind.Record);

    /// <summary>
    /// Primitives compare by value (Number by bit pattern, so -0 and NaN are told apart);
    /// records compare by identity.
    /// </summary>
    public bool Equals(SerializedValue other) => Kind == other.Kind && Kind switch
    {
        SerializedKind.Undefined or SerializedKind.Null => true,
        SerializedKind.Boolean or SerializedKind.Number => BitConverter.DoubleToInt64Bits(_number) == BitConverter.DoubleToInt64Bits(other._number),
        SerializedKind.BigInt => ((BigInteger)_reference!).Equals((BigInteger)other._reference!),
        SerializedKind.String => string.Equals((string)_reference!, (string)other._reference!, StringComparison.Ordinal),
        _ => ReferenceEquals(_reference, other._reference),
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SerializedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        SerializedKind.Boolean or SerializedKind.Number => HashCode.Combine(Kind, BitConverter.DoubleToInt64Bits(_number)),
        SerializedKind.BigInt or SerializedKind.String => HashCode.Combine(Kind, _reference),
        SerializedKind.Record => HashCode.Combine(Kind, System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_reference!)),
        _ => (int)Kind,
    };

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        SerializedKind.Undefined => "undefined",
        SerializedKind.Null => "null",
        SerializedKind.Boolean => AsBoolean() ? "true" : "false",
        SerializedKind.Number => _number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        SerializedKind.BigInt => AsBigInt() + "n",
        SerializedKind.String => "\"" + _reference + "\"",
        _ => _reference!.ToString()!,
    };

    public static bool operator ==(SerializedValue left, SerializedValue right) => left.Equals(right);

    public static bool operator !=(SerializedValue left, SerializedValue right) => !left.Equals(right);

    private InvalidOperationException WrongKind(SerializedKind wanted) =>
        new($"The serialized value is a {Kind}, not a {wanted}.");
}

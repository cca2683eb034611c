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
    // The kind is told by the reference alone, so that a value takes 16 bytes: null is
    // undefined (the default value), a marker object is null, a Boolean or a Number (whose
    // value is in _number), and otherwise the string, the boxed BigInteger or the record itself.
    private static readonly object NullMarker = new();
    private static readonly object BooleanMarker = new();
    private static readonly object NumberMarker = new();

    private readonly double _number;
    private readonly object? _reference;

    private SerializedValue(double number, object? reference)
    {
        _number = number;
        _reference = reference;
    }

    /// <summary>The kind of value held.</summary>
    public SerializedKind Kind
    {
        get
        {
            object? reference = _reference;
            if (reference is null)
            {
                return SerializedKind.Undefined;
            }

            if (ReferenceEquals(reference, NumberMarker))
            {
                return SerializedKind.Number;
            }

            if (reference.GetType() == typeof(string))
            {
                return SerializedKind.String;
            }

            if (reference is SerializedRecord)
            {
                return SerializedKind.Record;
            }

            if (ReferenceEquals(reference, NullMarker))
            {
                return SerializedKind.Null;
            }

            return ReferenceEquals(reference, BooleanMarker) ? SerializedKind.Boolean : SerializedKind.BigInt;
        }
    }

    /// <summary>The undefined primitive.</summary>
    public static SerializedValue Undefined => default;

    /// <summary>The null primitive.</summary>
    public static SerializedValue Null => new(0, NullMarker);

    /// <summary>The true primitive.</summary>
    public static SerializedValue True => new(1, BooleanMarker);

    /// <summary>The false primitive.</summary>
    public static SerializedValue False => new(0, BooleanMarker);

    /// <summary>A Boolean primitive.</summary>
    public static SerializedValue FromBoolean(bool value) => value ? True : False;

    /// <summary>A Number primitive; -0 and NaN are kept as they are.</summary>
    public static SerializedValue FromNumber(double value) => new(value, NumberMarker);

    /// <summary>A BigInt primitive.</summary>
    public static SerializedValue FromBigInt(BigInteger value) => new(0, value);

    /// <summary>A String primitive; lone surrogates are kept as they are.</summary>
    public static SerializedValue FromString(string value) =>
        new(0, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A reference to a record.</summary>
    public static SerializedValue FromRecord(SerializedRecord record) =>
        new(0, record ?? throw new ArgumentNullException(nameof(record)));

    /// <summary>The Boolean held; throws when <see cref="Kind"/> is not Boolean.</summary>
    public bool AsBoolean() => ReferenceEquals(_reference, BooleanMarker) ? _number != 0 : throw WrongKind(SerializedKind.Boolean);

    /// <summary>The Number held; throws when <see cref="Kind"/> is not Number.</summary>
    public double AsNumber() => ReferenceEquals(_reference, NumberMarker) ? _number : throw WrongKind(SerializedKind.Number);

    /// <summary>The BigInt held; throws when <see cref="Kind"/> is not BigInt.</summary>
    public BigInteger AsBigInt() => _reference is BigInteger value ? value : throw WrongKind(SerializedKind.BigInt);

    /// <summary>The String held; throws when <see cref="Kind"/> is not String.</summary>
    public string AsString() => _reference as string ?? throw WrongKind(SerializedKind.String);

    /// <summary>The record referenced; throws when <see cref="Kind"/> is not Record.</summary>
    public SerializedRecord AsRecord() => _reference as SerializedRecord ?? throw WrongKind(SerializedKind.Record);

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

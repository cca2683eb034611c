namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A property of a <see cref="PackingShape"/>: its key, already in the packed form of a string,
/// and a getter of the kind its type allows (exactly one getter is set, the one of
/// <see cref="Kind"/>).
/// </summary>
internal sealed class PackedProperty
{
    /// <summary>Creates the property <paramref name="key"/>, read by the getter of <paramref name="kind"/>.</summary>
    public PackedProperty(string key, PackedPropertyKind kind, Delegate getter)
    {
        Key = key;
        byte[] keyBody = PackedText.Encode(key);
        KeyBodyLength = keyBody.Length;
        PaddedKeyBody = new byte[(keyBody.Length + sizeof(ulong) - 1) / sizeof(ulong) * sizeof(ulong)];
        keyBody.CopyTo(PaddedKeyBody, 0);
        Kind = kind;
        Int32Getter = getter as Func<object, int>;
        NumberGetter = getter as Func<object, double>;
        BooleanGetter = getter as Func<object, bool>;
        StringGetter = getter as Func<object, string?>;
        ValueGetter = kind == PackedPropertyKind.Value ? (Func<object, object?>)getter : null;
    }

    /// <summary>The property's key.</summary>
    public string Key { get; }

    /// <summary>
    /// The key as PackedSerializer writes a string without its tag (its header, then its
    /// units), followed by zeros up to a multiple of eight bytes, so that it is copied a word at a time.
    /// </summary>
    public byte[] PaddedKeyBody { get; }

    /// <summary>How many bytes of <see cref="PaddedKeyBody"/> are the key's.</summary>
    public int KeyBodyLength { get; }

    /// <summary>
    /// The most bytes a value of <see cref="Kind"/> takes that the serializer writes without
    /// reserving room for it: a tag and eight bytes for a Number, five for an Int32, one for a
    /// Boolean; none for a String or any other value, which reserve their own.
    /// </summary>
    public int FixedValueByteCount => Kind switch
    {
        PackedPropertyKind.Int32 => 1 + sizeof(int),
        PackedPropertyKind.Number => 1 + sizeof(double),
        PackedPropertyKind.Boolean => 1,
        _ => 0,
    };

    /// <summary>The room the properties after this one need for their padded keys and fixed-size values (see <see cref="PackingShape"/>).</summary>
    public int FixedByteCountAfter { get; internal set; }

    /// <summary>Which getter reads the value.</summary>
    public PackedPropertyKind Kind { get; }

    /// <summary>For <see cref="PackedPropertyKind.Int32"/>.</summary>
    public Func<object, int>? Int32Getter { get; }

    /// <summary>For <see cref="PackedPropertyKind.Number"/>.</summary>
    public Func<object, double>? NumberGetter { get; }

    /// <summary>For <see cref="PackedPropertyKind.Boolean"/>.</summary>
    public Func<object, bool>? BooleanGetter { get; }

    /// <summary>For <see cref="PackedPropertyKind.String"/>.</summary>
    public Func<object, string?>? StringGetter { get; }

    /// <summary>For <see cref="PackedPropertyKind.Value"/>: the value as the realm holds it.</summary>
    public Func<object, object?>? ValueGetter { get; }
}

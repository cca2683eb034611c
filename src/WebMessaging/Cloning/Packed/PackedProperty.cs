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
        KeyBody = PackedText.Encode(key);
        Kind = kind;
        Int32Getter = getter as Func<object, int>;
        NumberGetter = getter as Func<object, double>;
        BooleanGetter = getter as Func<object, bool>;
        StringGetter = getter as Func<object, string?>;
        ValueGetter = kind == PackedPropertyKind.Value ? (Func<object, object?>)getter : null;
    }

    /// <summary>The property's key.</summary>
    public string Key { get; }

    /// <summary>The key as PackedSerializer writes a string without its tag: its header, then its units.</summary>
    public byte[] KeyBody { get; }

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

namespace WebMessaging.Cloning.Packed;

/// <summary>How a <see cref="PackedProperty"/> reads its value: typed where the property's type says what it holds.</summary>
internal enum PackedPropertyKind : byte
{
    /// <summary>An Int32 (or a narrower integer): always an Int32 Number, read without boxing.</summary>
    Int32,

    /// <summary>A Double: a Number, read without boxing.</summary>
    Number,

    /// <summary>A Boolean, read without boxing.</summary>
    Boolean,

    /// <summary>A String, or null.</summary>
    String,

    /// <summary>Anything else: read as a value of the realm and classified as it comes.</summary>
    Value,
}

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>The extended attributes that change how a JavaScript value converts to a Web IDL integer type.</summary>
[Flags]
internal enum IntegerConversion
{
    /// <summary>Wrap modulo 2^bits (the default).</summary>
    None = 0,

    /// <summary>[EnforceRange]: throw a TypeError for NaN, infinities and values out of range.</summary>
    EnforceRange = 1,

    /// <summary>[Clamp]: clamp to the range and round to the nearest integer, ties to even.</summary>
    Clamp = 2,
}

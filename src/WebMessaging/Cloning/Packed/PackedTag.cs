namespace WebMessaging.Cloning.Packed;

/// <summary>
/// The first byte of each value in a <see cref="PackedMessage"/>. (A message starts with one
/// more byte before its value: 1 when it holds back references, else 0.)
/// </summary>
internal enum PackedTag : byte
{
    /// <summary>The undefined primitive.</summary>
    Undefined,

    /// <summary>The null primitive.</summary>
    Null,

    /// <summary>The false primitive.</summary>
    False,

    /// <summary>The true primitive.</summary>
    True,

    /// <summary>A Number that is an Int32 (not -0): four bytes follow.</summary>
    Int32,

    /// <summary>Any other Number: its eight bytes follow.</summary>
    Double,

    /// <summary>A String: its header (length times two, plus one for two-byte units), then its units.</summary>
    String,

    /// <summary>An Object: its property count (four bytes), then for each property its key (a string without tag) and its value.</summary>
    Object,

    /// <summary>A dense Array: its length (four bytes), then each element.</summary>
    Array,

    /// <summary>An Object or Array met before in this message: its number in order of first appearance (four bytes).</summary>
    BackReference,
}

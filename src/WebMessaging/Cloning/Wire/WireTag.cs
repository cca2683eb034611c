namespace WebMessaging.Cloning.Wire;

/// <summary>The byte that starts every encoded value; docs/wire-format.md has the table.</summary>
internal enum WireTag : byte
{
    Undefined = 0x00,
    Null = 0x01,
    False = 0x02,
    True = 0x03,
    Int32 = 0x04,
    Double = 0x05,
    BigInt = 0x06,
    Latin1String = 0x07,
    Utf16String = 0x08,
    BackReference = 0x09,
    PropertyKeyReference = 0x0A,

    Object = 0x10,
    Array = 0x11,
    Map = 0x12,
    Set = 0x13,
    Date = 0x14,
    RegExp = 0x15,
    PrimitiveWrapper = 0x16,
    ArrayBuffer = 0x17,
    ResizableArrayBuffer = 0x18,
    ArrayBufferView = 0x19,
    Error = 0x1A,
    Blob = 0x1B,
    File = 0x1C,
    PlatformObject = 0x1D,
    TransferredArrayBuffer = 0x1E,
    TransferredResizableArrayBuffer = 0x1F,
}

namespace WebMessaging.Cloning.Records;

/// <summary>The [[Constructor]] of a serialized ArrayBuffer view: each typed array, and DataView.</summary>
public enum ArrayBufferViewKind : byte
{
    Int8Array,
    Uint8Array,
    Uint8ClampedArray,
    Int16Array,
    Uint16Array,
    Int32Array,
    Uint32Array,
    Float16Array,
    Float32Array,
    Float64Array,
    BigInt64Array,
    BigUint64Array,
    DataView,
}

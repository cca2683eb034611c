namespace WebMessaging.Cloning;

/// <summary>
/// What a realm's value is, as StructuredSerializeInternal tells values apart: by type for
/// primitives, by internal slot for objects.
/// </summary>
public enum RealmValueKind : byte
{
    /// <summary>The undefined primitive.</summary>
    Undefined,

    /// <summary>The null primitive.</summary>
    Null,

    /// <summary>A Boolean primitive.</summary>
    Boolean,

    /// <summary>A Number primitive.</summary>
    Number,

    /// <summary>A BigInt primitive.</summary>
    BigInt,

    /// <summary>A String primitive.</summary>
    String,

    /// <summary>A Symbol primitive (never cloneable).</summary>
    Symbol,

    /// <summary>An object with a [[BooleanData]] internal slot.</summary>
    BooleanObject,

    /// <summary>An object with a [[NumberData]] internal slot.</summary>
    NumberObject,

    /// <summary>An object with a [[BigIntData]] internal slot.</summary>
    BigIntObject,

    /// <summary>An object with a [[StringData]] internal slot.</summary>
    StringObject,

    /// <summary>An object with a [[DateValue]] internal slot.</summary>
    Date,

    /// <summary>An object with a [[RegExpMatcher]] internal slot.</summary>
    RegExp,

    /// <summary>An ArrayBuffer (fixed-length or resizable; shared ones report IsShared in their contents).</summary>
    ArrayBuffer,

    /// <summary>An object with a [[ViewedArrayBuffer]] internal slot: a typed array or DataView.</summary>
    ArrayBufferView,

    /// <summary>An object with a [[MapData]] internal slot.</summary>
    Map,

    /// <summary>An object with a [[SetData]] internal slot.</summary>
    Set,

    /// <summary>An object with an [[ErrorData]] internal slot that is not a platform object.</summary>
    Error,

    /// <summary>An Array exotic object.</summary>
    Array,

    /// <summary>An ordinary object with no internal slot beyond [[Prototype]], [[Extensible]] and [[PrivateElements]].</summary>
    Object,

    /// <summary>A Blob or File platform object.</summary>
    Blob,

    /// <summary>A platform object that is a serializable object (other than Blob and File).</summary>
    SerializablePlatformObject,

    /// <summary>A platform object that is not serializable (it may still be transferable, like MessagePort).</summary>
    PlatformObject,

    /// <summary>A callable object: a function.</summary>
    Callable,

    /// <summary>An object with another internal slot, e.g. WeakMap, WeakSet, WeakRef, Promise.</summary>
    OtherInternalSlots,

    /// <summary>An exotic object that is none of the above, e.g. a Proxy.</summary>
    Exotic,
}

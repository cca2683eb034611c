namespace WebMessaging.Scripting.Realms;

/// <summary>What a Jint object type is, as StructuredSerializeInternal tells objects apart (by internal slots).</summary>
internal enum JintObjectKind : byte
{
    /// <summary>An ordinary object with no internal slot beyond [[Prototype]], [[Extensible]] and [[PrivateElements]].</summary>
    Ordinary,
    Array,
    BooleanObject,
    NumberObject,
    StringObject,
    BigIntObject,
    Date,
    RegExp,
    ArrayBuffer,
    SharedArrayBuffer,
    TypedArray,
    DataView,
    Map,
    Set,
    Error,

    /// <summary>The global object: in a browser a Window, a platform object.</summary>
    Global,

    /// <summary>An exotic object, e.g. a Proxy or an arguments object.</summary>
    Exotic,

    /// <summary>An object with another internal slot: WeakMap, WeakSet, WeakRef, FinalizationRegistry, Promise, iterators, generators, Intl and Temporal objects, Symbol wrappers.</summary>
    OtherInternalSlots,

    /// <summary>A type defined outside Jint (a binding's wrapper) or a CLR interop wrapper: asked of the platform object bridge.</summary>
    Host,
}

namespace WebMessaging.Cloning;

/// <summary>How the CLR realm reads a type it has no built-in rule for.</summary>
internal enum ClrShapeKind : byte
{
    /// <summary>A class, record, struct or anonymous type (never an IEnumerable, so no dictionary or collection): a plain object of its public readable instance properties.</summary>
    PropertyBag,

    /// <summary>A non-generic IDictionary whose keys are strings: a plain object.</summary>
    StringKeyedDictionary,

    /// <summary>Any other IDictionary: a Map.</summary>
    Dictionary,

    /// <summary>An ISet or IReadOnlySet: a Set.</summary>
    Set,

    /// <summary>An IList: an Array read by index.</summary>
    List,

    /// <summary>Any other IEnumerable: an Array read by enumerating once.</summary>
    Enumerable,
}

namespace WebMessaging.Scripting.Bindings.UiEvents;

/// <summary>The Web IDL types of the init dictionary members (and attributes) of <see cref="DictionaryEvent"/> interfaces.</summary>
internal enum EventMemberType
{
    /// <summary>boolean.</summary>
    Boolean,

    /// <summary>long.</summary>
    Long,

    /// <summary>unsigned long.</summary>
    UnsignedLong,

    /// <summary>short.</summary>
    Short,

    /// <summary>unsigned short.</summary>
    UnsignedShort,

    /// <summary>double (and float).</summary>
    Double,

    /// <summary>DOMString (and USVString).</summary>
    String,

    /// <summary>DOMString?.</summary>
    NullableString,

    /// <summary>any.</summary>
    Any,

    /// <summary>EventTarget?.</summary>
    NullableEventTarget,

    /// <summary>Window? (the view of a UIEvent).</summary>
    NullableWindow,
}

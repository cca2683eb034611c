namespace WebMessaging.Scripting.Console;

/// <summary>The kinds of Jint objects whose classes Jint keeps internal, told apart by their CLR type's name.</summary>
internal enum JintObjectKind
{
    /// <summary>Any other object.</summary>
    Ordinary,

    /// <summary>A Number wrapper (<c>new Number(1)</c>).</summary>
    NumberWrapper,

    /// <summary>A String wrapper (<c>new String('s')</c>).</summary>
    StringWrapper,

    /// <summary>A Boolean wrapper (<c>new Boolean(false)</c>).</summary>
    BooleanWrapper,

    /// <summary>A BigInt wrapper (<c>Object(1n)</c>).</summary>
    BigIntWrapper,

    /// <summary>A Symbol wrapper (<c>Object(Symbol())</c>).</summary>
    SymbolWrapper,

    /// <summary>A Proxy exotic object.</summary>
    Proxy,

    /// <summary>A DataView.</summary>
    DataView,
}

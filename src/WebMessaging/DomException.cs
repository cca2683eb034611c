namespace WebMessaging;

/// <summary>
/// A DOMException raised by the core model, carrying the Web IDL error name
/// (https://webidl.spec.whatwg.org/#idl-DOMException-error-names). The JavaScript bindings
/// turn it into a DOMException of the same name in the calling realm.
/// </summary>
public class DomException : Exception
{
    /// <summary>Creates the exception with its Web IDL name, e.g. "SyntaxError".</summary>
    public DomException(string name, string message)
        : base(message)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
    }

    /// <summary>The Web IDL error name, e.g. "DataCloneError", "SyntaxError", "InvalidStateError".</summary>
    public string Name { get; }
}

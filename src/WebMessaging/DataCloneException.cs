namespace WebMessaging;

/// <summary>
/// A "DataCloneError" DOMException: a value could not be serialized or deserialized, or a
/// transfer list was invalid. The JavaScript bindings turn it into a DOMException whose name
/// is "DataCloneError" (legacy code 25).
/// </summary>
public sealed class DataCloneException : DomException
{
    /// <summary>Creates the error with a message that names the value and the problem.</summary>
    public DataCloneException(string message)
        : base("DataCloneError", message)
    {
    }
}

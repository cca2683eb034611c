namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>Turns AngleSharp's DOM exceptions into the DOMExceptions script sees (same legacy code, spec name, our message).</summary>
internal static class AngleSharpErrors
{
    /// <summary>Runs <paramref name="operation"/> (an AngleSharp DOM call) and rethrows its DOM exception as a core <see cref="DomException"/>.</summary>
    public static T Run<T>(string context, Func<T> operation)
    {
        try
        {
            return operation();
        }
        catch (AngleSharp.Dom.DomException exception)
        {
            throw Convert(context, exception);
        }
    }

    /// <summary>Runs <paramref name="operation"/> (an AngleSharp DOM call) and rethrows its DOM exception as a core <see cref="DomException"/>.</summary>
    public static void Run(string context, Action operation)
    {
        try
        {
            operation();
        }
        catch (AngleSharp.Dom.DomException exception)
        {
            throw Convert(context, exception);
        }
    }

    private static DomException Convert(string context, AngleSharp.Dom.DomException exception)
    {
        // https://webidl.spec.whatwg.org/#dfn-error-names-table (by legacy code)
        string name = exception.Code switch
        {
            1 => "IndexSizeError",
            3 => "HierarchyRequestError",
            4 => "WrongDocumentError",
            5 => "InvalidCharacterError",
            7 => "NoModificationAllowedError",
            8 => "NotFoundError",
            9 => "NotSupportedError",
            11 => "InvalidStateError",
            12 => "SyntaxError",
            13 => "InvalidModificationError",
            14 => "NamespaceError",
            15 => "InvalidAccessError",
            _ => "UnknownError",
        };
        return new DomException(name, $"{context}: {exception.Message}");
    }
}

namespace WebMessaging.Cloning;

/// <summary>Makes the "DataCloneError" DOMExceptions of cloning, with messages that name the value and the problem.</summary>
internal static class CloneError
{
    /// <summary>E.g. Because("function", "could not be cloned") says "function could not be cloned."</summary>
    public static DataCloneException Because(string what, string problem) => new($"{what} {problem}.");
}

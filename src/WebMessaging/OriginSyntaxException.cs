namespace WebMessaging;

/// <summary>
/// A "SyntaxError" DOMException: a targetOrigin or URL argument could not be parsed. The
/// message names the input.
/// </summary>
public sealed class OriginSyntaxException : DomException
{
    /// <summary>Creates the error for <paramref name="input"/>.</summary>
    public OriginSyntaxException(string input, string problem)
        : base("SyntaxError", $"Invalid URL '{input}': {problem}.")
    {
        Input = input;
    }

    /// <summary>The string that failed to parse.</summary>
    public string Input { get; }
}

namespace WebMessaging.Cloning;

/// <summary>The names of the native Error constructors that survive serialization.</summary>
internal static class ErrorNames
{
    /// <summary>
    /// "If name is not one of "Error", "EvalError", "RangeError", "ReferenceError",
    /// "SyntaxError", "TypeError", or "URIError", then set name to "Error"."
    /// </summary>
    public static string Canonicalize(string name) => name switch
    {
        "EvalError" => "EvalError",
        "RangeError" => "RangeError",
        "ReferenceError" => "ReferenceError",
        "SyntaxError" => "SyntaxError",
        "TypeError" => "TypeError",
        "URIError" => "URIError",
        _ => "Error",
    };
}

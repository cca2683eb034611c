using AngleSharp.Dom;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
/// Steps 8 to 14 of preparing a script element: which kind of script its type and language
/// attributes ask for, if any.
/// </summary>
internal static class ScriptElementType
{
    // https://mimesniff.spec.whatwg.org/#javascript-mime-type
    private static readonly HashSet<string> JavaScriptMimeTypeEssences = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/ecmascript", "application/javascript", "application/x-ecmascript", "application/x-javascript",
        "text/ecmascript", "text/javascript", "text/javascript1.0", "text/javascript1.1", "text/javascript1.2",
        "text/javascript1.3", "text/javascript1.4", "text/javascript1.5", "text/jscript", "text/livescript",
        "text/x-ecmascript", "text/x-javascript",
    };

    /// <summary>The kind of script <paramref name="script"/> is, or null when it is a data block (not run).</summary>
    public static ScriptKind? Determine(IElement script)
    {
        var type = script.GetAttribute("type");
        var language = script.GetAttribute("language");
        string typeString;

        // "8. If any of the following are true: el has a type attribute whose value is the empty
        // string; el has no type attribute but it has a language attribute and that attribute's
        // value is the empty string; or el has neither a type attribute nor a language
        // attribute, then let the script block's type string for this script element be
        // "text/javascript"."
        if (type is { Length: 0 } || (type is null && (language is null || language.Length == 0)))
        {
            typeString = "text/javascript";
        }
        else if (type is not null)
        {
            // "9. Otherwise, if el has a type attribute, then let the script block's type string
            // be the value of that attribute with leading and trailing ASCII whitespace stripped."
            typeString = type.Trim('\t', '\n', '\f', '\r', ' ');
        }
        else
        {
            // "10. Otherwise, el has a non-empty language attribute; let the script block's type
            // string be the concatenation of "text/" and the value of el's language attribute."
            typeString = "text/" + language;
        }

        // "11. If the script block's type string is a JavaScript MIME type essence match, then
        // set el's type to "classic"."
        if (JavaScriptMimeTypeEssences.Contains(typeString))
        {
            return ScriptKind.Classic;
        }

        // "12. Otherwise, if the script block's type string is an ASCII case-insensitive match
        // for the string "module", then set el's type to "module"."
        if (typeString.Equals("module", StringComparison.OrdinalIgnoreCase))
        {
            return ScriptKind.Module;
        }

        // "13. Otherwise, if the script block's type string is an ASCII case-insensitive match
        // for the string "importmap", then set el's type to "importmap"."
        if (typeString.Equals("importmap", StringComparison.OrdinalIgnoreCase))
        {
            return ScriptKind.ImportMap;
        }

        // "14. Otherwise, return. (No script is executed, and el's type is left as null.)"
        return null;
    }
}

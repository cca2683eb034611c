using System.Text.RegularExpressions;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript RegExp as its original source and flags, kept exactly so that a round trip
/// through .NET loses nothing; <see cref="ToRegex"/> makes a best-effort .NET equivalent.
/// </summary>
public sealed class JsRegExp
{
    /// <summary>Creates the RegExp from its source text (without slashes) and flags, e.g. "gi".</summary>
    public JsRegExp(string source, string flags)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(flags);
        Source = source;
        Flags = flags;
    }

    /// <summary>[[OriginalSource]]: the pattern text.</summary>
    public string Source { get; }

    /// <summary>[[OriginalFlags]]: the flags, e.g. "gi".</summary>
    public string Flags { get; }

    /// <summary>
    /// A .NET <see cref="Regex"/> for the pattern: i, m and s become IgnoreCase, Multiline and
    /// Singleline; g, y, d, u and v have no .NET option and are dropped. The pattern text is
    /// passed as it is, so JavaScript-only syntax may not parse.
    /// </summary>
    public Regex ToRegex()
    {
        var options = RegexOptions.None;
        foreach (char flag in Flags)
        {
            options |= flag switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                's' => RegexOptions.Singleline,
                _ => RegexOptions.None,
            };
        }

        return new Regex(Source, options);
    }

    /// <summary>The JavaScript flags of a .NET regex, in the canonical order ("ims"); throws for options JavaScript cannot express.</summary>
    public static string FlagsOf(Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        var options = regex.Options;
        const RegexOptions unsupported = RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture | RegexOptions.RightToLeft;
        if ((options & unsupported) != 0)
        {
            throw new DataCloneException($"Regex /{regex}/ could not be cloned: RegexOptions.{options & unsupported} has no JavaScript flag.");
        }

        return ((options & RegexOptions.IgnoreCase) != 0 ? "i" : "")
            + ((options & RegexOptions.Multiline) != 0 ? "m" : "")
            + ((options & RegexOptions.Singleline) != 0 ? "s" : "");
    }

    /// <inheritdoc />
    public override string ToString() => "/" + Source + "/" + Flags;
}

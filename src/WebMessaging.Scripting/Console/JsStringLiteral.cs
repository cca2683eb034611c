using System.Text;

namespace WebMessaging.Scripting.Console;

/// <summary>Writes a string as Chromium's DevTools shows a string inside an object preview: quoted and escaped.</summary>
internal static class JsStringLiteral
{
    /// <summary>The longest string V8 puts in a preview; longer ones keep their first 50 and last 49 characters around an ellipsis.</summary>
    private const int MaxPreviewLength = 100;

    /// <summary>Shortens <paramref name="value"/> as V8 does for a string inside a preview.</summary>
    public static string Abbreviate(string value) =>
        value.Length <= MaxPreviewLength
            ? value
            : string.Concat(value.AsSpan(0, MaxPreviewLength / 2), "\u2026", value.AsSpan(value.Length - (MaxPreviewLength / 2) + 1));

    /// <summary>Appends <paramref name="value"/> as a JavaScript literal: single quotes unless the text holds one, then double quotes, then backticks.</summary>
    public static void Append(StringBuilder output, string value)
    {
        char quote;
        if (!value.Contains('\''))
        {
            quote = '\'';
        }
        else if (!value.Contains('"'))
        {
            quote = '"';
        }
        else if (!value.Contains('`') && !value.Contains("${", StringComparison.Ordinal))
        {
            quote = '`';
        }
        else
        {
            quote = '\'';
        }

        // Only the last resort (all three quote characters present) escapes the quote itself.
        var escapeSingleQuote = quote == '\'' && value.Contains('\'');
        output.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': output.Append("\\\\"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\v': output.Append("\\v"); break;
                case '\'' when escapeSingleQuote: output.Append("\\'"); break;
                case '<' when StartsScriptOrComment(value, i): output.Append("\\x3C"); break;
                default:
                    if (char.IsControl(c))
                    {
                        output.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        output.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append(quote);
    }

    // DevTools escapes "<!--", "<script" and "</script" so a copied literal can be pasted into an HTML script.
    private static bool StartsScriptOrComment(string value, int index)
    {
        var rest = value.AsSpan(index);
        return rest.StartsWith("<!--", StringComparison.Ordinal)
            || rest.StartsWith("<script", StringComparison.Ordinal)
            || rest.StartsWith("</script", StringComparison.Ordinal);
    }
}

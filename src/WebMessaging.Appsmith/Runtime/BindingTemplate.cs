using System.Text;
using System.Text.Json;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>
/// A property value split at its <c>{{ … }}</c> parts. A value that is exactly one
/// <c>{{expr}}</c> gives the expression's raw value; mixed text gives a string.
/// </summary>
internal sealed class BindingTemplate
{
    private BindingTemplate(IReadOnlyList<BindingSegment> segments)
    {
        Segments = segments;
    }

    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<BindingSegment> Segments { get; }

    /// <summary>Whether the value is exactly one <c>{{expr}}</c>.</summary>
    public bool IsPure => Segments.Count == 1 && Segments[0].IsCode;

    /// <summary>The template of <paramref name="value"/>, or null when it holds no <c>{{ }}</c>.</summary>
    public static BindingTemplate? Parse(string value)
    {
        if (!value.Contains("{{", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<BindingSegment>();
        var text = new StringBuilder();
        var i = 0;
        while (i < value.Length)
        {
            if (i + 1 < value.Length && value[i] == '{' && value[i + 1] == '{' && FindEnd(value, i + 2) is var end && end >= 0)
            {
                if (text.Length > 0)
                {
                    segments.Add(new BindingSegment(text.ToString(), false));
                    text.Clear();
                }

                segments.Add(new BindingSegment(value[(i + 2)..end], true));
                i = end + 2;
                continue;
            }

            text.Append(value[i]);
            i++;
        }

        if (text.Length > 0)
        {
            segments.Add(new BindingSegment(text.ToString(), false));
        }

        return segments.Exists(s => s.IsCode) ? new BindingTemplate(segments) : null;
    }

    /// <summary>The code of every <c>{{ }}</c> part, one statement list after the other: a trigger's body.</summary>
    public string TriggerBody()
    {
        var body = new StringBuilder();
        foreach (var segment in Segments)
        {
            if (segment.IsCode)
            {
                body.Append(segment.Text).Append(";\n");
            }
        }

        return body.ToString();
    }

    /// <summary>
    /// The source of a function that computes the value: <c>function (text) { return (expr); }</c>
    /// for a pure binding, else the text parts and <c>text(expr)</c> joined with +.
    /// </summary>
    public string EvaluatorSource()
    {
        if (IsPure)
        {
            return "(function (text) { return (" + Segments[0].Text + "\n); })";
        }

        var source = new StringBuilder("(function (text) { return \"\"");
        foreach (var segment in Segments)
        {
            source.Append(" + ");
            if (segment.IsCode)
            {
                source.Append("text((").Append(segment.Text).Append("\n))");
            }
            else
            {
                source.Append(JsonSerializer.Serialize(segment.Text));
            }
        }

        return source.Append("; })").ToString();
    }

    // The index of the "}}" that closes code starting at start: braces inside the code nest,
    // and braces inside string and template literals do not count. -1 when it never closes.
    private static int FindEnd(string value, int start)
    {
        var depth = 0;
        char quote = '\0';
        for (var i = start; i < value.Length; i++)
        {
            var c = value[i];
            if (quote != '\0')
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                continue;
            }

            switch (c)
            {
                case '"' or '\'' or '`':
                    quote = c;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth > 0:
                    depth--;
                    break;
                case '}' when i + 1 < value.Length && value[i + 1] == '}':
                    return i;
            }
        }

        return -1;
    }
}

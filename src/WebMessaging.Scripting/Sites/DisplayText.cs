using System.Globalization;
using System.Text;

namespace WebMessaging.Scripting.Sites;

/// <summary>Makes user-supplied text safe to show inside a one-line error message.</summary>
internal static class DisplayText
{
    private const int MaxLength = 200;

    /// <summary>
    /// Returns <paramref name="value"/> with control characters escaped (so a message stays on
    /// one line) and cut to a readable length.
    /// </summary>
    public static string Quote(string value)
    {
        var needsWork = value.Length > MaxLength;
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return value;
        }

        var output = new StringBuilder(Math.Min(value.Length, MaxLength) + 16);
        for (var i = 0; i < value.Length && i < MaxLength; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        output.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        if (value.Length > MaxLength)
        {
            output.Append("...");
        }

        return output.ToString();
    }
}

using System.Text;

namespace WebMessaging.Cli.Output;

/// <summary>One output line as pieces of text, each with its <see cref="LineStyle"/>.</summary>
internal sealed class StyledLine
{
    private readonly List<(string Text, LineStyle Style)> _parts = [];

    /// <summary>The pieces, in order.</summary>
    public IReadOnlyList<(string Text, LineStyle Style)> Parts => _parts;

    /// <summary>How many characters the line holds so far, spaces included.</summary>
    public int Width { get; private set; }

    /// <summary>Appends <paramref name="text"/> in <paramref name="style"/>.</summary>
    public StyledLine Add(string text, LineStyle style = LineStyle.Plain)
    {
        if (text.Length != 0)
        {
            _parts.Add((text, style));
            Width += text.Length;
        }

        return this;
    }

    /// <summary>Appends <paramref name="text"/> padded with spaces to <paramref name="width"/> characters.</summary>
    public StyledLine AddPadded(string text, int width, LineStyle style = LineStyle.Plain) =>
        Add(text, style).Add(text.Length < width ? new string(' ', width - text.Length) : "");

    /// <summary>The line without styles, trailing spaces trimmed.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var (text, _) in _parts)
        {
            builder.Append(text);
        }

        return builder.ToString().TrimEnd();
    }
}

using Spectre.Console;

namespace WebMessaging.Cli.Output;

/// <summary>Writes lines in colour through Spectre.Console.</summary>
internal sealed class AnsiLineOutput(IAnsiConsole console) : ILineOutput
{
    private static readonly Style DimStyle = new(Color.Grey);

    /// <inheritdoc />
    public void WriteLine(StyledLine line)
    {
        // Written as escape codes rather than as a renderable: a renderable wraps at the
        // console's width, which would break the columns and the lines copied from the terminal.
        console.WriteAnsi(writer =>
        {
            foreach (var (text, style) in line.Parts)
            {
                writer.Write(text, StyleOf(style));
            }

            writer.WriteLine();
        });
    }

    private static Style StyleOf(LineStyle style) => style switch
    {
        LineStyle.Dim => DimStyle,
        LineStyle.Log => Style.Plain,
        LineStyle.Info => new Style(Color.DeepSkyBlue1),
        LineStyle.Warning => new Style(Color.Yellow),
        LineStyle.Error => new Style(Color.Red, decoration: Decoration.Bold),
        LineStyle.Delivered => new Style(Color.Green),
        LineStyle.Pending => new Style(Color.Orange1),
        LineStyle.WindowKind => new Style(Color.SteelBlue1),
        LineStyle.PortKind => new Style(Color.MediumPurple1),
        LineStyle.BroadcastKind => new Style(Color.Gold1),
        LineStyle.WorkerKind => new Style(Color.Aquamarine1),
        LineStyle.Load => new Style(Color.Grey, decoration: Decoration.Italic),
        LineStyle.Heading => new Style(decoration: Decoration.Bold),
        _ => Style.Plain,
    };
}

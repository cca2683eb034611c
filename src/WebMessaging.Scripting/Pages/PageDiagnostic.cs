using System.Globalization;
using System.Text;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// A message for the developer console of a page: a failed load, an uncaught script error (with
/// the script's URL, line and column when known), a script stopped by a limit, or a warning.
/// </summary>
/// <param name="Level">How serious it is.</param>
/// <param name="Kind">What it is about.</param>
/// <param name="Message">The console text, e.g. "Uncaught ReferenceError: x is not defined".</param>
/// <param name="WindowLabel">The URL of the document it happened in.</param>
/// <param name="SourceUrl">The URL of the script or resource it concerns, when there is one.</param>
/// <param name="Line">The 1-based line in <paramref name="SourceUrl"/>, when known.</param>
/// <param name="Column">The 1-based column in <paramref name="SourceUrl"/>, when known.</param>
/// <param name="Exception">The .NET exception behind it, when there is one.</param>
public sealed record PageDiagnostic(
    PageDiagnosticLevel Level,
    PageDiagnosticKind Kind,
    string Message,
    string WindowLabel,
    string? SourceUrl = null,
    int? Line = null,
    int? Column = null,
    Exception? Exception = null)
{
    /// <summary>Formats the diagnostic as a console line, e.g. "[Error] Uncaught boom (https://a.example/app.js:3:5)".</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append('[').Append(Level).Append("] ").Append(Message);
        if (SourceUrl is not null)
        {
            text.Append(" (").Append(SourceUrl);
            if (Line is int line)
            {
                text.Append(':').Append(line.ToString(CultureInfo.InvariantCulture));
                if (Column is int column)
                {
                    text.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
                }
            }

            text.Append(')');
        }

        return text.ToString();
    }
}

using System.Globalization;
using System.Net;
using System.Text;
using WebMessaging.Cli.Events;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Report;

/// <summary>
/// Draws a run as an SVG sequence diagram: one lifeline per window, worker, port and broadcast
/// channel (in order of first appearance), one row per event from top to bottom with the time on
/// the left, an arrow per delivered message, a dashed red arrow ending in a cross per dropped one,
/// and marks on the lifelines for console calls, loads and errors.
/// </summary>
/// <remarks>
/// Each delivered message's arrow is the one element with <c>data-arrow="delivered"</c>; dropped
/// and pending ones have <c>data-arrow="dropped"</c> and <c>data-arrow="pending"</c>. Every event
/// element has <c>data-seq</c>, the event's sequence number, which the table's rows share.
/// </remarks>
internal static class SequenceDiagram
{
    /// <summary>The most events drawn; a longer run shows its first ones and says so.</summary>
    public const int MaxRows = 2_000;

    private const int Gutter = 84;
    private const int ColumnWidth = 210;
    private const int HeaderHeight = 74;
    private const int HeaderWidth = 184;
    private const int RowHeight = 30;
    private const int Top = HeaderHeight + 28;
    private const int NoteMaxChars = 34;
    private const int LabelMaxChars = 40;

    /// <summary>The participants of <paramref name="events"/>, in order of first appearance.</summary>
    public static IReadOnlyList<TraceParticipant> Participants(IReadOnlyList<RunEvent> events)
    {
        var seen = new Dictionary<string, TraceParticipant>(StringComparer.Ordinal);
        var order = new List<TraceParticipant>();
        void Add(TraceParticipant? participant)
        {
            if (participant is not null && seen.TryAdd(participant.Id, participant))
            {
                order.Add(participant);
            }
        }

        foreach (var runEvent in events)
        {
            switch (runEvent)
            {
                case MessageRunEvent message:
                    Add(message.Sender);
                    Add(message.Receiver);
                    break;
                case ConsoleRunEvent console:
                    Add(console.Global);
                    break;
                case LoadRunEvent load:
                    Add(load.Global);
                    break;
                case ErrorRunEvent error:
                    Add(error.Global);
                    break;
                case AppRunEvent app:
                    Add(app.Global);
                    break;
            }
        }

        return Arrange(order);
    }

    // Windows and workers in the order the run numbered them, each followed by the ports it
    // owns (a port's label and origin are its global's), so that most arrows stay short; then
    // broadcast channels and any port whose global never showed up.
    private static List<TraceParticipant> Arrange(List<TraceParticipant> participants)
    {
        var globals = participants.Where(p => p.Kind is "window" or "worker").OrderBy(p => p.Kind == "worker").ThenBy(Number).ToList();
        var ports = participants.Where(p => p.Kind == "port").OrderBy(Number).ToList();
        var arranged = new List<TraceParticipant>(participants.Count);
        foreach (var global in globals)
        {
            arranged.Add(global);
            foreach (var port in ports)
            {
                if (port.Label == global.Label && port.Origin == global.Origin && !arranged.Contains(port))
                {
                    arranged.Add(port);
                }
            }
        }

        arranged.AddRange(participants.Where(p => !arranged.Contains(p)).OrderBy(p => p.Kind).ThenBy(Number));
        return arranged;
    }

    private static int Number(TraceParticipant participant)
    {
        var hash = participant.Id.LastIndexOf('#');
        return hash >= 0 && int.TryParse(participant.Id.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : int.MaxValue;
    }

    /// <summary>The diagram of <paramref name="events"/> as an SVG element.</summary>
    public static string Render(IReadOnlyList<RunEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var shown = events.Count > MaxRows ? events.Take(MaxRows).ToList() : events;
        var participants = Participants(shown);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < participants.Count; i++)
        {
            columns[participants[i].Id] = i;
        }

        var width = Gutter + Math.Max(1, participants.Count) * ColumnWidth + 40;
        var height = Top + shown.Count * RowHeight + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg id=\"diagram\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Sequence diagram of the run\">");
        AppendMarkers(svg);

        // Time axis and row guides.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Gutter - 12}\" y1=\"{Top - 12}\" x2=\"{Gutter - 12}\" y2=\"{height - 12}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis-title\" x=\"{Gutter - 18}\" y=\"{Top - 16}\" text-anchor=\"end\">t (ms)</text>");
        double? lastTime = null;
        for (var row = 0; row < shown.Count; row++)
        {
            var y = RowY(row);
            var time = shown[row].Time;
            if (row % 2 == 1)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"{Gutter - 12}\" y=\"{y - RowHeight / 2}\" width=\"{width - Gutter + 12}\" height=\"{RowHeight}\"/>");
            }

            if (lastTime != time)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{Gutter - 16}\" y1=\"{y}\" x2=\"{Gutter - 12}\" y2=\"{y}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"time\" x=\"{Gutter - 20}\" y=\"{y + 4}\" text-anchor=\"end\">{EventText.Milliseconds(time)}</text>");
                lastTime = time;
            }
        }

        // Lifelines and their headers.
        for (var i = 0; i < participants.Count; i++)
        {
            AppendLifeline(svg, participants[i], ColumnX(i), height);
        }

        for (var row = 0; row < shown.Count; row++)
        {
            AppendEvent(svg, shown[row], RowY(row), columns);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static int ColumnX(int column) => Gutter + column * ColumnWidth + ColumnWidth / 2;

    private static int RowY(int row) => Top + row * RowHeight + RowHeight / 2;

    private static void AppendMarkers(StringBuilder svg)
    {
        svg.Append("<defs>");
        foreach (var kind in new[] { "window", "port", "broadcast", "worker" })
        {
            svg.Append(CultureInfo.InvariantCulture, $"<marker id=\"head-{kind}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path class=\"head kind-{kind}\" d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        }

        svg.Append("<marker id=\"head-pending\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path class=\"head pending\" d=\"M0,0 L10,5 L0,10 z\"/></marker>");
        svg.Append("</defs>");
    }

    private static void AppendLifeline(StringBuilder svg, TraceParticipant participant, int x, int height)
    {
        var left = x - HeaderWidth / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"lifeline kind-{Attr(participant.Kind)}\" data-participant=\"{Attr(participant.Id)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Text(participant.Id + " · " + participant.Kind + "\norigin " + participant.Origin + "\n" + participant.Label)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"life\" x1=\"{x}\" y1=\"{HeaderHeight + 8}\" x2=\"{x}\" y2=\"{height - 12}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"header\" x=\"{left}\" y=\"8\" width=\"{HeaderWidth}\" height=\"{HeaderHeight - 8}\" rx=\"8\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"header-band kind-{Attr(participant.Kind)}\" x=\"{left}\" y=\"8\" width=\"6\" height=\"{HeaderHeight - 8}\" rx=\"3\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"header-id\" x=\"{left + 16}\" y=\"29\">{Text(participant.Id)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"header-origin\" x=\"{left + 16}\" y=\"48\">{Text(Shorten(participant.Origin, 26))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"header-label\" x=\"{left + 16}\" y=\"65\">{Text(Shorten(ShortLabel(participant), 28))}</text>");
        svg.Append("</g>");
    }

    private static void AppendEvent(StringBuilder svg, RunEvent runEvent, int y, Dictionary<string, int> columns)
    {
        switch (runEvent)
        {
            case MessageRunEvent message:
                AppendMessage(svg, message, y, columns);
                break;
            case ConsoleRunEvent console:
                AppendNote(svg, console.Sequence, "console level-" + EventText.Level(console.Message.Level), columns[console.Global.Id], y,
                    console.Message.Text, "console." + console.Message.Method + " at " + EventText.Milliseconds(console.Time) + " ms\n" + console.Message.Text, "dot");
                break;
            case LoadRunEvent load:
                AppendNote(svg, load.Sequence, "load", columns[load.Global.Id], y, "loaded " + ShortLabel(load.Global),
                    "load at " + EventText.Milliseconds(load.Time) + " ms\n" + load.Global.Label, "flag");
                break;
            case ErrorRunEvent error:
                var column = error.Global is null ? 0 : columns[error.Global.Id];
                AppendNote(svg, error.Sequence, "error", column, y, error.Message,
                    "uncaught error at " + EventText.Milliseconds(error.Time) + " ms\n" + error.Message, "diamond");
                break;
            case AppRunEvent app:
                var appText = EventText.AppText(app);
                AppendNote(svg, app.Sequence, app.IsFailure ? "error" : "app", app.Global is null ? 0 : columns[app.Global.Id], y, appText,
                    app.Category + " at " + EventText.Milliseconds(app.Time) + " ms\n" + appText, app.IsFailure ? "diamond" : "dot");
                break;
        }
    }

    private static void AppendMessage(StringBuilder svg, MessageRunEvent message, int y, Dictionary<string, int> columns)
    {
        var kind = EventText.Kind(message.Kind);
        var status = EventText.Status(message.Status);
        var from = ColumnX(columns[message.Sender.Id]);
        int? to = message.Receiver is null ? null : ColumnX(columns[message.Receiver.Id]);
        var title = EventText.Kind(message.Kind) + " message #" + message.MessageId + ": " + EventText.Outcome(message)
            + "\n" + message.Sender.Id + " (" + message.Sender.Origin + ") → "
            + (message.Receiver is null ? "nobody" : message.Receiver.Id + " (" + message.Receiver.Origin + ")")
            + (message.TargetOrigin is null ? "" : "\ntargetOrigin " + message.TargetOrigin)
            + "\nposted at " + EventText.Milliseconds(message.PostedAt) + " ms, " + status + " at " + EventText.Milliseconds(message.Time) + " ms"
            + "\ndata " + message.Preview;

        svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#ev-{message.Sequence}\"><g class=\"arrow {status} kind-{kind}\" data-arrow=\"{status}\" data-kind=\"{kind}\" data-seq=\"{message.Sequence}\">");
        svg.Append("<title>").Append(Text(title)).Append("</title>");
        var label = Shorten(message.Preview, LabelMaxChars);
        if (to is { } end && end == from)
        {
            // A message to itself: a loop out to the right and back.
            var loop = $"M{from},{y - 8} h46 v16 h-44";
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"shaft\" d=\"{loop}\" fill=\"none\"{MarkerOf(message, kind)}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"arrow-label\" x=\"{from + 52}\" y=\"{y + 4}\">{Text(label)}</text>");
        }
        else
        {
            // A port message with no port to go to ends halfway, on a cross.
            var target = to ?? from + ColumnWidth / 2;
            var direction = target >= from ? 1 : -1;
            var x1 = from + direction * 4;
            var x2 = target - direction * (message.Status == MessageStatus.Dropped ? 10 : 3);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"hit\" x1=\"{x1}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"shaft\" x1=\"{x1}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\"{MarkerOf(message, kind)}/>");
            if (message.Status == MessageStatus.Dropped)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"cross\" d=\"M{x2 - 6},{y - 6} l12,12 M{x2 - 6},{y + 6} l12,-12\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"arrow-label\" x=\"{(from + target) / 2}\" y=\"{y - 6}\" text-anchor=\"middle\">{Text(label)}</text>");
        }

        svg.Append("</g></a>");
    }

    private static string MarkerOf(MessageRunEvent message, string kind) => message.Status switch
    {
        MessageStatus.Delivered => $" marker-end=\"url(#head-{kind})\"",
        MessageStatus.Pending => " marker-end=\"url(#head-pending)\"",
        _ => "",
    };

    private static void AppendNote(StringBuilder svg, long sequence, string cssClass, int column, int y, string text, string title, string shape)
    {
        var x = ColumnX(column);
        svg.Append(CultureInfo.InvariantCulture, $"<a href=\"#ev-{sequence}\"><g class=\"note {cssClass}\" data-seq=\"{sequence}\">");
        svg.Append("<title>").Append(Text(title)).Append("</title>");
        switch (shape)
        {
            case "diamond":
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"mark\" d=\"M{x},{y - 7} l7,7 l-7,7 l-7,-7 z\"/>");
                break;
            case "flag":
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"mark\" x=\"{x - 5}\" y=\"{y - 5}\" width=\"10\" height=\"10\" rx=\"2\"/>");
                break;
            default:
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"mark\" cx=\"{x}\" cy=\"{y}\" r=\"5\"/>");
                break;
        }

        var firstLine = text.Split('\n', 2)[0];
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"note-text\" x=\"{x + 12}\" y=\"{y + 4}\">{Text(Shorten(firstLine, NoteMaxChars))}</text>");
        svg.Append("</g></a>");
    }

    /// <summary>What a lifeline's header shows under the origin: the path of a window's URL, the name of a channel.</summary>
    private static string ShortLabel(TraceParticipant participant)
    {
        var label = participant.Label;
        if (participant.Kind == "broadcast")
        {
            return "channel \"" + label + "\"";
        }

        if (Uri.TryCreate(label, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
        {
            label = uri.PathAndQuery;
        }

        return participant.Kind == "port" ? "in " + label : label;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private static string Attr(string text) => WebUtility.HtmlEncode(text);
}

using System.Globalization;
using System.Net;
using System.Text;
using WebMessaging.Cli.Events;

namespace WebMessaging.Cli.Report;

/// <summary>
/// The report <c>webmsg run --report</c> writes: one self-contained HTML file (inline CSS, JS and
/// SVG, nothing fetched) with the run's summary, its sequence diagram, and a table of every event
/// that a text box and per-type check boxes filter.
/// </summary>
/// <param name="Title">What ran: a path, or the built-in sample.</param>
/// <param name="Entry">The entry URL.</param>
/// <param name="Events">The run's events, in order.</param>
/// <param name="Summary">The run's counts.</param>
internal sealed record HtmlReport(string Title, string Entry, IReadOnlyList<RunEvent> Events, RunSummary Summary)
{
    /// <summary>The most events listed in the table; a longer run lists its first ones and says so.</summary>
    public const int MaxTableRows = 50_000;

    /// <summary>Writes <paramref name="report"/> to <paramref name="path"/> as UTF-8.</summary>
    public static void Write(string path, HtmlReport report)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(report);
        File.WriteAllText(path, report.Render(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    /// <summary>The whole report as one HTML document.</summary>
    public string Render()
    {
        var html = new StringBuilder(16_384 + Events.Count * 400);
        html.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>webmsg · ").Append(Encode(Title)).Append("</title>\n");
        html.Append("<style>\n").Append(ReportResources.Css).Append("</style>\n</head>\n<body>\n");

        html.Append("<header class=\"page-header\"><h1>webmsg run</h1><p class=\"subtitle\">")
            .Append(Encode(Title)).Append(" · entry <code>").Append(Encode(Entry)).Append("</code></p></header>\n");
        AppendSummary(html);

        html.Append("<section class=\"card\"><h2>Sequence diagram</h2>\n");
        AppendLegend(html);
        if (Events.Count > SequenceDiagram.MaxRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note-limit\">The diagram shows the first {SequenceDiagram.MaxRows:N0} of {Events.Count:N0} events; the table below has them all.</p>\n");
        }

        html.Append("<div class=\"diagram-scroll\">").Append(SequenceDiagram.Render(Events)).Append("</div>\n</section>\n");

        html.Append("<section class=\"card\"><h2>Events</h2>\n");
        AppendFilters(html);
        AppendTable(html);
        html.Append("</section>\n");

        html.Append("<footer>Times are the browser's virtual milliseconds. Hover an arrow or mark for details; click it to find its row.</footer>\n");
        html.Append("<script>\n").Append(ReportResources.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private void AppendSummary(StringBuilder html)
    {
        html.Append("<section class=\"stats\">");
        Stat(html, "delivered", Summary.Delivered, "messages delivered");
        Stat(html, "dropped", Summary.Dropped, "messages dropped");
        if (Summary.Pending > 0)
        {
            Stat(html, "pending", Summary.Pending, "still pending");
        }

        Stat(html, "console", Summary.ConsoleCalls, "console calls");
        Stat(html, "errors", Summary.Errors.Count, "uncaught errors");
        html.Append("<div class=\"stat time\"><span class=\"value\">").Append(EventText.Milliseconds(Summary.EndTime))
            .Append("<small> ms</small></span><span class=\"label\">virtual time</span></div>");
        html.Append("</section>\n");

        if (Summary.Errors.Count > 0)
        {
            html.Append("<section class=\"card errors\"><h2>Uncaught errors</h2><ul>");
            foreach (var error in Summary.Errors)
            {
                html.Append("<li><a href=\"#ev-").Append(error.Sequence).Append("\">")
                    .Append(EventText.Milliseconds(error.Time)).Append(" ms</a> <span class=\"where\">")
                    .Append(Encode(error.Global?.Label ?? "(browser)")).Append("</span> ")
                    .Append(Encode(error.Message)).Append("</li>");
            }

            html.Append("</ul></section>\n");
        }
    }

    private static void Stat(StringBuilder html, string cssClass, int value, string label) =>
        html.Append("<div class=\"stat ").Append(cssClass).Append(value == 0 ? " zero" : "").Append("\"><span class=\"value\">")
            .Append(value.ToString(CultureInfo.InvariantCulture)).Append("</span><span class=\"label\">").Append(label).Append("</span></div>");

    private static void AppendLegend(StringBuilder html)
    {
        html.Append("<ul class=\"legend\">");
        foreach (var kind in new[] { "window", "port", "broadcast", "worker" })
        {
            html.Append("<li><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line class=\"legend-line kind-").Append(kind)
                .Append("\" x1=\"2\" y1=\"6\" x2=\"26\" y2=\"6\"/><path class=\"legend-head kind-").Append(kind)
                .Append("\" d=\"M26,2 L33,6 L26,10 z\"/></svg>").Append(kind).Append(" message</li>");
        }

        html.Append("<li><svg width=\"34\" height=\"12\" aria-hidden=\"true\"><line class=\"legend-line dropped\" x1=\"2\" y1=\"6\" x2=\"24\" y2=\"6\"/><path class=\"legend-cross\" d=\"M24,1 l9,10 M24,11 l9,-10\"/></svg>dropped (hover for why)</li>");
        html.Append("<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><circle class=\"legend-dot\" cx=\"7\" cy=\"6\" r=\"5\"/></svg>console call</li>");
        html.Append("<li><svg width=\"14\" height=\"12\" aria-hidden=\"true\"><rect class=\"legend-load\" x=\"2\" y=\"1\" width=\"10\" height=\"10\" rx=\"2\"/></svg>load</li>");
        html.Append("<li><svg width=\"16\" height=\"14\" aria-hidden=\"true\"><path class=\"legend-error\" d=\"M8,0 l7,7 l-7,7 l-7,-7 z\"/></svg>uncaught error</li>");
        html.Append("</ul>\n");
    }

    private void AppendFilters(StringBuilder html)
    {
        html.Append("<div class=\"filters\"><input id=\"filter\" type=\"search\" placeholder=\"Filter: text, origin, URL, reason…\" aria-label=\"Filter events\" autocomplete=\"off\">");
        // The app toggle only when an app ran: a plain run's report stays as it was.
        RunEventType[] types = Events.Any(e => e.Type == RunEventType.App)
            ? [RunEventType.Message, RunEventType.Console, RunEventType.Error, RunEventType.Load, RunEventType.App]
            : [RunEventType.Message, RunEventType.Console, RunEventType.Error, RunEventType.Load];
        foreach (var type in types)
        {
            var name = EventText.Type(type);
            html.Append("<label class=\"toggle type-").Append(name).Append("\"><input type=\"checkbox\" checked data-type-toggle=\"")
                .Append(name).Append("\"> ").Append(name).Append("</label>");
        }

        html.Append("<span class=\"shown\"><span id=\"shown\">").Append(Math.Min(Events.Count, MaxTableRows))
            .Append("</span> of ").Append(Events.Count).Append(" events</span></div>\n");
    }

    private void AppendTable(StringBuilder html)
    {
        html.Append("<table id=\"events\"><thead><tr><th class=\"num\">#</th><th class=\"num\">t (ms)</th><th>type</th><th>where / from → to</th><th>kind</th><th>status</th><th>text / data</th></tr></thead>\n<tbody>\n");
        var rows = Math.Min(Events.Count, MaxTableRows);
        for (var i = 0; i < rows; i++)
        {
            AppendRow(html, Events[i]);
        }

        html.Append("</tbody></table>\n");
        if (Events.Count > MaxTableRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note-limit\">The table lists the first {MaxTableRows:N0} of {Events.Count:N0} events; use --json for all of them.</p>\n");
        }
    }

    private static void AppendRow(StringBuilder html, RunEvent runEvent)
    {
        var type = EventText.Type(runEvent.Type);
        string where, kind = "", status = "", text, statusClass = "";
        switch (runEvent)
        {
            case MessageRunEvent message:
                where = Participant(message.Sender) + " → " + Participant(message.Receiver);
                kind = EventText.Kind(message.Kind);
                status = EventText.Outcome(message);
                statusClass = EventText.Status(message.Status);
                text = message.Preview + (message.TargetOrigin is null ? "" : "   targetOrigin " + message.TargetOrigin);
                break;
            case ConsoleRunEvent console:
                where = console.Global.Label;
                status = EventText.Level(console.Message.Level);
                statusClass = "level-" + status;
                text = console.Message.IndentedText;
                break;
            case ErrorRunEvent error:
                where = error.Global?.Label ?? "(browser)";
                status = "uncaught";
                statusClass = "uncaught";
                text = error.Message;
                break;
            case LoadRunEvent load:
                where = load.Global.Label;
                text = load.ParentId is null ? "top-level " + load.Global.Kind : "frame in " + load.ParentId;
                break;
            case AppRunEvent app:
                where = app.Global?.Label ?? "(app)";
                kind = app.Category;
                status = app.IsFailure ? "failed" : "";
                statusClass = app.IsFailure ? "uncaught" : "";
                text = EventText.AppText(app);
                break;
            default:
                return;
        }

        html.Append("<tr id=\"ev-").Append(runEvent.Sequence).Append("\" data-seq=\"").Append(runEvent.Sequence)
            .Append("\" data-type=\"").Append(type).Append("\" class=\"type-").Append(type).Append("\">")
            .Append("<td class=\"num\">").Append(runEvent.Sequence).Append("</td>")
            .Append("<td class=\"num\">").Append(EventText.Milliseconds(runEvent.Time)).Append("</td>")
            .Append("<td><span class=\"badge type-").Append(type).Append("\">").Append(type).Append("</span></td>")
            .Append("<td class=\"where\">").Append(Encode(where)).Append("</td>")
            .Append("<td>").Append(kind.Length == 0 ? "" : "<span class=\"kind kind-" + kind + "\">" + kind + "</span>").Append("</td>")
            .Append("<td class=\"status ").Append(statusClass).Append("\">").Append(Encode(status)).Append("</td>")
            .Append("<td class=\"text\">").Append(Encode(text)).Append("</td></tr>\n");
    }

    private static string Participant(Tracing.TraceParticipant? participant) =>
        participant is null ? "nobody" : participant.Origin + " (" + participant.Id + ")";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

using System.Text.RegularExpressions;
using WebMessaging.Cli.Events;
using WebMessaging.Cli.Report;
using WebMessaging.Cli.Tests.Support;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Tests.Report;

public sealed partial class HtmlReportTests
{
    [Fact]
    public async Task Report_IsOneSelfContainedFile_WithAnArrowPerDeliveredMessage()
    {
        using var folder = new TempFolder();
        var path = folder.File("report.html");

        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(throwAfterwards: true), "run", "--report", path);

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        var html = await File.ReadAllTextAsync(path);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Equal(2, Count(html, "data-arrow=\"delivered\""));
        Assert.Equal(1, Count(html, "data-arrow=\"dropped\""));
        Assert.Equal(8, Count(html, "<tr id=\"ev-"));
        Assert.Equal(2, Count(html, "class=\"lifeline kind-window\""));
        Assert.Equal(2, Count(html, "class=\"lifeline kind-port\""));

        // Nothing is fetched: no external script, style sheet, image or font.
        Assert.DoesNotMatch(ExternalResource(), html);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<script>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void DroppedArrow_SaysWhyInItsTitle()
    {
        var app = new TraceParticipant("window#1", "window", "https://app.example", "https://app.example/");
        var widget = new TraceParticipant("window#2", "window", "https://widget.example", "https://widget.example/");
        RunEvent[] events = [new MessageRunEvent(1, 3, MessageStatus.Dropped, MessageKind.Window, 7, app, widget, "https://evil.example", DropReason.OriginMismatch, "\"secret\"", 1)];

        var svg = SequenceDiagram.Render(events);

        Assert.Matches(DroppedTitle(), svg);
        Assert.Contains("class=\"cross\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsEscaped()
    {
        var app = new TraceParticipant("window#1", "window", "https://app.example", "https://app.example/");
        RunEvent[] events = [new ConsoleRunEvent(1, 0, app, new Scripting.Console.ConsoleMessage("log", Scripting.Console.ConsoleLogLevel.Log, "<script>alert(1)</script>", 1))];
        var report = new HtmlReport("<b>title</b>", "https://app.example/", events, new RunSummary());

        var html = report.Render();

        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>title</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_OfALongRun_DrawsItsFirstEventsOnly()
    {
        var app = new TraceParticipant("window#1", "window", "https://app.example", "https://app.example/");
        var events = Enumerable.Range(1, SequenceDiagram.MaxRows + 5)
            .Select(i => (RunEvent)new MessageRunEvent(i, i, MessageStatus.Delivered, MessageKind.Window, i, app, app, "*", DropReason.None, i.ToString(System.Globalization.CultureInfo.InvariantCulture), i))
            .ToList();

        var html = new HtmlReport("long", "https://app.example/", events, new RunSummary()).Render();

        Assert.Equal(SequenceDiagram.MaxRows, Count(html, "data-arrow=\"delivered\""));
        Assert.Contains("The diagram shows the first 2,000 of 2,005 events", html, StringComparison.Ordinal);
    }

    private static int Count(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;

    [GeneratedRegex("<(script|link|img)[^>]+(src|href)=\"(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalResource();

    [GeneratedRegex("data-arrow=\"dropped\"[^>]*><title>window message #7: dropped \\(origin mismatch\\)\\n[^<]*targetOrigin https://evil.example")]
    private static partial Regex DroppedTitle();
}

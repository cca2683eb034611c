using System.Text.Json;
using WebMessaging.Browsing;
using WebMessaging.Tracing;

namespace WebMessaging.Tests.Browsing;

public sealed class WindowTraceTests
{
    [Fact]
    public void Trace_OfADeliveredMessage_HasItsPostAndDelivery()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var widget = browser.CreateFrame(app, "https://widget.example/");

        widget.PostMessage(new Dictionary<string, object?> { ["type"] = "hello" }, "https://widget.example", source: app);
        browser.RunUntilIdle();

        var entries = browser.Trace.Entries;
        Assert.Equal(2, entries.Count);
        var (posted, delivered) = (entries[0], entries[1]);
        Assert.Equal(TraceEventKind.Posted, posted.Event);
        Assert.Equal(TraceEventKind.Delivered, delivered.Event);
        Assert.All(entries, e => Assert.Equal(MessageKind.Window, e.Kind));
        Assert.Equal(posted.MessageId, delivered.MessageId);
        Assert.Equal(app.Id, posted.Sender.Id);
        Assert.Equal("https://app.example", posted.Sender.Origin);
        Assert.Equal("window", posted.Sender.Kind);
        Assert.Equal(widget.Id, posted.Receiver!.Id);
        Assert.Equal("https://widget.example/", posted.Receiver.Label);
        Assert.Equal("https://widget.example", posted.TargetOrigin);
        Assert.Equal("{type: \"hello\"}", posted.Preview);
        Assert.Equal(DropReason.None, delivered.DropReason);
    }

    [Fact]
    public void Trace_OfADroppedMessage_SaysWhy()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var widget = browser.CreateFrame(app, "https://widget.example/");

        widget.PostMessage("token", "https://evil.example", source: app);
        browser.RunUntilIdle();

        var dropped = browser.Trace.Entries[^1];
        Assert.Equal(TraceEventKind.Dropped, dropped.Event);
        Assert.Equal(DropReason.OriginMismatch, dropped.DropReason);
        Assert.Equal("https://evil.example", dropped.TargetOrigin);
    }

    [Fact]
    public void Trace_FromTheHost_NamesTheHostAsSender()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");

        app.PostMessage(1, "*");

        var posted = Assert.Single(browser.Trace.Entries);
        Assert.Equal("host", posted.Sender.Kind);
        Assert.Equal("host", posted.Sender.Label);
        Assert.Equal("null", posted.Sender.Origin);
        Assert.Equal("*", posted.TargetOrigin);
    }

    [Fact]
    public void Trace_ToJson_HasTheEntriesFields()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var widget = browser.CreateFrame(app, "https://widget.example/");
        widget.PostMessage("a", "https://other.example", source: app);
        browser.RunUntilIdle();

        using var json = JsonDocument.Parse(browser.Trace.ToJson());

        var entries = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, entries.Length);
        Assert.Equal("Posted", entries[0].GetProperty("event").GetString());
        Assert.Equal("Window", entries[0].GetProperty("kind").GetString());
        Assert.Equal("\"a\"", entries[0].GetProperty("preview").GetString());
        Assert.Equal("Dropped", entries[1].GetProperty("event").GetString());
        Assert.Equal("OriginMismatch", entries[1].GetProperty("dropReason").GetString());
        Assert.Equal("https://other.example", entries[1].GetProperty("targetOrigin").GetString());
        Assert.Equal(widget.Id, entries[1].GetProperty("receiver").GetProperty("id").GetString());
    }

    [Fact]
    public void Trace_WhenDisabled_RecordsNothing_ButMessagesStillArrive()
    {
        using var browser = new Browser(new BrowserOptions { Trace = false });
        var app = browser.OpenWindow("https://app.example/");
        var received = Received.At(app);

        app.PostMessage("quiet", "*", source: app);
        browser.RunUntilIdle();

        Assert.Single(received);
        Assert.Empty(browser.Trace.Entries);
    }
}

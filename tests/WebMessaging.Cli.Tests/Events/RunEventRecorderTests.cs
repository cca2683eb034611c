using WebMessaging.Browsing;
using WebMessaging.Cli.Events;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Tests.Events;

public sealed class RunEventRecorderTests
{
    [Fact]
    public void ConsoleCallsAndMessages_FormOneStream_InTheOrderTheyHappened()
    {
        using var browser = new Browser();
        var log = new RunEventLog();
        using var recorder = new RunEventRecorder(log);
        recorder.Attach(browser);
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://app.example/frame");
        frame.AddEventListener("message", _ => recorder.Console(frame, new ConsoleMessage("log", ConsoleLogLevel.Log, "got it", 1)));

        recorder.Console(app, new ConsoleMessage("log", ConsoleLogLevel.Log, "before", 1));
        frame.PostMessage("hi", "/", source: app);
        browser.RunUntilIdle();
        recorder.Complete();

        Assert.Collection(
            log.Events,
            e => Assert.Equal("before", Assert.IsType<ConsoleRunEvent>(e).Message.Text),
            e =>
            {
                var message = Assert.IsType<MessageRunEvent>(e);
                Assert.Equal(MessageStatus.Delivered, message.Status);
                Assert.Equal("\"hi\"", message.Preview);
                Assert.Equal("https://app.example", message.TargetOrigin);
                Assert.Equal("window#1", message.Sender.Id);
                Assert.Equal("window#2", message.Receiver!.Id);
            },
            e => Assert.Equal("got it", Assert.IsType<ConsoleRunEvent>(e).Message.Text));
        Assert.Equal([1L, 2L, 3L], log.Events.Select(e => e.Sequence));
    }

    [Fact]
    public void BroadcastDeliveries_EachCarryThePostsPreview()
    {
        using var browser = new Browser();
        var log = new RunEventLog();
        using var recorder = new RunEventRecorder(log);
        recorder.Attach(browser);
        var a = browser.OpenWindow("https://app.example/a");
        var b = browser.OpenWindow("https://app.example/b");
        var c = browser.OpenWindow("https://app.example/c");
        var sender = new BroadcastChannel(a, "news");
        _ = new BroadcastChannel(b, "news");
        _ = new BroadcastChannel(c, "news");

        sender.PostMessage(new Dictionary<string, object?> { ["n"] = 1.0 });
        browser.RunUntilIdle();
        recorder.Complete();

        var deliveries = log.Events.OfType<MessageRunEvent>().ToList();
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, d =>
        {
            Assert.Equal(MessageKind.Broadcast, d.Kind);
            Assert.Equal("{n: 1}", d.Preview);
        });
    }

    [Fact]
    public void AfterComplete_DisposingTheBrowserAddsNothing()
    {
        var browser = new Browser();
        var log = new RunEventLog();
        using var recorder = new RunEventRecorder(log);
        recorder.Attach(browser);
        var app = browser.OpenWindow("https://app.example/");
        app.PostMessage("queued", "*");

        recorder.Complete();
        browser.Dispose();

        var pending = Assert.IsType<MessageRunEvent>(Assert.Single(log.Events));
        Assert.Equal(MessageStatus.Pending, pending.Status);
    }

    [Fact]
    public void Describe_KeepsTheFirstLineOfAMessage() =>
        Assert.Equal("first", RunEventRecorder.Describe(new InvalidOperationException("first\r\nsecond")));
}

using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Tracing;
using WebMessaging.Values;

namespace WebMessaging.Tests.Browsing;

public sealed class WindowPostMessageTests : IDisposable
{
    private readonly Browser _browser = new();
    private readonly Window _app;
    private readonly Window _widget;

    public WindowPostMessageTests()
    {
        _app = _browser.OpenWindow("https://app.example/");
        _widget = _browser.CreateFrame(_app, "https://widget.example/embed");
    }

    public void Dispose() => _browser.Dispose();

    [Theory]
    [InlineData("*")]
    [InlineData("https://widget.example")]
    [InlineData("https://widget.example/other/path?q#f")]
    [InlineData("https://widget.example:443")]
    [InlineData("HTTPS://WIDGET.EXAMPLE")]
    public void PostMessage_WithAMatchingTargetOrigin_Delivers(string targetOrigin)
    {
        var received = Received.At(_widget);

        _widget.PostMessage("hello", targetOrigin, source: _app);
        _browser.RunUntilIdle();

        Assert.Equal("hello", Assert.Single(received).Data);
    }

    [Fact]
    public void PostMessage_ManyObjectsSomeForAnotherOrigin_DeliversTheMatchingOnesWholeAndInOrder()
    {
        // Enough messages to fill many slabs of packed messages, a third of them dropped for
        // their targetOrigin before they are read.
        var received = Received.At(_widget);
        for (int i = 0; i < 30_000; i++)
        {
            _widget.PostMessage(new { i, text = "message " + i }, i % 3 == 0 ? "https://other.example" : "*", source: _app);
        }

        _browser.RunUntilIdle();

        var expected = Enumerable.Range(0, 30_000).Where(i => i % 3 != 0).ToList();
        Assert.Equal(expected.Count, received.Count);
        for (int k = 0; k < expected.Count; k++)
        {
            var data = Assert.IsType<Dictionary<string, object?>>(received[k].Data);
            Assert.Equal((double)expected[k], data["i"]);
            Assert.Equal("message " + expected[k], data["text"]);
        }
    }

    [Theory]
    [InlineData("http://widget.example")]
    [InlineData("https://other.example")]
    [InlineData("https://widget.example:8443")]
    [InlineData("https://sub.widget.example")]
    [InlineData("data:text/plain,widget")]
    public void PostMessage_WithAMismatchedTargetOrigin_IsDroppedWithOriginMismatch(string targetOrigin)
    {
        var received = Received.At(_widget);

        _widget.PostMessage("secret", targetOrigin, source: _app);
        _browser.RunUntilIdle();

        Assert.Empty(received);
        var drop = Assert.Single(_browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.OriginMismatch, drop.DropReason);
    }

    [Fact]
    public void PostMessage_WithSlashTargetOrigin_DeliversToASameOriginWindow()
    {
        var settings = _browser.CreateFrame(_app, "https://app.example/settings");
        var received = Received.At(settings);

        settings.PostMessage("hi", "/", source: _app);
        _browser.RunUntilIdle();

        Assert.Single(received);
        Assert.Equal("https://app.example", _browser.Trace.Entries[0].TargetOrigin);
    }

    [Fact]
    public void PostMessage_WithSlashTargetOrigin_DropsMessageToCrossOriginWindow()
    {
        var received = Received.At(_widget);

        _widget.PostMessage("hi", "/", source: _app);
        _browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.Equal(DropReason.OriginMismatch, _browser.Trace.Entries[^1].DropReason);
    }

    [Fact]
    public void PostMessage_WithSlashFromAnOpaqueOriginCaller_MatchesOnlyThatSameOpaqueOrigin()
    {
        var sandboxed = _browser.CreateFrame(_app, "https://app.example/sandboxed", new FrameOptions { Sandbox = SandboxFlags.AllowScripts });
        var atApp = Received.At(_app);
        var atSelf = Received.At(sandboxed);

        _app.PostMessage("to parent", "/", source: sandboxed);
        sandboxed.PostMessage("to itself", "/", source: sandboxed);
        _browser.RunUntilIdle();

        Assert.Empty(atApp);
        var self = Assert.Single(atSelf);
        Assert.Equal("to itself", self.Data);
        Assert.Equal("null", self.Origin);
    }

    [Fact]
    public void PostMessage_ToAnOpaqueOriginWindow_IsDroppedForEveryTargetOriginButTheWildcard()
    {
        var sandboxed = _browser.CreateFrame(_app, "https://widget.example/", new FrameOptions { Sandbox = SandboxFlags.AllowScripts });
        var received = Received.At(sandboxed);

        sandboxed.PostMessage("by url", "https://widget.example", source: _app);
        sandboxed.PostMessage("by slash", "/", source: _app);
        sandboxed.PostMessage("by wildcard", "*", source: _app);
        _browser.RunUntilIdle();

        Assert.Equal("by wildcard", Assert.Single(received).Data);
    }

    [Theory]
    [InlineData("widget.example")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("https://")]
    [InlineData("//widget.example")]
    public void PostMessage_WithAnInvalidTargetOrigin_ThrowsSyntaxErrorAndQueuesNothing(string targetOrigin)
    {
        var buffer = new ArrayBuffer(8);

        var error = Assert.Throws<OriginSyntaxException>(() => _widget.PostMessage("x", targetOrigin, [buffer], _app));

        Assert.Equal("SyntaxError", error.Name);
        Assert.Equal(targetOrigin, error.Input);
        Assert.False(buffer.IsDetached);
        Assert.Equal(0, _browser.EventLoop.QueuedTaskCount);
        Assert.Empty(_browser.Trace.Entries);
    }

    [Fact]
    public void PostMessage_WithAnUncloneableMessage_ThrowsDataCloneErrorAndQueuesNothing()
    {
        Action callback = () => { };

        var error = Assert.Throws<DataCloneException>(() => _widget.PostMessage(callback, "*", source: _app));

        Assert.Equal("DataCloneError", error.Name);
        Assert.Equal(0, _browser.EventLoop.QueuedTaskCount);
        Assert.Empty(_browser.Trace.Entries);
    }

    [Fact]
    public void MessageEvent_HasTheCallersOriginAndWindow_AndAClone()
    {
        var received = Received.At(_widget);
        var message = new Dictionary<string, object?> { ["type"] = "hello", ["items"] = new List<object?> { 1.0, "two" } };

        _widget.PostMessage(message, "https://widget.example", source: _app);
        _browser.RunUntilIdle();

        var evt = Assert.Single(received);
        Assert.Equal("message", evt.Type);
        Assert.Equal("https://app.example", evt.Origin);
        Assert.Same(_app, evt.Source);
        Assert.Empty(evt.Ports);
        Assert.True(evt.IsTrusted);
        var data = Assert.IsType<Dictionary<string, object?>>(evt.Data);
        Assert.NotSame(message, data);
        Assert.Equal("hello", data["type"]);
        Assert.NotSame(message["items"], data["items"]);
        Assert.Equal([1.0, "two"], (List<object?>)data["items"]!);
    }

    [Fact]
    public void PostMessage_WithoutSource_ComesFromTheHostWindowWithOriginNull()
    {
        var received = Received.At(_widget);
        var replies = Received.At(_browser.Host);
        _widget.AddEventListener("message", e =>
        {
            var evt = (MessageEvent)e;
            ((Window)evt.Source!).PostMessage("pong", "*", source: _widget);
        });

        _widget.PostMessage("ping", "*");
        _browser.RunUntilIdle();

        var evt = Assert.Single(received);
        Assert.Same(_browser.Host, evt.Source);
        Assert.Equal("null", evt.Origin);
        Assert.Equal("pong", Assert.Single(replies).Data);
        Assert.Equal("https://widget.example", replies[0].Origin);
    }

    [Fact]
    public void PostMessage_WithOptions_DefaultsTargetOriginToSlash()
    {
        var settings = _browser.CreateFrame(_app, "https://app.example/settings");
        var atSettings = Received.At(settings);
        var atWidget = Received.At(_widget);

        settings.PostMessage("same origin", new WindowPostMessageOptions(), _app);
        _widget.PostMessage("cross origin", new WindowPostMessageOptions(), _app);
        _widget.PostMessage("explicit", new WindowPostMessageOptions { TargetOrigin = "https://widget.example" }, _app);
        _browser.RunUntilIdle();

        Assert.Equal("same origin", Assert.Single(atSettings).Data);
        Assert.Equal("explicit", Assert.Single(atWidget).Data);
    }

    [Fact]
    public void PostMessage_ChecksTheOriginOfTheDocumentAtDelivery_NotAtPosting()
    {
        var received = Received.At(_widget);

        _widget.PostMessage("for widget", "https://widget.example", source: _app);
        _widget.PostMessage("for attacker", "https://attacker.example", source: _app);
        _browser.Navigate(_widget, "https://attacker.example/");
        _browser.RunUntilIdle();

        Assert.Equal("for attacker", Assert.Single(received).Data);
        var drop = Assert.Single(_browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.OriginMismatch, drop.DropReason);
        Assert.Equal("https://widget.example", drop.TargetOrigin);
    }

    [Fact]
    public void PostMessage_DeliversMessagesInTheOrderTheyWerePosted()
    {
        var received = Received.At(_widget);

        for (var i = 0; i < 20; i++)
        {
            _widget.PostMessage((double)i, "*", source: i % 2 == 0 ? _app : _browser.Host);
        }

        _browser.RunUntilIdle();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (object?)(double)i), received.Select(e => e.Data));
    }

    [Fact]
    public void PostMessage_IsDeliveredInATask_NotDuringTheCall()
    {
        var received = Received.At(_widget);

        _widget.PostMessage("later", "*", source: _app);

        Assert.Empty(received);
        _browser.RunUntilIdle();
        Assert.Single(received);
    }

    [Fact]
    public void PostMessage_TransfersPorts_WhichArriveInEventPortsAndWork()
    {
        var channel = new MessageChannel(_app);
        var atApp = new List<object?>();
        channel.Port1.AddEventListener("message", e => atApp.Add(((MessageEvent)e).Data));
        channel.Port1.Start();
        _widget.AddEventListener("message", e =>
        {
            var port = ((MessageEvent)e).Ports[0];
            port.PostMessage("reply over the port");
        });

        _widget.PostMessage("here is a port", "https://widget.example", [channel.Port2], _app);
        _browser.RunUntilIdle();

        Assert.True(channel.Port2.IsDetached);
        Assert.Equal(["reply over the port"], atApp);
    }

    [Fact]
    public void MessageEvent_Ports_AreTheTransferredPortsInTransferOrder_OwnedByTheTarget()
    {
        var first = new MessageChannel(_app);
        var second = new MessageChannel(_app);
        var received = Received.At(_widget);

        _widget.PostMessage(new List<object?> { second.Port2 }, "*", [first.Port2, second.Port2], _app);
        _browser.RunUntilIdle();

        var evt = Assert.Single(received);
        Assert.Equal(2, evt.Ports.Count);
        Assert.All(evt.Ports, port => Assert.Same(_widget, port.Owner));
        Assert.Same(evt.Ports[1], Assert.IsType<List<object?>>(evt.Data)[0]);
        Assert.Same(first.Port1, evt.Ports[0].EntangledPort);
        Assert.Same(second.Port1, evt.Ports[1].EntangledPort);
    }

    [Fact]
    public void PostMessage_WhenTheTargetRealmCannotReceiveAPort_FiresMessageErrorWithOriginAndSource()
    {
        _widget.Realm = new ClrRealm();
        var channel = new MessageChannel(_app);
        var messages = Received.At(_widget);
        var errors = Received.At(_widget, "messageerror");

        _widget.PostMessage("port inside", "*", [channel.Port2], _app);
        _browser.RunUntilIdle();

        Assert.Empty(messages);
        var error = Assert.Single(errors);
        Assert.Equal("https://app.example", error.Origin);
        Assert.Same(_app, error.Source);
        Assert.Null(error.Data);
        Assert.Equal(DropReason.CloneFailed, _browser.Trace.Entries[^1].DropReason);
    }

    [Fact]
    public void PostMessage_ToAClosedWindow_IsDroppedWithTargetClosed()
    {
        var popup = _browser.Open(_app, "https://popup.example/")!;
        var received = Received.At(popup);
        popup.Close();

        popup.PostMessage("too late", "*", source: _app);
        _browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.Equal(DropReason.TargetClosed, _browser.Trace.Entries[^1].DropReason);
    }

    [Fact]
    public void PostMessage_QueuedForAFrameThatIsRemoved_IsDroppedWithTargetClosed()
    {
        var received = Received.At(_widget);

        _widget.PostMessage("queued", "*", source: _app);
        _browser.RemoveFrame(_widget);
        _browser.RunUntilIdle();

        Assert.Empty(received);
        var drop = Assert.Single(_browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.TargetClosed, drop.DropReason);
        Assert.Equal(0, _browser.EventLoop.QueuedTaskCount);
    }

    [Fact]
    public void PostMessage_WithASourceFromAnotherBrowser_Throws()
    {
        using var other = new Browser();
        var stranger = other.OpenWindow("https://app.example/");

        Assert.Throws<ArgumentException>(() => _widget.PostMessage("x", "*", source: stranger));
    }

    [Fact]
    public void ListenerException_IsReportedAtTheWindow_AndLaterMessagesStillArrive()
    {
        var received = Received.At(_widget);
        _widget.AddEventListener("message", e =>
        {
            if ((string?)((MessageEvent)e).Data == "boom")
            {
                throw new InvalidOperationException("listener failed");
            }
        });

        _widget.PostMessage("boom", "*", source: _app);
        _widget.PostMessage("after", "*", source: _app);
        _browser.RunUntilIdle();

        Assert.Equal(["boom", "after"], received.Select(e => e.Data));
        var reported = Assert.Single(_browser.UnhandledExceptions);
        Assert.Same(_widget, reported.Global);
        Assert.Equal("listener failed", reported.Exception.Message);
    }
}

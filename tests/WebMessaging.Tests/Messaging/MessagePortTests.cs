using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Messaging;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

public sealed class MessagePortTests
{
    [Fact]
    public void Constructor_EntanglesPort1AndPort2()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));

        Assert.True(channel.Port1.IsEntangled);
        Assert.True(channel.Port2.IsEntangled);
        Assert.Same(channel.Port2, channel.Port1.EntangledPort);
        Assert.Same(channel.Port1, channel.Port2.EntangledPort);
    }

    [Fact]
    public void PostMessage_OnPort1_IsReceivedByPort2AndViceVersa()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var atPort1 = Collect(channel.Port1);
        var atPort2 = Collect(channel.Port2);

        channel.Port1.PostMessage("to 2");
        channel.Port2.PostMessage("to 1");
        browser.RunUntilIdle();

        Assert.Equal(["to 2"], DataOf(atPort2));
        Assert.Equal(["to 1"], DataOf(atPort1));
    }

    [Fact]
    public void PostMessage_DeliversMessagesInTheOrderPosted()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);

        for (var i = 0; i < 20; i++)
        {
            channel.Port1.PostMessage("m" + i);
        }

        browser.RunUntilIdle();

        Assert.Equal(Enumerable.Range(0, 20).Select(i => (object?)("m" + i)), DataOf(received));
    }

    [Fact]
    public void PostMessage_WhoseGetterThrows_ThrowsAndTheNextMessageArrivesIntact()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);

        var error = Assert.Throws<InvalidOperationException>(() => channel.Port1.PostMessage(new { a = "partial", b = new ThrowingGetter() }));
        Assert.Equal("getter failed", error.Message);
        channel.Port1.PostMessage(new { k = 1 });
        browser.RunUntilIdle();

        var data = Assert.IsType<Dictionary<string, object?>>(Assert.Single(DataOf(received)));
        Assert.Equal(["k"], data.Keys);
        Assert.Equal(1.0, data["k"]);
    }

    [Fact]
    public void PostMessage_BeforeStart_IsQueuedUntilStartThenDelivered()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = new List<object?>();
        channel.Port2.AddEventListener("message", e => received.Add(((MessageEvent)e).Data));

        channel.Port1.PostMessage("early 1");
        channel.Port1.PostMessage("early 2");
        browser.RunUntilIdle();
        Assert.Empty(received);

        channel.Port2.Start();
        channel.Port1.PostMessage("late");
        browser.RunUntilIdle();

        Assert.Equal(["early 1", "early 2", "late"], received);
    }

    [Fact]
    public void SetEventHandler_Message_StartsThePort()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        channel.Port1.PostMessage("hello");

        var received = Collect(channel.Port2);
        browser.RunUntilIdle();

        Assert.True(channel.Port2.IsStarted);
        Assert.Equal(["hello"], DataOf(received));
    }

    [Fact]
    public void AddEventListener_Message_DoesNotStartThePort()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = 0;
        channel.Port2.AddEventListener("message", _ => received++);

        channel.Port1.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.False(channel.Port2.IsStarted);
        Assert.Equal(0, received);
    }

    [Fact]
    public void SetEventHandler_OtherThanMessage_DoesNotStartThePort()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));

        channel.Port2.SetEventHandler("messageerror", new EventHandlerCallback(_ => { }));

        Assert.False(channel.Port2.IsStarted);
    }

    [Fact]
    public void Close_OfTheReceivingPort_DropsMessagesAlreadyQueued()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        channel.Port1.PostMessage("queued");

        channel.Port2.Close();
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.True(channel.Port2.IsDetached);
        Assert.False(channel.Port1.IsEntangled);
    }

    [Fact]
    public void Close_OfAPortNotStarted_DropsItsQueueEvenIfStartedLater()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        channel.Port1.PostMessage("queued");
        channel.Port2.Close();

        var received = Collect(channel.Port2);
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void Close_FiresNoCloseEventAtEitherPort_AndPendingMessagesStillArrive()
    {
        // No close event: Chromium fires none, and web-platform-tests'
        // webmessaging/message-channels/historical.any.js asserts none fires.
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var log = new List<string>();
        channel.Port2.AddEventListener("message", e => log.Add("message " + ((MessageEvent)e).Data));
        channel.Port1.AddEventListener("close", _ => log.Add("close at port1"));
        channel.Port2.AddEventListener("close", _ => log.Add("close at port2"));
        channel.Port2.Start();

        channel.Port1.PostMessage("a");
        channel.Port1.PostMessage("b");
        channel.Port1.Close();
        Assert.Empty(log);
        browser.RunUntilIdle();

        Assert.Equal(["message a", "message b"], log);
        Assert.False(channel.Port1.IsEntangled);
        Assert.False(channel.Port2.IsEntangled);
    }

    [Fact]
    public void Close_Twice_IsHarmless()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));

        channel.Port1.Close();
        channel.Port1.Close();
        channel.Port2.Close();
        browser.RunUntilIdle();

        Assert.True(channel.Port1.IsDetached);
        Assert.True(channel.Port2.IsDetached);
        Assert.False(channel.Port2.IsEntangled);
    }

    [Fact]
    public void PostMessage_OnAClosedPort_DoesNothing()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        channel.Port1.Close();

        channel.Port1.PostMessage("lost");
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void PostMessage_ToAClosedPartner_DoesNothing()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        channel.Port2.Close();

        channel.Port1.PostMessage("lost");
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.False(channel.Port1.IsEntangled);
    }

    [Fact]
    public void PostMessage_StillSerializesOnAClosedPort_SoUncloneableDataThrows()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        channel.Port1.Close();

        // "5. Let serializeWithTransferResult be ? StructuredSerializeWithTransfer(message,
        // transfer)." runs before "6. If targetPort is null ... then return."
        Assert.Throws<DataCloneException>(() => channel.Port1.PostMessage(new Action(() => { })));
    }

    [Fact]
    public void PostMessage_ToAPortOfAClosedGlobal_IsNotDelivered()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(a, b);
        var received = Collect(inB);

        inA.PostMessage("late");
        b.Closed = true;
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void MessageEvent_DataIsAClone()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        var sent = new Dictionary<string, object?> { ["text"] = "hi", ["list"] = new List<object?> { 1.0, 2.0 } };

        channel.Port1.PostMessage(sent);
        sent["text"] = "changed after posting";
        browser.RunUntilIdle();

        var data = Assert.IsType<Dictionary<string, object?>>(Assert.Single(received).Data);
        Assert.NotSame(sent, data);
        Assert.Equal("hi", data["text"]);
        Assert.Equal([1.0, 2.0], Assert.IsType<List<object?>>(data["list"]));
    }

    [Fact]
    public void MessageEvent_HasEmptyOriginNullSourceAndNoPorts()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);

        channel.Port1.PostMessage("x");
        browser.RunUntilIdle();

        var evt = Assert.Single(received);
        Assert.Equal("message", evt.Type);
        Assert.Equal("", evt.Origin);
        Assert.Equal("", evt.LastEventId);
        Assert.Null(evt.Source);
        Assert.Empty(evt.Ports);
        Assert.True(evt.IsTrusted);
        Assert.False(evt.Bubbles);
        Assert.False(evt.Cancelable);
    }

    [Fact]
    public void MessageEvent_PortsAreTheTransferredPortsInOrderAndFrozen()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);
        var carrier = new MessageChannel(global);
        var first = new MessageChannel(global);
        var second = new MessageChannel(global);
        var received = Collect(carrier.Port2);

        var buffer = new WebMessaging.Values.ArrayBuffer(4);
        carrier.Port1.PostMessage("ports", [second.Port1, buffer, first.Port1]);
        browser.RunUntilIdle();

        var ports = Assert.Single(received).Ports;
        Assert.Equal(2, ports.Count);
        Assert.Same(second.Port2, ports[0].EntangledPort);
        Assert.Same(first.Port2, ports[1].EntangledPort);
        var asList = Assert.IsAssignableFrom<IList<MessagePort>>(ports);
        Assert.True(asList.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => asList[0] = ports[1]);
    }

    [Fact]
    public void Listener_ThatThrows_IsReportedToTheGlobalAndTheNextListenerStillRuns()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA).RecordingExceptions();
        var channel = new MessageChannel(global);
        var log = new List<string>();
        channel.Port2.AddEventListener("message", _ => throw new InvalidOperationException("listener failed"));
        channel.Port2.AddEventListener("message", e => log.Add("second got " + ((MessageEvent)e).Data));
        channel.Port2.Start();

        channel.Port1.PostMessage("x");
        browser.RunUntilIdle();

        Assert.Equal(["second got x"], log);
        Assert.Equal("listener failed", Assert.Single(global.Reported).Message);
        Assert.Empty(browser.UnhandledExceptions);
    }

    [Fact]
    public void Microtask_QueuedByAListener_RunsBeforeTheNextMessage()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var log = new List<string>();
        channel.Port2.SetEventHandler("message", new EventHandlerCallback(e =>
        {
            var data = (string)((MessageEvent)e).Data!;
            log.Add("message " + data);
            browser.EventLoop.QueueMicrotask(() => log.Add("microtask " + data));
        }));

        channel.Port1.PostMessage("1");
        channel.Port1.PostMessage("2");
        browser.RunUntilIdle();

        Assert.Equal(["message 1", "microtask 1", "message 2", "microtask 2"], log);
    }

    [Fact]
    public void MessageError_IsFiredWhenTheReceivingRealmCannotDeserialize()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(a, b);
        var channel = new MessageChannel(a);

        // A realm where MessagePort is not exposed cannot receive a port.
        b.Realm = new WebMessaging.Cloning.ClrRealm();
        var messages = Collect(inB);
        var errors = new List<MessageEvent>();
        inB.AddEventListener("messageerror", e => errors.Add((MessageEvent)e));
        inA.PostMessage("with a port", [channel.Port2]);
        browser.RunUntilIdle();

        Assert.Empty(messages);
        var error = Assert.Single(errors);
        Assert.Null(error.Data);
        Assert.Equal("", error.Origin);
        Assert.Empty(error.Ports);
        Assert.True(error.IsTrusted);
    }

    [Fact]
    public void MessageError_LosesTheShippedPort_SoItsPartnerIsDisentangled()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(a, b);
        var channel = new MessageChannel(a);
        b.Realm = new WebMessaging.Cloning.ClrRealm();
        inB.Start();
        Assert.True(channel.Port1.IsEntangled);

        inA.PostMessage("with a port", [channel.Port2]);
        browser.RunUntilIdle();

        Assert.False(channel.Port1.IsEntangled);
    }
}

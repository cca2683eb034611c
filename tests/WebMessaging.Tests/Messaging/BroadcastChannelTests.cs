using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Tracing;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

public sealed class BroadcastChannelTests
{
    [Fact]
    public void Constructor_KeepsTheNameAndIsOpen()
    {
        using var browser = new Browser();

        var channel = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");

        Assert.Equal("news", channel.Name);
        Assert.False(channel.IsClosed);
    }

    [Fact]
    public void Constructor_WithNullName_Throws()
    {
        using var browser = new Browser();

        Assert.Throws<ArgumentNullException>("name", () => new BroadcastChannel(new TestGlobal(browser, OriginA), null!));
    }

    [Fact]
    public void PostMessage_ReachesChannelsOfTheSameNameAndOrigin()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var receiver = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(receiver);

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Equal(["hello"], received.ConvertAll(e => e.Data));
    }

    [Fact]
    public void PostMessage_DoesNotReachChannelsOfAnotherOrigin()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginB), "news"));

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void PostMessage_DoesNotReachChannelsOfAnotherName()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginA), "weather"));

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void PostMessage_DoesNotReachTheSendingChannel_ButReachesOthersInTheSameGlobal()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);
        var sender = new BroadcastChannel(global, "news");
        var toSelf = CollectFrom(sender);
        var toSibling = CollectFrom(new BroadcastChannel(global, "news"));

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Empty(toSelf);
        Assert.Single(toSibling);
    }

    [Fact]
    public void PostMessage_DeliversInCreationOrderAcrossGlobals()
    {
        using var browser = new Browser();
        var first = new TestGlobal(browser, OriginA);
        var second = new TestGlobal(browser, OriginA);
        var log = new List<string>();
        var sender = new BroadcastChannel(second, "news");
        foreach (var (global, label) in new[] { (second, "1 in second"), (first, "2 in first"), (second, "3 in second"), (first, "4 in first") })
        {
            new BroadcastChannel(global, "news").AddEventListener("message", _ => log.Add(label));
        }

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Equal(["1 in second", "2 in first", "3 in second", "4 in first"], log);
    }

    [Fact]
    public void PostMessage_OnAClosedChannel_ThrowsInvalidStateError()
    {
        using var browser = new Browser();
        var channel = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginA), "news"));
        channel.Close();

        var error = Assert.Throws<DomException>(() => channel.PostMessage("hello"));
        browser.RunUntilIdle();

        Assert.Equal("InvalidStateError", error.Name);
        Assert.True(channel.IsClosed);
        Assert.Empty(received);
    }

    [Fact]
    public void PostMessage_DoesNotReachAClosedChannel()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var receiver = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(receiver);
        receiver.Close();

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Empty(received);
    }

    [Fact]
    public void Close_AfterPostMessage_DropsTheMessageAlreadyQueued()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var receiver = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(receiver);

        sender.PostMessage("hello");
        receiver.Close();
        browser.RunUntilIdle();

        Assert.Empty(received);
        var dropped = Assert.Single(browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.PortClosed, dropped.DropReason);
    }

    [Fact]
    public void PostMessage_DoesNotReachAChannelOfAClosedGlobal()
    {
        using var browser = new Browser();
        var closedGlobal = new TestGlobal(browser, OriginA);
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(new BroadcastChannel(closedGlobal, "news"));
        closedGlobal.Closed = true;

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.Equal(1, browser.BroadcastChannels.Count);
    }

    [Fact]
    public void MessageEvent_HasTheSendersOriginNullSourceAndNoPorts()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginA), "news"));

        sender.PostMessage("hello");
        browser.RunUntilIdle();

        var evt = Assert.Single(received);
        Assert.Equal("message", evt.Type);
        Assert.Equal(OriginA, evt.Origin);
        Assert.Null(evt.Source);
        Assert.Empty(evt.Ports);
        Assert.True(evt.IsTrusted);
    }

    [Fact]
    public void MessageEvent_DataIsAFreshClonePerReceiver()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var first = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginA), "news"));
        var second = CollectFrom(new BroadcastChannel(new TestGlobal(browser, OriginA), "news"));
        var sent = new Dictionary<string, object?> { ["headline"] = "rain" };

        sender.PostMessage(sent);
        sent["headline"] = "changed after posting";
        browser.RunUntilIdle();

        var firstData = Assert.IsType<Dictionary<string, object?>>(Assert.Single(first).Data);
        var secondData = Assert.IsType<Dictionary<string, object?>>(Assert.Single(second).Data);
        Assert.NotSame(sent, firstData);
        Assert.NotSame(firstData, secondData);
        Assert.Equal("rain", firstData["headline"]);
        Assert.Equal("rain", secondData["headline"]);
    }

    [Fact]
    public void PostMessage_WithUncloneableData_ThrowsDataCloneError()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");

        Assert.Throws<DataCloneException>(() => sender.PostMessage(new Action(() => { })));
    }

    [Fact]
    public void MessageError_IsFiredWithTheOriginWhenTheReceiverCannotDeserialize()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var receiver = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var messages = CollectFrom(receiver);
        var errors = new List<MessageEvent>();
        receiver.AddEventListener("messageerror", e => errors.Add((MessageEvent)e));

        sender.PostMessage(new UnexposedGadget());
        browser.RunUntilIdle();

        Assert.Empty(messages);
        var error = Assert.Single(errors);
        Assert.Equal(OriginA, error.Origin);
        Assert.Null(error.Data);
        Assert.True(error.IsTrusted);
    }

    [Fact]
    public void SetEventHandler_OnMessage_ReceivesMessages()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var receiver = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var received = new List<object?>();
        receiver.SetEventHandler("message", new WebMessaging.Events.EventHandlerCallback(e => received.Add(((MessageEvent)e).Data)));

        sender.PostMessage(42.0);
        browser.RunUntilIdle();

        Assert.Equal([42.0], received);
    }

    [Fact]
    public void Trace_RecordsOnePostedEntryAndOneEntryPerDestinationSharingTheMessageId()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var delivered = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");
        var closedLater = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");

        sender.PostMessage("hello");
        closedLater.Close();
        browser.RunUntilIdle();

        var entries = browser.Trace.Entries;
        Assert.Equal([TraceEventKind.Posted, TraceEventKind.Delivered, TraceEventKind.Dropped], entries.Select(e => e.Event));
        Assert.All(entries, e => Assert.Equal(MessageKind.Broadcast, e.Kind));
        Assert.All(entries, e => Assert.Equal(entries[0].MessageId, e.MessageId));
        Assert.All(entries, e => Assert.Equal(sender.Participant, e.Sender));
        Assert.Null(entries[0].Receiver);
        Assert.Equal("\"hello\"", entries[0].Preview);
        Assert.Equal(delivered.Participant, entries[1].Receiver);
        Assert.Equal(closedLater.Participant, entries[2].Receiver);
        Assert.Equal("broadcast", sender.Participant.Kind);
        Assert.Equal("news", sender.Participant.Label);
        Assert.Equal(OriginA, sender.Participant.Origin);
    }

    [Fact]
    public void Registry_LetsGoOfClosedChannelsAndChannelsOfClosedGlobals()
    {
        using var browser = new Browser();
        var closedGlobal = new TestGlobal(browser, OriginA);
        new BroadcastChannel(closedGlobal, "news").AddEventListener("message", _ => { });
        new BroadcastChannel(new TestGlobal(browser, OriginA), "news").Close();
        var open = new BroadcastChannel(new TestGlobal(browser, OriginA), "other");
        closedGlobal.Closed = true;

        browser.BroadcastChannels.Sweep();

        Assert.Equal(1, browser.BroadcastChannels.Count);
        GC.KeepAlive(open);
    }

    [Fact]
    public void Registry_OfManyChannelsOfClosedGlobals_StaysSmallWithoutAnyPost()
    {
        using var browser = new Browser();
        for (var i = 0; i < 1_000; i++)
        {
            var global = new TestGlobal(browser, OriginA);
            _ = new BroadcastChannel(global, "name " + i);
            global.Closed = true;
        }

        Assert.True(browser.BroadcastChannels.Count <= 130, $"{browser.BroadcastChannels.Count} channels of closed globals are still registered.");
    }

    [Fact]
    public void ChannelOfAClosedGlobal_NotClosedAndUnreferenced_CanBeCollectedAfterTheNextPost()
    {
        using var browser = new Browser();
        var sender = new BroadcastChannel(new TestGlobal(browser, OriginA), "news");

        var forgotten = OpenAChannelInAGlobalThatCloses(browser);
        sender.PostMessage("hello");
        browser.RunUntilIdle();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(forgotten.IsAlive);
    }

    [Fact]
    public void ClosedChannel_Unreferenced_CanBeCollected()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);

        var closed = OpenAndCloseAChannel(global);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(closed.IsAlive);
        GC.KeepAlive(global);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference OpenAChannelInAGlobalThatCloses(Browser browser)
    {
        var global = new TestGlobal(browser, OriginA);
        var channel = new BroadcastChannel(global, "news");
        channel.AddEventListener("message", _ => { });
        global.Closed = true;
        return new WeakReference(channel);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference OpenAndCloseAChannel(GlobalScope global)
    {
        var channel = new BroadcastChannel(global, "news");
        channel.AddEventListener("message", _ => { });
        channel.Close();
        return new WeakReference(channel);
    }

    private static List<MessageEvent> CollectFrom(BroadcastChannel channel)
    {
        var events = new List<MessageEvent>();
        channel.AddEventListener("message", e => events.Add((MessageEvent)e));
        return events;
    }
}

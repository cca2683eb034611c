using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Tracing;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

public sealed class MessagePortTraceTests
{
    [Fact]
    public void Delivery_RecordsPostedThenDeliveredWithTheSameMessageIdAndParticipants()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        Collect(channel.Port2);

        channel.Port1.PostMessage(new { i = 1, s = "hello" });
        browser.RunUntilIdle();

        var entries = browser.Trace.Entries;
        Assert.Equal(2, entries.Count);
        var (posted, delivered) = (entries[0], entries[1]);
        Assert.Equal(TraceEventKind.Posted, posted.Event);
        Assert.Equal(TraceEventKind.Delivered, delivered.Event);
        Assert.All(entries, e => Assert.Equal(MessageKind.Port, e.Kind));
        Assert.Equal(posted.MessageId, delivered.MessageId);
        Assert.NotEqual(0, posted.MessageId);
        Assert.Equal(channel.Port1.Participant, posted.Sender);
        Assert.Equal(channel.Port2.Participant, posted.Receiver);
        Assert.Equal(channel.Port1.Participant, delivered.Sender);
        Assert.Equal(channel.Port2.Participant, delivered.Receiver);
        Assert.Equal("{i: 1, s: \"hello\"}", posted.Preview);
        Assert.Equal(DropReason.None, delivered.DropReason);
        Assert.Null(posted.TargetOrigin);
    }

    [Fact]
    public void Participant_OfAPort_NamesItsIdKindAndGlobal()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));

        var participant = channel.Port1.Participant;

        Assert.Equal(channel.Port1.Id, participant.Id);
        Assert.StartsWith("port#", participant.Id);
        Assert.Equal("port", participant.Kind);
        Assert.Equal(OriginA, participant.Origin);
        Assert.Equal(OriginA, participant.Label);
    }

    [Fact]
    public void PostMessage_OnAClosedPort_RecordsPostedAndDroppedPortClosed()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        channel.Port1.Close();

        channel.Port1.PostMessage("lost");

        var entries = browser.Trace.Entries;
        Assert.Equal([TraceEventKind.Posted, TraceEventKind.Dropped], entries.Select(e => e.Event));
        Assert.Null(entries[0].Receiver);
        Assert.Equal(DropReason.PortClosed, entries[1].DropReason);
        Assert.Equal(entries[0].MessageId, entries[1].MessageId);
    }

    [Fact]
    public void Close_OfTheReceiver_RecordsItsQueuedMessagesAsDroppedPortClosed()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        channel.Port1.PostMessage("queued");

        channel.Port2.Close();
        browser.RunUntilIdle();

        var dropped = Assert.Single(browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.PortClosed, dropped.DropReason);
        Assert.Equal(channel.Port2.Participant, dropped.Receiver);
        Assert.DoesNotContain(browser.Trace.Entries, e => e.Event == TraceEventKind.Delivered);
    }

    [Fact]
    public void PostMessage_WithTheTargetInTheTransferList_RecordsDroppedDoomed()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));

        channel.Port1.PostMessage("x", [channel.Port2]);

        var dropped = Assert.Single(browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.Doomed, dropped.DropReason);
    }

    [Fact]
    public void Delivery_ToAClosedGlobal_RecordsDroppedTargetClosed()
    {
        using var browser = new Browser();
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(new TestGlobal(browser, OriginA), b);
        inB.Start();

        inA.PostMessage("x");
        b.Closed = true;
        browser.RunUntilIdle();

        var dropped = Assert.Single(browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.TargetClosed, dropped.DropReason);
        Assert.Equal(OriginB, dropped.Receiver!.Origin);
    }

    [Fact]
    public void Deserialization_Failure_RecordsDroppedCloneFailed()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(a, b);
        var channel = new MessageChannel(a);
        b.Realm = new WebMessaging.Cloning.ClrRealm();
        inB.Start();

        inA.PostMessage("x", [channel.Port2]);
        browser.RunUntilIdle();

        var dropped = Assert.Single(browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.CloneFailed, dropped.DropReason);
        Assert.Equal(inB.Participant, dropped.Receiver);
    }

    [Fact]
    public void TraceOff_RecordsNothing()
    {
        using var browser = new Browser(new BrowserOptions { Trace = false });
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);

        channel.Port1.PostMessage("x");
        browser.RunUntilIdle();

        Assert.Single(received);
        Assert.Empty(browser.Trace.Entries);
    }
}

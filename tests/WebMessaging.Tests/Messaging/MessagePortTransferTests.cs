using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Values;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

public sealed class MessagePortTransferTests
{
    [Fact]
    public void Transfer_SetsHasBeenShippedOnTheShippedPortItsPartnerAndTheNewPort()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var received = Collect(inB);
        Assert.False(channel.Port1.HasBeenShipped);

        inA.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();

        var newPort = Assert.Single(Assert.Single(received).Ports);
        Assert.True(channel.Port2.HasBeenShipped);
        Assert.True(channel.Port1.HasBeenShipped);
        Assert.True(newPort.HasBeenShipped);
        Assert.False(inA.HasBeenShipped);
    }

    [Fact]
    public void Transfer_DetachesTheShippedPortAndMakesANewPortInTheReceivingGlobal()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var (inA, inB) = Bridge(a, b);
        var channel = new MessageChannel(a);
        var received = Collect(inB);

        inA.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();

        var newPort = Assert.Single(Assert.Single(received).Ports);
        Assert.NotSame(channel.Port2, newPort);
        Assert.Same(b, newPort.Owner);
        Assert.True(channel.Port2.IsDetached);
        Assert.False(newPort.IsDetached);
        Assert.False(newPort.IsStarted);
        Assert.Same(newPort, channel.Port1.EntangledPort);
    }

    [Fact]
    public void Transfer_MovesQueuedMessagesWithThePort()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var carried = Collect(inB);
        channel.Port1.PostMessage("queued 1");
        channel.Port1.PostMessage("queued 2");

        inA.PostMessage("here is a port", [channel.Port2]);
        browser.RunUntilIdle();
        var newPort = Assert.Single(Assert.Single(carried).Ports);
        var received = Collect(newPort);
        browser.RunUntilIdle();

        Assert.Equal(["queued 1", "queued 2"], DataOf(received));
    }

    [Fact]
    public void Transfer_OfAStartedPort_MovesMessagesWhoseTasksWereAlreadyQueued()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var atOldPort = Collect(channel.Port2);
        var carried = Collect(inB);
        channel.Port1.PostMessage("queued");

        inA.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();
        var received = Collect(Assert.Single(Assert.Single(carried).Ports));
        browser.RunUntilIdle();

        Assert.Empty(atOldPort);
        Assert.Equal(["queued"], DataOf(received));
    }

    [Fact]
    public void PostMessage_ToAPartnerShippedButNotYetReceived_ReachesItsNewPort()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var carried = Collect(inB);

        channel.Port1.PostMessage("before shipping");
        inA.PostMessage(null, [channel.Port2]);
        channel.Port1.PostMessage("in flight");
        browser.RunUntilIdle();
        var newPort = Assert.Single(Assert.Single(carried).Ports);
        channel.Port1.PostMessage("after arrival");
        var received = Collect(newPort);
        browser.RunUntilIdle();

        Assert.Equal(["before shipping", "in flight", "after arrival"], DataOf(received));
    }

    [Fact]
    public void PostMessage_FromTheNewPort_ReachesThePartnerLeftBehind()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var carried = Collect(inB);
        var atPort1 = Collect(channel.Port1);

        inA.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();
        Assert.Single(Assert.Single(carried).Ports).PostMessage("from b");
        browser.RunUntilIdle();

        Assert.Equal(["from b"], DataOf(atPort1));
    }

    [Fact]
    public void Transfer_Twice_AToBToC_KeepsTheChannelWorking()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);
        var c = new TestGlobal(browser, OriginC);
        var (aToB, bFromA) = Bridge(a, b);
        var (bToC, cFromB) = Bridge(b, c);
        var channel = new MessageChannel(a);
        var atB = Collect(bFromA);
        var atC = Collect(cFromB);
        var atPort1 = Collect(channel.Port1);

        channel.Port1.PostMessage("1");
        aToB.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();
        var portInB = Assert.Single(Assert.Single(atB).Ports);
        channel.Port1.PostMessage("2");
        bToC.PostMessage(null, [portInB]);
        channel.Port1.PostMessage("3");
        browser.RunUntilIdle();
        var portInC = Assert.Single(Assert.Single(atC).Ports);
        var received = Collect(portInC);
        channel.Port1.PostMessage("4");
        portInC.PostMessage("back from c");
        browser.RunUntilIdle();

        Assert.Same(c, portInC.Owner);
        Assert.True(portInB.IsDetached);
        Assert.Equal(["1", "2", "3", "4"], DataOf(received));
        Assert.Equal(["back from c"], DataOf(atPort1));
    }

    [Fact]
    public void PostMessage_WithTheSourcePortInTheTransferList_ThrowsAndSendsNothing()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        var buffer = new ArrayBuffer(8);

        var error = Assert.Throws<DataCloneException>(() => channel.Port1.PostMessage("x", [buffer, channel.Port1]));
        browser.RunUntilIdle();

        Assert.Equal("DataCloneError", error.Name);
        Assert.Empty(received);
        Assert.False(buffer.IsDetached);
        Assert.False(channel.Port1.IsDetached);
        Assert.True(channel.Port1.IsEntangled);
        Assert.DoesNotContain(browser.Trace.Entries, e => e.Event == WebMessaging.Tracing.TraceEventKind.Posted);
    }

    [Fact]
    public void PostMessage_WithATransferredPortTwice_ThrowsAndSendsNothing()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);
        var channel = new MessageChannel(global);
        var other = new MessageChannel(global);
        var received = Collect(channel.Port2);

        Assert.Throws<DataCloneException>(() => channel.Port1.PostMessage("x", [other.Port1, other.Port1]));
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.False(other.Port1.IsDetached);
        Assert.False(other.Port1.HasBeenShipped);
    }

    [Fact]
    public void PostMessage_WithTheTargetPortInTheTransferList_LosesTheChannelButDetachesTheTransferList()
    {
        using var browser = new Browser();
        var channel = new MessageChannel(new TestGlobal(browser, OriginA));
        var received = Collect(channel.Port2);
        var buffer = new ArrayBuffer(8);

        channel.Port1.PostMessage("doomed", [channel.Port2, buffer]);
        channel.Port1.PostMessage("after");
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.True(buffer.IsDetached);
        Assert.True(channel.Port2.IsDetached);
        Assert.False(channel.Port1.IsEntangled);
    }

    [Fact]
    public void PostMessage_OnAPortTransferredAway_DoesNothing()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var atPort1 = Collect(channel.Port1);
        inB.Start();

        inA.PostMessage(null, [channel.Port2]);
        channel.Port2.PostMessage("from the husk");
        browser.RunUntilIdle();

        Assert.Empty(atPort1);
    }

    [Fact]
    public void Close_OnAPortTransferredAway_LeavesTheChannelOpen()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var (inA, inB) = Bridge(a, new TestGlobal(browser, OriginB));
        var channel = new MessageChannel(a);
        var carried = Collect(inB);

        inA.PostMessage(null, [channel.Port2]);
        channel.Port2.Close();
        browser.RunUntilIdle();

        Assert.True(channel.Port1.IsEntangled);
        Assert.Same(Assert.Single(Assert.Single(carried).Ports), channel.Port1.EntangledPort);
    }

    [Fact]
    public void Transfer_OfAClosedPort_Throws()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);
        var carrier = new MessageChannel(global);
        var channel = new MessageChannel(global);
        channel.Port2.Close();

        Assert.Throws<DataCloneException>(() => carrier.Port1.PostMessage(null, [channel.Port2]));
    }

    [Fact]
    public void DroppedMessage_CarryingAPort_ClosesThatPortsChannel()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var carrier = new MessageChannel(a);
        var channel = new MessageChannel(a);
        carrier.Port2.Start();

        carrier.Port1.PostMessage(null, [channel.Port2]);
        carrier.Port2.Close();
        browser.RunUntilIdle();

        Assert.False(channel.Port1.IsEntangled);
    }
}

using System.Runtime.CompilerServices;
using WebMessaging.Browsing;
using WebMessaging.Messaging;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

public sealed class MessagePortCollectionTests
{
    [Fact]
    public void ClosedPair_AfterItsTasksRan_CanBeCollected()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);

        var ports = UseAndCloseAChannel(browser, global);
        CollectEverything();

        Assert.False(ports.Port1.IsAlive);
        Assert.False(ports.Port2.IsAlive);
        GC.KeepAlive(global);
    }

    [Fact]
    public void UnreachableOpenPair_WithMessagesStillQueued_CanBeCollected()
    {
        using var browser = new Browser();
        var global = new TestGlobal(browser, OriginA);

        var ports = LeaveAChannelWithQueuedMessages(browser, global);
        CollectEverything();

        Assert.False(ports.Port1.IsAlive);
        Assert.False(ports.Port2.IsAlive);
        GC.KeepAlive(global);
    }

    [Fact]
    public void TransferredPorts_OnceUnreachable_CanBeCollected()
    {
        using var browser = new Browser();
        var a = new TestGlobal(browser, OriginA);
        var b = new TestGlobal(browser, OriginB);

        var ports = ShipAPortAndDropEverything(browser, a, b);
        CollectEverything();

        Assert.All(ports, port => Assert.False(port.IsAlive));
        GC.KeepAlive(a);
        GC.KeepAlive(b);
    }

    private static void CollectEverything()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Port1, WeakReference Port2) UseAndCloseAChannel(Browser browser, GlobalScope global)
    {
        var channel = new MessageChannel(global);
        var received = Collect(channel.Port2);
        channel.Port1.PostMessage("x");
        browser.RunUntilIdle();
        Assert.Single(received);
        channel.Port1.Close();
        browser.RunUntilIdle();
        return (new WeakReference(channel.Port1), new WeakReference(channel.Port2));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Port1, WeakReference Port2) LeaveAChannelWithQueuedMessages(Browser browser, GlobalScope global)
    {
        var channel = new MessageChannel(global);
        channel.Port1.PostMessage("never read 1");
        channel.Port1.PostMessage("never read 2");
        browser.RunUntilIdle();
        return (new WeakReference(channel.Port1), new WeakReference(channel.Port2));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] ShipAPortAndDropEverything(Browser browser, GlobalScope a, GlobalScope b)
    {
        var (inA, inB) = Bridge(a, b);
        var channel = new MessageChannel(a);
        var carried = Collect(inB);
        channel.Port1.PostMessage("queued");
        inA.PostMessage(null, [channel.Port2]);
        browser.RunUntilIdle();
        var newPort = Assert.Single(Assert.Single(carried).Ports);
        var received = Collect(newPort);
        browser.RunUntilIdle();
        Assert.Single(received);
        return [new(inA), new(inB), new(channel.Port1), new(channel.Port2), new(newPort)];
    }
}

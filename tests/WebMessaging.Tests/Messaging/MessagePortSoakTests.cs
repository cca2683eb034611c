using System.Diagnostics;
using System.Runtime.CompilerServices;
using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Messaging;
using static WebMessaging.Tests.Messaging.PortTesting;

namespace WebMessaging.Tests.Messaging;

[Collection(SoakCollection.Name)]
public sealed class MessagePortSoakTests
{
    private const int MessageCount = 1_000_000;
    private const int Batch = 10_000;
    private const long MemoryTolerance = 5 * 1024 * 1024;

    [Fact]
    public void OneMillionMessages_AllArriveInOrder_AndMemoryReturnsAfterClose()
    {
        using var browser = new Browser(new BrowserOptions { Trace = false });
        var global = new TestGlobal(browser, OriginA);

        // Warm up the serializer's caches and the JIT, so they do not count as growth.
        SendOverANewChannel(browser, global, 1_000);
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var stopwatch = Stopwatch.StartNew();
        var (received, outOfOrder) = SendOverANewChannel(browser, global, MessageCount);
        stopwatch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.Equal(MessageCount, received);
        Assert.Equal(-1, outOfOrder);
        Assert.True(after - before < MemoryTolerance, $"Memory grew by {after - before} bytes over {MessageCount} messages.");
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"{MessageCount} messages took {stopwatch.Elapsed}.");
        GC.KeepAlive(global);
    }

    // Sends {i, s} objects 0..count-1 from port1 to port2 in batches, then closes the channel;
    // returns how many arrived and the first index that arrived out of order (-1 if none).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int Received, int OutOfOrder) SendOverANewChannel(Browser browser, GlobalScope global, int count)
    {
        var channel = new MessageChannel(global);
        var received = 0;
        var outOfOrder = -1;
        channel.Port2.SetEventHandler("message", new EventHandlerCallback(e =>
        {
            var data = (Dictionary<string, object?>)((MessageEvent)e).Data!;
            if ((double)data["i"]! != received && outOfOrder < 0)
            {
                outOfOrder = received;
            }

            received++;
        }));

        var limits = new WebMessaging.Scheduling.RunLimits { MaxTasks = Batch * 2 };
        for (var sent = 0; sent < count;)
        {
            var end = Math.Min(count, sent + Batch);
            for (; sent < end; sent++)
            {
                channel.Port1.PostMessage(new { i = sent, s = "hello" });
            }

            browser.RunUntilIdle(limits);
        }

        channel.Port1.Close();
        browser.RunUntilIdle();
        return (received, outOfOrder);
    }
}

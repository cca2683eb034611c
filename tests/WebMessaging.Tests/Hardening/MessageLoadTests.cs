using System.Diagnostics;
using System.Runtime.CompilerServices;
using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Scheduling;
using WebMessaging.Tests.Messaging;
using Xunit.Abstractions;

namespace WebMessaging.Tests.Hardening;

/// <summary>
/// Load: a million messages over 100 message ports whose ends live in 10 frames of different
/// origins (the ports shipped between them by window messages), plus window messages between
/// the frames: nothing is lost, each port and each pair of windows keeps its order, and the
/// process's memory is back near its baseline once the pages are closed.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class MessageLoadTests(ITestOutputHelper output)
{
    private const int FrameCount = 10;
    private const int ChannelCount = 100;
    private const int PortMessages = 900_000;
    private const int WindowMessages = 100_000;
    private const int Batch = 20_000;
    private const double SenderStride = 1_000_000;

    [Fact]
    public void OneMillionMessagesAcross100PortsAnd10Frames_NoneLost_OrderKept_MemoryBackAfterClose()
    {
        // Warm up the JIT and the serializer's caches at a small scale, so they do not count as growth.
        Run(portMessages: 9_000, windowMessages: 1_000);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);

        var watch = Stopwatch.StartNew();
        var result = Run(PortMessages, WindowMessages);
        watch.Stop();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        output.WriteLine($"{PortMessages + WindowMessages:N0} messages in {watch.Elapsed.TotalSeconds:0.00} s; managed memory {baseline:N0} bytes before, {after:N0} bytes after closing.");

        Assert.Equal(PortMessages, result.PortReceived);
        Assert.Equal(WindowMessages, result.WindowReceived);
        Assert.Equal("none", result.FirstOutOfOrder);
        Assert.True(after <= baseline * 1.10, $"Memory after closing the pages is {after:N0} bytes, more than 10% over the baseline of {baseline:N0} bytes.");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"{PortMessages + WindowMessages:N0} messages took {watch.Elapsed}.");
    }

    // Builds the pages, ships the ports, sends everything in batches, checks order as it goes, then closes the pages.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int PortReceived, int WindowReceived, string FirstOutOfOrder) Run(int portMessages, int windowMessages)
    {
        var browser = new Browser(new BrowserOptions { Trace = false });
        var top = browser.OpenWindow("https://top.test/");
        var frames = new Window[FrameCount];
        for (int i = 0; i < FrameCount; i++)
        {
            frames[i] = browser.CreateFrame(top, $"https://frame{i}.test/");
        }

        int portReceived = 0;
        int windowReceived = 0;
        string firstOutOfOrder = "none";
        var nextOnPort = new double[ChannelCount];
        var nextFromFrame = new double[FrameCount, FrameCount];
        var senders = new MessagePort[ChannelCount];

        // Each frame takes the ports shipped to it and counts the window messages other frames post to it.
        for (int i = 0; i < FrameCount; i++)
        {
            int receiverIndex = i;
            frames[i].AddEventListener("message", e =>
            {
                var message = (MessageEvent)e;
                if (message.Ports.Count == 1)
                {
                    int channel = (int)(double)message.Data!;
                    message.Ports[0].AddEventListener("message", portEvent =>
                    {
                        double value = (double)((MessageEvent)portEvent).Data!;
                        if (value != nextOnPort[channel] && firstOutOfOrder == "none")
                        {
                            firstOutOfOrder = $"port {channel}: {value} instead of {nextOnPort[channel]}";
                        }

                        nextOnPort[channel] = value + 1;
                        portReceived++;
                    });
                    message.Ports[0].Start();
                    return;
                }

                // A window message's data is sender * SenderStride + its sequence number to this receiver.
                double data = (double)message.Data!;
                int senderIndex = (int)(data / SenderStride);
                double sequence = data - (senderIndex * SenderStride);
                if (sequence != nextFromFrame[senderIndex, receiverIndex] && firstOutOfOrder == "none")
                {
                    firstOutOfOrder = $"window {senderIndex} to {receiverIndex}: {sequence} instead of {nextFromFrame[senderIndex, receiverIndex]}";
                }

                nextFromFrame[senderIndex, receiverIndex] = sequence + 1;
                windowReceived++;
            });
        }

        // Channel k is made in frame k % 10, and its second port shipped to frame (k + 1) % 10.
        for (int k = 0; k < ChannelCount; k++)
        {
            var channel = new MessageChannel(frames[k % FrameCount]);
            senders[k] = channel.Port1;
            frames[(k + 1) % FrameCount].PostMessage((double)k, "*", [channel.Port2], frames[k % FrameCount]);
        }

        var limits = new RunLimits { MaxTasks = Batch * 4 };
        browser.RunUntilIdle(limits);

        var sentOnPort = new int[ChannelCount];
        var sentFromFrame = new int[FrameCount, FrameCount];
        int total = portMessages + windowMessages;
        int windowEvery = windowMessages == 0 ? int.MaxValue : total / windowMessages;
        int portsSent = 0;
        int windowsSent = 0;
        for (int sent = 0; sent < total;)
        {
            int end = Math.Min(total, sent + Batch);
            for (; sent < end; sent++)
            {
                if (sent % windowEvery == 0 && windowsSent < windowMessages || portsSent == portMessages)
                {
                    int from = windowsSent % FrameCount;
                    int to = (windowsSent / FrameCount + from + 1) % FrameCount;
                    if (to == from)
                    {
                        to = (to + 1) % FrameCount;
                    }

                    frames[to].PostMessage((from * SenderStride) + sentFromFrame[from, to]++, "*", null, frames[from]);
                    windowsSent++;
                }
                else
                {
                    int k = portsSent % ChannelCount;
                    senders[k].PostMessage((double)sentOnPort[k]++);
                    portsSent++;
                }
            }

            browser.RunUntilIdle(limits);
        }

        // The pages close: the frames are removed, the window closed, the browser disposed.
        foreach (var frame in frames)
        {
            browser.RemoveFrame(frame);
        }

        top.Close();
        browser.RunUntilIdle();
        browser.Dispose();
        return (portReceived, windowReceived, firstOutOfOrder);
    }
}

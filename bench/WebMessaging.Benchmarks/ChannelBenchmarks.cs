using BenchmarkDotNet.Attributes;
using WebMessaging.Browsing;
using WebMessaging.Messaging;

namespace WebMessaging.Benchmarks;

/// <summary>
/// 100,000 messages {i, s: 'hello'} one way over a MessageChannel between two .NET-hosted
/// windows, counted in the listener: node's MessageChannel does the same in one thread.
/// </summary>
[MemoryDiagnoser]
public class ChannelBenchmarks
{
    /// <summary>Messages per benchmark invocation.</summary>
    public const int MessageCount = 100_000;

    private Browser _browser = null!;
    private MessagePort _sender = null!;
    private int _received;

    [GlobalSetup]
    public void Setup()
    {
        _browser = new Browser(new BrowserOptions { Trace = false, TraceCapacity = 0 });
        var app = _browser.OpenWindow("https://app.example/");
        var widget = _browser.CreateFrame(app, "https://widget.example/");
        var channel = new MessageChannel(app);
        _sender = channel.Port1;

        // The receiving port moves to the widget's window, as a page would hand it over.
        MessagePort? received = null;
        widget.AddEventListener("message", e => received = ((MessageEvent)e).Ports[0]);
        widget.PostMessage("port", "*", [channel.Port2], source: app);
        _browser.RunUntilIdle();
        received!.AddEventListener("message", _ => _received++);
        received.Start();
    }

    [GlobalCleanup]
    public void Cleanup() => _browser.Dispose();

    /// <summary>Posts the messages, then runs the loop until every one has been counted.</summary>
    [Benchmark(OperationsPerInvoke = MessageCount)]
    public int PostMessagesOverChannel()
    {
        _received = 0;
        for (var i = 0; i < MessageCount; i++)
        {
            _sender.PostMessage(new { i, s = "hello" });
        }

        _browser.RunUntilIdle();
        if (_received != MessageCount)
        {
            throw new InvalidOperationException($"Only {_received} of {MessageCount} messages arrived.");
        }

        return _received;
    }
}

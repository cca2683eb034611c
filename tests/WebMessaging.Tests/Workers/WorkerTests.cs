using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Messaging;
using WebMessaging.Tracing;
using WebMessaging.Values;
using WebMessaging.Workers;

namespace WebMessaging.Tests.Workers;

public sealed class WorkerTests
{
    private static (Browser Browser, Window Page) Open(bool threads = false)
    {
        var browser = new Browser(new BrowserOptions { WorkerThreads = threads });
        return (browser, browser.OpenWindow("https://app.example/"));
    }

    // A worker without script: .NET code echoes on its global.
    private static void Echo(Worker worker) => Echo(worker.Global);

    private static void Echo(DedicatedWorkerGlobalScope global) =>
        global.AddEventListener("message", e => global.PostMessage(((MessageEvent)e).Data));

    private static List<object?> Collect(EventTarget target, string type = "message")
    {
        var received = new List<object?>();
        target.AddEventListener(type, e =>
        {
            lock (received)
            {
                received.Add(((MessageEvent)e).Data);
            }
        });
        return received;
    }

    [Fact]
    public void CreateWorker_ResolvesTheUrl_AndTheGlobalHasTheOwnersOrigin()
    {
        var (browser, page) = Open();
        using var _ = browser;

        var worker = browser.CreateWorker(page, "/scripts/w.js", new WorkerOptions { Name = "w" });

        Assert.Equal("https://app.example/scripts/w.js", worker.Url.Href);
        Assert.Equal("w", worker.Global.Name);
        Assert.Same(page.Origin, worker.Global.Origin);
        Assert.Same(worker, worker.Global.Worker);
        Assert.Equal([worker], browser.Workers);
    }

    [Fact]
    public void CreateWorker_WithACrossOriginUrl_ThrowsSecurityError()
    {
        var (browser, page) = Open();
        using var _ = browser;

        var error = Assert.ThrowsAny<DomException>(() => browser.CreateWorker(page, "https://other.example/w.js"));

        Assert.Equal("SecurityError", error.Name);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PostMessage_BeforeTheWorkerRan_IsDeliveredInOrder(bool threads)
    {
        var (browser, page) = Open(threads);
        using var _ = browser;

        // The "script" echoes; on a thread of its own it may run before or after the posts.
        browser.WorkerHost = new ScriptlessWorkerHost(Echo);
        var worker = browser.CreateWorker(page, "/w.js");
        var received = Collect(worker);

        // Posted before the worker's first task ran (on the browser's loop): they wait in its implicit port.
        for (var i = 0; i < 50; i++)
        {
            worker.PostMessage((double)i);
        }

        browser.RunUntilIdle();

        Assert.Equal(Enumerable.Range(0, 50).Select(i => (object?)(double)i), received);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PostMessage_ManyObjectsBothWays_EachArrivesWholeAndInOrder(bool threads)
    {
        // Enough messages to fill many slabs of packed messages on each side; with threads, the
        // slabs are written on one thread and released on the other.
        var (browser, page) = Open(threads);
        using var _ = browser;
        browser.WorkerHost = new ScriptlessWorkerHost(Echo);
        var worker = browser.CreateWorker(page, "/w.js");
        var received = Collect(worker);

        const int Count = 20_000;
        for (var i = 0; i < Count; i++)
        {
            worker.PostMessage(new { i, text = "message " + i, tags = new[] { "a", "b" } });
        }

        browser.RunUntilIdle();

        Assert.Equal(Count, received.Count);
        for (var i = 0; i < Count; i++)
        {
            var data = Assert.IsType<Dictionary<string, object?>>(received[i]);
            Assert.Equal((double)i, data["i"]);
            Assert.Equal("message " + i, data["text"]);
            Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(data["tags"]));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PostMessage_WithATransferredBuffer_DetachesTheSender_BothWays(bool threads)
    {
        var (browser, page) = Open(threads);
        using var _ = browser;
        ArrayBuffer? kept = null;
        browser.WorkerHost = new ScriptlessWorkerHost(global => global.AddEventListener("message", e =>
        {
            var buffer = (ArrayBuffer)((MessageEvent)e).Data!;
            kept = buffer;
            global.PostMessage(buffer, [buffer]);
        }));
        var worker = browser.CreateWorker(page, "/w.js");
        var received = Collect(worker);
        var sent = new ArrayBuffer([1, 2, 3]);

        worker.PostMessage(sent, [sent]);
        Assert.True(sent.IsDetached);
        browser.RunUntilIdle();

        var back = Assert.IsType<ArrayBuffer>(Assert.Single(received));
        Assert.Equal([1, 2, 3], back.ToArray());
        Assert.True(kept!.IsDetached);
    }

    [Fact]
    public void Terminate_DropsQueuedMessages_AndStopsDelivery()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        Echo(worker);
        var received = Collect(worker);
        worker.PostMessage("lost");

        worker.Terminate();
        worker.PostMessage("lost too");
        browser.RunUntilIdle();

        Assert.Empty(received);
        Assert.True(worker.Global.IsClosing);
        Assert.Empty(browser.Workers);
        Assert.Contains(browser.Trace.Entries, entry => entry.Event == TraceEventKind.Dropped && entry.Kind == MessageKind.Worker);
    }

    [Fact]
    public void Close_FromInside_DiscardsItsTasks_AndTakesNoMoreMessages()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        var inside = new List<object?>();
        worker.Global.AddEventListener("message", e =>
        {
            inside.Add(((MessageEvent)e).Data);
            worker.Global.Close();
        });

        worker.PostMessage("first");
        worker.PostMessage("second");
        browser.RunUntilIdle();

        Assert.Equal(["first"], inside);
    }

    [Fact]
    public void ClosingTheOwnerWindow_TerminatesItsWorkers()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");

        page.Close();
        browser.RunUntilIdle();

        Assert.True(worker.IsTerminated);
    }

    [Fact]
    public void UnhandledErrorInTheWorker_FiresACancelableErrorAtTheWorkerObject_ThenReportsAtTheOwner()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        worker.Global.AddEventListener("message", _ => throw new InvalidOperationException("boom"));
        var errors = new List<Event>();
        worker.AddEventListener("error", errors.Add);

        worker.PostMessage(1);
        browser.RunUntilIdle();

        var error = Assert.Single(errors);
        Assert.True(error.Cancelable);
        var reported = Assert.Single(browser.UnhandledExceptions);
        Assert.Same(page, reported.Global);
        Assert.IsType<WorkerScriptException>(reported.Exception);
    }

    [Fact]
    public void UnhandledErrorInTheWorker_CanceledAtTheWorkerObject_IsNotReported()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        worker.Global.AddEventListener("message", _ => throw new InvalidOperationException("boom"));
        worker.AddEventListener("error", e => e.PreventDefault());

        worker.PostMessage(1);
        browser.RunUntilIdle();

        Assert.Empty(browser.UnhandledExceptions);
    }

    [Fact]
    public void Trace_NamesTheWorkerAndItsOwner()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        Echo(worker);

        worker.PostMessage("ping");
        browser.RunUntilIdle();

        var posted = browser.Trace.Entries.Where(entry => entry.Event == TraceEventKind.Posted).ToList();
        Assert.Equal(2, posted.Count);
        Assert.Equal(MessageKind.Worker, posted[0].Kind);
        Assert.Equal(page.Id, posted[0].Sender.Id);
        Assert.Equal(worker.Global.Id, posted[0].Receiver!.Id);
        Assert.Equal("worker", posted[1].Sender.Kind);
        Assert.Equal("https://app.example/w.js", posted[1].Sender.Label);
    }

    [Fact]
    public void MessageError_FiresAtTheWorkerGlobal_WhenTheMessageCannotBeDeserialized()
    {
        var (browser, page) = Open();
        using var _ = browser;
        var worker = browser.CreateWorker(page, "/w.js");
        var errors = new List<Event>();
        worker.Global.AddEventListener("messageerror", errors.Add);
        worker.Global.Realm = new FailingRealm(worker.Global.Realm);

        worker.PostMessage("cannot arrive");
        browser.RunUntilIdle();

        Assert.Single(errors);
    }

    [Fact]
    public void ScriptThatCannotBeFetched_FiresAPlainErrorAtTheWorker_AndDropsWhatWasPosted()
    {
        var (browser, page) = Open();
        using var _ = browser;
        browser.WorkerHost = new FailingFetchHost();
        var worker = browser.CreateWorker(page, "/missing.js");
        var errors = new List<Event>();
        worker.AddEventListener("error", errors.Add);

        worker.PostMessage("never read");
        browser.RunUntilIdle();

        var error = Assert.Single(errors);
        Assert.False(error.Cancelable);
        Assert.Empty(browser.Workers);
        Assert.Contains(browser.Trace.Entries, entry => entry.Event == TraceEventKind.Dropped && entry.DropReason == DropReason.TargetClosed);
    }
}

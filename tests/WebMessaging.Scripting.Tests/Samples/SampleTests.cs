namespace WebMessaging.Scripting.Tests.Samples;

public sealed class SampleTests
{
    [Fact]
    public void ChannelMessaging_IframeAnswersOverThePort_ParagraphSaysHelloFromTheIframe()
    {
        using var site = SampleSite.Run("channel-messaging");

        Assert.Equal("Hello from the iframe!", SampleSite.TextOf(site.Top, "p"));
        Assert.Equal(["iframe got \"Transferring message port\" from https://app.example with 1 port", "the paragraph now says: Hello from the iframe!"], site.Console);
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void MessageChannel_Port2ReceivesHelloWorld()
    {
        using var site = SampleSite.Run("message-channel");

        Assert.Equal("Hello world", SampleSite.TextOf(site.Top, "#received"));
        Assert.Equal(["port2 got Hello world"], site.Console);
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void SrcdocListener_TargetOfTheIframeShowsTheMessage()
    {
        using var site = SampleSite.Run("srcdoc-listener");

        var frame = SampleSite.FrameOf(site.Top, "iframe");
        Assert.Equal("about:srcdoc", frame.Url.Href);
        Assert.Equal("someone@example.com", SampleSite.TextOf(frame, "#target"));
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void DocumentAB_WithLegacyIe_DocumentBAnswersHello()
    {
        using var site = SampleSite.Run("document-a-b", legacyIe: true);

        Assert.Equal("Hello", SampleSite.TextOf(site.Top, "#reply"));
        Assert.Equal(["Document A got Hello from example.com"], site.Console);
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void DocumentAB_WithoutLegacyIe_FailsAsInChromium_AttachEventIsNotAFunction()
    {
        using var site = SampleSite.Run("document-a-b");

        Assert.Equal("No reply yet", SampleSite.TextOf(site.Top, "#reply"));
        Assert.Contains(site.Errors, e => e.Message.StartsWith("Uncaught TypeError", StringComparison.Ordinal) && e.SourceUrl == "https://example.com/");
    }

    [Fact]
    public void WidgetHandshake_ConnectsOverThePort_AndIgnoresTheImpostor()
    {
        using var site = SampleSite.Run("widget-handshake");

        Assert.Equal("Connected to Payment widget v1", SampleSite.TextOf(site.Top, "#status"));
        Assert.Equal("Total: 30.00", SampleSite.TextOf(site.Top, "#total"));
        Assert.Equal("Connected to https://app.example", SampleSite.TextOf(SampleSite.FrameOf(site.Top, "#widget"), "#state"));
        Assert.Contains("ignored a message from https://evil.example", site.Console);
        Assert.Contains("the widget says the total is 30", site.Console);
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void WorkerEcho_EchoesAnswersOverThePortAndDoublesTheBytes()
    {
        using var site = SampleSite.Run("worker-echo");

        Assert.Equal("Hello, worker (from echo)", SampleSite.TextOf(site.Top, "#echo"));
        Assert.Equal("pong from the worker", SampleSite.TextOf(site.Top, "#port"));
        Assert.Equal("2,4,6", SampleSite.TextOf(site.Top, "#bytes"));
        Assert.Contains("bytes left here after the transfer: 0", site.Console);
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void WorkerError_ThePageGetsTheErrorEvent_AndTheLoadFailure()
    {
        using var site = SampleSite.Run("worker-error");

        Assert.Equal("Uncaught Error: the worker cannot go at https://app.example/throwing-worker.js:2", SampleSite.TextOf(site.Top, "#thrown"));
        Assert.Equal("the worker script could not be loaded (Event)", SampleSite.TextOf(site.Top, "#missing"));
        Assert.Contains("worker error: Uncaught Error: the worker cannot go at https://app.example/throwing-worker.js:2 | error object: null", site.Console);
        Assert.DoesNotContain(site.Errors, e => e.Kind == WebMessaging.Scripting.Pages.PageDiagnosticKind.ScriptError);
    }
}

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
}

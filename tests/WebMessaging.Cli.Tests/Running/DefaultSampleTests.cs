using WebMessaging.Cli.Running;

namespace WebMessaging.Cli.Tests.Running;

public sealed class DefaultSampleTests
{
    [Fact]
    public void Sample_ServesThePageAndItsIframeFromTheSameOrigin()
    {
        var site = DefaultSample.Create();

        Assert.Equal(DefaultSample.EntryUrl, site.Entry.Href);
        var page = site.Fetch(site.Entry);
        var frame = site.Fetch(WebMessaging.Origins.Url.Parse(DefaultSample.FrameUrl));
        Assert.False(page.IsNetworkError, page.ErrorMessage);
        Assert.False(frame.IsNetworkError, frame.ErrorMessage);
        Assert.Contains("<iframe src=\"page2.html\"", page.GetText(), StringComparison.Ordinal);
        Assert.Contains("new MessageChannel()", page.GetText(), StringComparison.Ordinal);
        Assert.Contains("[channel.port2]", page.GetText(), StringComparison.Ordinal);
        Assert.Contains("messagePort.postMessage(\"Hello from the iframe!\")", frame.GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingResource_IsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DefaultSample.ReadResource("nothing.html"));

        Assert.Contains("WebMessaging.Cli.Samples.nothing.html", error.Message, StringComparison.Ordinal);
    }
}

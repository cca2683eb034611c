using WebMessaging.Browsing;
using WebMessaging.Tracing;

namespace WebMessaging.Tests.Browsing;

public sealed class BrowserDisposeTests
{
    [Fact]
    public void Dispose_ClosesEveryWindowFrameAndPopup()
    {
        var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://widget.example/");
        var popup = browser.Open(app, "https://popup.example/")!;

        browser.Dispose();

        Assert.True(browser.IsDisposed);
        Assert.True(app.Closed);
        Assert.True(frame.Closed);
        Assert.True(popup.Closed);
        Assert.Empty(browser.Windows);
    }

    [Fact]
    public void Dispose_DropsQueuedMessages_AndTracesThemAsTargetClosed()
    {
        var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://widget.example/");
        frame.PostMessage("never delivered", "*", source: app);

        browser.Dispose();

        Assert.Equal(0, browser.EventLoop.QueuedTaskCount);
        var drop = browser.Trace.Entries[^1];
        Assert.Equal(TraceEventKind.Dropped, drop.Event);
        Assert.Equal(DropReason.TargetClosed, drop.DropReason);
    }

    [Fact]
    public void PostMessage_AfterDispose_ThrowsObjectDisposedException()
    {
        var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        browser.Dispose();

        Assert.Throws<ObjectDisposedException>(() => app.PostMessage("x", "*"));
        Assert.Throws<ObjectDisposedException>(() => browser.OpenWindow("https://app.example/"));
        Assert.Throws<ObjectDisposedException>(() => browser.Host);
    }

    [Fact]
    public async Task DisposeAsync_ClosesEverything()
    {
        Window app;
        await using (var browser = new Browser())
        {
            app = browser.OpenWindow("https://app.example/");
        }

        Assert.True(app.Closed);
    }

    [Fact]
    public void Dispose_Twice_DoesNothingMore()
    {
        var browser = new Browser();
        browser.OpenWindow("https://app.example/");

        browser.Dispose();
        browser.Dispose();

        Assert.True(browser.IsDisposed);
    }
}

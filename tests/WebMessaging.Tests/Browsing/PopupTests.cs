using WebMessaging.Browsing;

namespace WebMessaging.Tests.Browsing;

public sealed class PopupTests : IDisposable
{
    private readonly Browser _browser = new();
    private readonly Window _app;

    public PopupTests()
    {
        _app = _browser.OpenWindow("https://app.example/");
    }

    public void Dispose() => _browser.Dispose();

    [Fact]
    public void Open_MakesAPopupWhoseOpenerIsTheCaller()
    {
        var popup = _browser.Open(_app, "https://login.example/start");

        Assert.NotNull(popup);
        Assert.Same(_app, popup.Opener);
        Assert.Same(popup, popup.Top);
        Assert.Same(popup, popup.Parent);
        Assert.Equal("https://login.example", popup.Origin.Serialize());
        Assert.Equal([_app, popup], _browser.Windows);
    }

    [Fact]
    public void Open_WithARelativeUrl_ResolvesItAgainstTheOpener()
    {
        var popup = _browser.Open(_app, "/help");

        Assert.Equal("https://app.example/help", popup!.Url.Href);
    }

    [Fact]
    public void Open_WithoutUrl_ShowsAboutBlankWithTheOpenersOrigin()
    {
        var popup = _browser.Open(_app);

        Assert.Equal("about:blank", popup!.Url.Href);
        Assert.Same(_app.Origin, popup.Origin);
    }

    [Theory]
    [InlineData("noopener")]
    [InlineData("noreferrer")]
    [InlineData("width=300, NOOPENER")]
    [InlineData("noopener=yes")]
    [InlineData("noopener=1")]
    public void Open_WithNoopener_ReturnsNull_AndThePopupHasNoOpener(string features)
    {
        var popup = _browser.Open(_app, "https://other.example/", "_blank", features);

        Assert.Null(popup);
        var opened = _browser.Windows[^1];
        Assert.NotSame(_app, opened);
        Assert.Null(opened.Opener);
        Assert.Equal("https://other.example/", opened.Url.Href);
    }

    [Theory]
    [InlineData("noopener=0")]
    [InlineData("noopener=no")]
    [InlineData("noopenerx")]
    public void Open_WithAFalseNoopenerFeature_ReturnsThePopup(string features)
    {
        var popup = _browser.Open(_app, "https://other.example/", "_blank", features);

        Assert.NotNull(popup);
        Assert.Same(_app, popup.Opener);
    }

    [Fact]
    public void Open_WithTheNameOfAnOpenPopup_ReusesAndNavigatesIt()
    {
        var first = _browser.Open(_app, "https://chat.example/one", "chat");

        var second = _browser.Open(_app, "https://chat.example/two", "chat");

        Assert.Same(first, second);
        Assert.Equal("chat", first!.Name);
        Assert.Equal("https://chat.example/two", first.Url.Href);
        Assert.Equal(2, _browser.Windows.Count);
    }

    [Fact]
    public void Open_WithTheNameOfAFrame_NavigatesThatFrame()
    {
        var frame = _browser.CreateFrame(_app, "https://app.example/panel", new FrameOptions { Name = "panel" });

        var opened = _browser.Open(_app, "https://app.example/other", "panel");

        Assert.Same(frame, opened);
        Assert.Equal("https://app.example/other", frame.Url.Href);
        Assert.Same(_app, frame.Opener);
        Assert.Single(_browser.Windows);
    }

    [Fact]
    public void Open_WithTheNameOfAnUnfamiliarWindow_OpensANewOne()
    {
        var stranger = _browser.OpenWindow("https://stranger.example/", new WindowOptions { Name = "shared" });

        var opened = _browser.Open(_app, "https://app.example/x", "shared");

        Assert.NotSame(stranger, opened);
        Assert.Equal("shared", opened!.Name);
        Assert.Equal(3, _browser.Windows.Count);
    }

    [Fact]
    public void Open_WithSelfParentAndTop_ChoosesThoseWindows()
    {
        var frame = _browser.CreateFrame(_app, "https://app.example/frame");
        var nested = _browser.CreateFrame(frame, "https://app.example/nested");

        Assert.Same(nested, _browser.Open(nested, "", "_self"));
        Assert.Same(frame, _browser.Open(nested, "", "_PARENT"));
        Assert.Same(_app, _browser.Open(nested, "", "_top"));
        Assert.Same(_app, _browser.Open(_app, "", "_parent"));
        Assert.Null(nested.Opener);
        Assert.Single(_browser.Windows);
    }

    [Fact]
    public void Open_FromASandboxWithoutAllowPopups_ReturnsNull()
    {
        var sandboxed = _browser.CreateFrame(_app, "https://widget.example/", new FrameOptions { Sandbox = SandboxFlags.AllowScripts });

        Assert.Null(_browser.Open(sandboxed, "https://other.example/"));
        Assert.Single(_browser.Windows);
    }

    [Fact]
    public void Open_FromASandboxWithAllowPopups_MakesASandboxedPopup_UnlessItMayEscape()
    {
        var sandboxed = _browser.CreateFrame(_app, "https://widget.example/", new FrameOptions { Sandbox = SandboxFlags.AllowScripts | SandboxFlags.AllowPopups });
        var escaping = _browser.CreateFrame(_app, "https://widget.example/", new FrameOptions { Sandbox = SandboxFlags.AllowPopups | SandboxFlags.AllowPopupsToEscapeSandbox });

        var confined = _browser.Open(sandboxed, "https://other.example/");
        var free = _browser.Open(escaping, "https://other.example/");

        Assert.True(confined!.Origin.IsOpaque);
        Assert.Equal("https://other.example", free!.Origin.Serialize());
    }

    [Fact]
    public void Open_WithAnInvalidUrl_ThrowsSyntaxError()
    {
        var error = Assert.Throws<OriginSyntaxException>(() => _browser.Open(_app, "https://[bad/"));

        Assert.Equal("SyntaxError", error.Name);
        Assert.Single(_browser.Windows);
    }

    [Fact]
    public void Close_MarksThePopupClosedAtOnce_AndRemovesItInATask()
    {
        var popup = _browser.Open(_app, "https://popup.example/")!;

        popup.Close();

        Assert.True(popup.Closed);
        Assert.True(popup.IsClosed);
        Assert.Equal(2, _browser.Windows.Count);
        _browser.RunUntilIdle();
        Assert.Equal([_app], _browser.Windows);
        Assert.Null(popup.Top);
        Assert.Null(popup.Opener);
    }

    [Fact]
    public void Close_OnAFrame_DoesNothing()
    {
        var frame = _browser.CreateFrame(_app, "https://widget.example/");

        frame.Close();
        _browser.RunUntilIdle();

        Assert.False(frame.Closed);
        Assert.Same(frame, _app[0]);
    }

    [Fact]
    public void Opener_SetToNull_ForgetsTheOpener()
    {
        var popup = _browser.Open(_app, "https://popup.example/")!;

        popup.Opener = null;

        Assert.Null(popup.Opener);
    }

    [Fact]
    public void Opener_SetToAWindow_Throws()
    {
        var popup = _browser.Open(_app, "https://popup.example/")!;

        Assert.Throws<ArgumentException>(() => popup.Opener = _app);
        Assert.Same(_app, popup.Opener);
    }
}

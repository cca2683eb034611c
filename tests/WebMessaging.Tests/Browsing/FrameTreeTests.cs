using WebMessaging.Browsing;

namespace WebMessaging.Tests.Browsing;

public sealed class FrameTreeTests
{
    [Fact]
    public void TopLevelWindow_IsItsOwnParentAndTop_AndItsOwnFrames()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");

        Assert.Same(app, app.Parent);
        Assert.Same(app, app.Top);
        Assert.Same(app, app.Frames);
        Assert.Equal(0, app.Length);
        Assert.Null(app.Opener);
        Assert.Equal("https://app.example/", app.Label);
        Assert.Equal("https://app.example", app.Origin.Serialize());
        Assert.Equal([app], browser.Windows);
    }

    [Fact]
    public void NestedFrames_KnowTheirParentTopLengthAndIndex()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var a = browser.CreateFrame(app, "/a", new FrameOptions { Name = "a" });
        var b = browser.CreateFrame(app, "https://b.example/", new FrameOptions { Name = "b" });
        var c = browser.CreateFrame(a, "https://c.example/");

        Assert.Equal(2, app.Length);
        Assert.Same(a, app[0]);
        Assert.Same(b, app.Frames[1]);
        Assert.Null(app[2]);
        Assert.Null(app[-1]);
        Assert.Same(app, a.Parent);
        Assert.Same(a, c.Parent);
        Assert.Same(app, c.Top);
        Assert.Same(c, a[0]);
        Assert.Equal(1, a.Length);
        Assert.Equal(0, c.Length);
        Assert.Equal("https://app.example/a", a.Url.Href);
        Assert.Equal([app], browser.Windows);
    }

    [Fact]
    public void FrameByName_FindsASameOriginFrame_ButNotACrossOriginOne()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var settings = browser.CreateFrame(app, "https://app.example/settings", new FrameOptions { Name = "settings" });
        browser.CreateFrame(app, "https://widget.example/", new FrameOptions { Name = "widget" });

        Assert.Same(settings, app.FrameByName("settings"));
        Assert.Null(app.FrameByName("widget"));
        Assert.Null(app.FrameByName("missing"));
        Assert.Null(app.FrameByName(""));
    }

    [Fact]
    public void FrameByName_WhenACrossOriginFrameTookTheNameFirst_FindsNothing()
    {
        // The spec's "spices" example: the first frame of a name decides, and it is cross-origin.
        using var browser = new Browser();
        var page = browser.OpenWindow("https://example.org/");
        var elsewhere = browser.CreateFrame(page, "https://elsewhere.example.com/");
        browser.CreateFrame(page, "about:blank", new FrameOptions { Name = "spices" });

        elsewhere.Name = "spices";

        Assert.Null(page.FrameByName("spices"));
    }

    [Fact]
    public void Name_IsSettable_AndFindsTheFrameUnderItsNewName()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://app.example/f", new FrameOptions { Name = "old" });

        frame.Name = "new";

        Assert.Equal("new", frame.Name);
        Assert.Null(app.FrameByName("old"));
        Assert.Same(frame, app.FrameByName("new"));
    }

    [Fact]
    public void Origin_OfAboutBlankAndSrcdocFrames_IsTheParentsOrigin()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var blank = browser.CreateFrame(app, "about:blank");
        var srcdoc = browser.CreateFrame(app, "https://ignored.example/", new FrameOptions { Srcdoc = true });

        Assert.Same(app.Origin, blank.Origin);
        Assert.Same(app.Origin, srcdoc.Origin);
        Assert.Equal("about:srcdoc", srcdoc.Url.Href);
    }

    [Fact]
    public void Origin_OfASandboxedFrameWithoutAllowSameOrigin_IsAFreshOpaqueOrigin()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var first = browser.CreateFrame(app, "https://app.example/x", new FrameOptions { Sandbox = SandboxFlags.AllowScripts });
        var second = browser.CreateFrame(app, "https://app.example/x", new FrameOptions { Sandbox = SandboxFlags.None });
        var sameOrigin = browser.CreateFrame(app, "https://app.example/x", new FrameOptions { Sandbox = SandboxFlags.AllowSameOrigin | SandboxFlags.AllowScripts });

        Assert.True(first.Origin.IsOpaque);
        Assert.True(second.Origin.IsOpaque);
        Assert.False(first.Origin.IsSameOrigin(second.Origin));
        Assert.Equal("null", first.Origin.Serialize());
        Assert.Equal(app.Origin, sameOrigin.Origin);
    }

    [Fact]
    public void Origin_OfAFrameInsideASandboxedFrame_IsOpaqueToo()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var sandboxed = browser.CreateFrame(app, "https://widget.example/", new FrameOptions { Sandbox = SandboxFlags.AllowScripts });

        var nested = browser.CreateFrame(sandboxed, "https://other.example/", new FrameOptions { Sandbox = SandboxFlags.AllowSameOrigin });

        Assert.True(nested.Origin.IsOpaque);
    }

    [Fact]
    public void RemoveFrame_ClosesTheFrameAndItsFrames_AndShortensTheParent()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var outer = browser.CreateFrame(app, "https://outer.example/");
        var inner = browser.CreateFrame(outer, "https://inner.example/");
        var kept = browser.CreateFrame(app, "https://kept.example/");

        browser.RemoveFrame(outer);

        Assert.True(outer.Closed);
        Assert.True(inner.Closed);
        Assert.Null(outer.Parent);
        Assert.Null(inner.Top);
        Assert.Equal(1, app.Length);
        Assert.Same(kept, app[0]);
        Assert.False(kept.Closed);
    }

    [Fact]
    public void RemoveFrame_OfATopLevelWindow_Throws()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");

        var error = Assert.Throws<ArgumentException>(() => browser.RemoveFrame(app));

        Assert.Contains("top-level", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateFrame_InAClosedWindow_ThrowsNamingTheWindow()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://widget.example/");
        browser.RemoveFrame(frame);

        var error = Assert.Throws<ArgumentException>(() => browser.CreateFrame(frame, "https://x.example/"));

        Assert.Contains("https://widget.example/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenWindow_WithAnInvalidUrl_ThrowsNamingIt()
    {
        using var browser = new Browser();

        var error = Assert.Throws<OriginSyntaxException>(() => browser.OpenWindow("app.example"));

        Assert.Equal("app.example", error.Input);
    }

    [Fact]
    public void Navigate_ReplacesTheDocument_AndDiscardsItsFrames()
    {
        using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var frame = browser.CreateFrame(app, "https://widget.example/");
        var nested = browser.CreateFrame(frame, "https://nested.example/");

        browser.Navigate(frame, "https://other.example/page");

        Assert.Equal("https://other.example/page", frame.Url.Href);
        Assert.Equal("https://other.example", frame.Origin.Serialize());
        Assert.Same(frame, app[0]);
        Assert.False(frame.Closed);
        Assert.True(nested.Closed);
        Assert.Equal(0, frame.Length);
    }
}

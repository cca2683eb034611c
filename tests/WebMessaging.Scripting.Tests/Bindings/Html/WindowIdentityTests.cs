using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class WindowIdentityTests : IDisposable
{
    private readonly ScriptedPages _pages = new();

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void Global_WindowSelfFramesGlobalThis_AreAllTheGlobalObject()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("true", _pages.Text(top, "window === this && self === this && frames === this && globalThis === window"));
        Assert.Equal("true", _pages.Text(top, "parent === window && top === window && opener === null"));
        Assert.Equal("[object Window]", _pages.Text(top, "Object.prototype.toString.call(window)"));
        Assert.Equal("true", _pages.Text(top, "window instanceof Window && window instanceof EventTarget"));
    }

    [Fact]
    public void Window_Constructor_IsIllegal()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("TypeError: Failed to construct 'Window': Illegal constructor", _pages.Thrown(top, "new Window()"));
    }

    [Fact]
    public void Frames_SameOrigin_AreTheFramesGlobalObjects()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        WindowGlobal child = _pages.Frame(top, "https://app.example/child", name: "kid");
        _pages.Run(child, "var secret = 42;");

        Assert.Equal("1", _pages.Text(top, "length"));
        Assert.Equal("42", _pages.Text(top, "frames[0].secret"));
        Assert.Equal("true", _pages.Text(top, "window[0] === frames[0] && kid === frames[0] && window.kid === frames[0]"));
        Assert.Equal("true", _pages.Text(top, "frames[0].parent === window && frames[0].top === window"));
        Assert.Equal("undefined", _pages.Text(top, "typeof window[1]"));
        Assert.Equal("true", _pages.Text(child, "parent.frames[0] === window"));
    }

    [Fact]
    public void Frame_OfAnotherOrigin_IsFoundByName()
    {
        // As in Chromium: the standard's origin filter on frame names is not applied.
        WindowGlobal top = _pages.Open("https://app.example/");
        _pages.Frame(top, "https://widget.example/", name: "cross");

        Assert.Equal("true|true", _pages.Text(top, "[cross === frames[0], window.cross === frames[0]].join('|')"));
    }

    [Fact]
    public void Frames_AddedLater_ShowAtOnce()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        Assert.Equal("undefined", _pages.Text(top, "typeof window[0]"));

        _pages.Frame(top, "https://app.example/late", name: "late");

        Assert.Equal("object", _pages.Text(top, "typeof window[0]"));
        Assert.Equal("true", _pages.Text(top, "late === window[0]"));
    }

    [Fact]
    public void GlobalVariable_ShadowsFrameName()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        _pages.Frame(top, "https://app.example/child", name: "kid");

        Assert.Equal("5", _pages.Text(top, "var kid = 5; kid"));
    }

    [Fact]
    public void Name_GetsAndSetsTheNavigableName()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        _pages.Run(top, "name = 'main'");

        Assert.Equal("main", top.Window.Name);
        Assert.Equal("main", _pages.Text(top, "window.name"));
    }

    [Fact]
    public void Location_ReadsTheDocumentUrl()
    {
        WindowGlobal top = _pages.Open("https://app.example:8443/path/page?x=1#frag");

        Assert.Equal(
            "https://app.example:8443/path/page?x=1#frag|https://app.example:8443|https:|app.example:8443|app.example|8443|/path/page|?x=1|#frag",
            _pages.Text(top, "[location.href, location.origin, location.protocol, location.host, location.hostname, location.port, location.pathname, location.search, location.hash].join('|')"));
        Assert.Equal("true", _pages.Text(top, "String(location) === location.href && location === window.location"));
        Assert.Equal("https://app.example:8443", _pages.Text(top, "origin"));
    }

    [Fact]
    public void LocationHref_Set_NavigatesInATask()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        _pages.Run(top, "location.href = '/next'");
        Assert.Equal("https://app.example/", top.Window.Url.Href);

        _pages.RunUntilIdle();

        Assert.Equal("https://app.example/next", top.Window.Url.Href);
    }

    [Fact]
    public void Close_OnAWindow_MakesItClosed()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("false,true", _pages.Text(top, "const before = closed; close(); before + ',' + closed"));
    }

    [Fact]
    public void Open_SameOriginPopup_HasOpenerAndReturnsItsProxy()
    {
        WindowGlobal top = _pages.Open("https://app.example/");
        _pages.Run(top, "var popup = open('/popup', 'p')");
        WindowGlobal popup = _pages.Attach(top.Window.Browser.Windows[^1]);

        // The popup had no engine yet when open() returned, so the opener holds a restricted proxy.
        Assert.Equal("true", _pages.Text(popup, "opener.location.href === 'https://app.example/' && opener.opener === null"));
        Assert.Equal("false", _pages.Text(top, "popup.closed"));
    }

    [Fact]
    public void OperationWithUndefinedThis_UsesTheGlobal()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("ok", _pages.Text(top, "const add = addEventListener; add('message', () => {}); const pm = postMessage; pm('x', '*'); 'ok'"));
    }

    [Fact]
    public void ReplaceableAttribute_Assigned_BecomesAnOwnDataProperty()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("5|true", _pages.Text(top, "self = 5; parent = 6; self + '|' + (Object.getOwnPropertyDescriptor(window, 'parent').value === 6)"));
    }

    [Fact]
    public void UnforgeableAttributes_AreNotConfigurable()
    {
        WindowGlobal top = _pages.Open("https://app.example/");

        Assert.Equal("false|false|false", _pages.Text(top, "['window', 'top', 'location'].map(k => Object.getOwnPropertyDescriptor(window, k).configurable).join('|')"));
    }
}

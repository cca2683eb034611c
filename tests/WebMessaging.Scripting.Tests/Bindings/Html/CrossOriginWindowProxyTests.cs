using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class CrossOriginWindowProxyTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;
    private readonly WindowGlobal _child;

    public CrossOriginWindowProxyTests()
    {
        _top = _pages.Open("https://app.example/");
        _child = _pages.Frame(_top, "https://widget.example/");
        _pages.Frame(_child, "https://widget.example/inner", name: "inner");
        _pages.Run(_child, "var secret = 'hidden';");
    }

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void AllowedMembers_Work()
    {
        Assert.Equal(
            "true|true|true|false|1|true|true|null|function|function",
            _pages.Text(_top, "const w = frames[0]; [w.window === w, w.self === w, w.frames === w, w.closed, w.length, w.top === window, w.parent === window, String(w.opener), typeof w.postMessage, typeof w.focus].join('|')"));
    }

    [Fact]
    public void Proxy_IsTheSameObjectOnEachAccess()
    {
        Assert.Equal("true", _pages.Text(_top, "frames[0] === frames[0] && window[0] === frames[0] && frames[0].postMessage === frames[0].postMessage"));
    }

    [Theory]
    [InlineData("frames[0].secret")]
    [InlineData("frames[0].document")]
    [InlineData("frames[0].secret = 1")]
    [InlineData("Object.defineProperty(frames[0], 'x', { value: 1 })")]
    [InlineData("delete frames[0].secret")]
    [InlineData("Object.getOwnPropertyDescriptor(frames[0], 'secret')")]
    [InlineData("'secret' in frames[0]")]
    [InlineData("frames[0].location.href")]
    [InlineData("frames[0].location.pathname")]
    [InlineData("frames[0][5]")]
    [InlineData("frames[0].addEventListener('message', () => {})")]
    public void OtherAccess_ThrowsSecurityError(string script)
    {
        Assert.StartsWith("SecurityError: ", _pages.Thrown(_top, script), StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityError_IsADomExceptionOfTheAccessingRealm()
    {
        Assert.Equal("true|18", _pages.Text(_top, "(() => { try { frames[0].secret; } catch (e) { return (e instanceof DOMException) + '|' + e.code; } })()"));
    }

    [Fact]
    public void Keys_AreOnlyTheFrameIndicesAndCrossOriginMembers()
    {
        Assert.Equal("0", _pages.Text(_top, "Object.keys(frames[0]).join()"));
        Assert.Equal(
            "0,window,self,location,close,closed,focus,blur,frames,length,top,opener,parent,postMessage,then",
            _pages.Text(_top, "Object.getOwnPropertyNames(frames[0]).join()"));
    }

    [Fact]
    public void PrototypeAndFallbackKeys_ReadAsNullAndUndefined()
    {
        Assert.Equal("true|undefined|undefined", _pages.Text(_top, "[Object.getPrototypeOf(frames[0]) === null, typeof frames[0].then, typeof frames[0][Symbol.toStringTag]].join('|')"));
    }

    [Fact]
    public void ChildFrames_ByIndexAndSameOriginName_AreReachable()
    {
        Assert.Equal("true|true", _pages.Text(_top, "[frames[0][0] === frames[0].inner, frames[0][0].parent === frames[0]].join('|')"));
    }

    [Fact]
    public void ChildFrame_OfAnotherOrigin_IsReachableByNameThroughACrossOriginProxy()
    {
        // As in Chromium: the standard's origin filter on frame names is not applied.
        WindowGlobal other = _pages.Frame(_child, "https://other.example/", name: "third");

        Assert.Equal("true|true", _pages.Text(other, "[parent.third === window, parent.inner === parent[0]].join('|')"));
    }

    [Fact]
    public void LocationHrefSetter_Navigates()
    {
        _pages.Run(_top, "frames[0].location = 'https://widget.example/next'; frames[0].location.replace('https://widget.example/last');");
        _pages.RunUntilIdle();

        Assert.Equal("https://widget.example/last", _child.Window.Url.Href);
    }

    [Fact]
    public void SameOriginFrame_NavigatedCrossOrigin_IsRestrictedOnTheNextAccess()
    {
        WindowGlobal same = _pages.Frame(_top, "https://app.example/same");
        Assert.Equal("/same", _pages.Text(_top, "frames[1].location.pathname"));

        _top.Window.Browser.Navigate(same.Window, "https://elsewhere.example/");

        Assert.StartsWith("SecurityError: ", _pages.Thrown(_top, "frames[1].location.pathname"), StringComparison.Ordinal);
    }
}

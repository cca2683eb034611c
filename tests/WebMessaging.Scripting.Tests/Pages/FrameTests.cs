using WebMessaging.Messaging;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class FrameTests
{
    [Fact]
    public void Iframe_CrossOrigin_GetsTheUrlsOriginAndName()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe name='child' src='https://b.example/frame.html'></iframe>"),
            ("https://b.example/frame.html", "<script>log('in b')</script>"));
        var top = page.Run();

        var iframe = top.Document.QuerySelector("iframe")!;
        var frame = top.GetContentWindow(iframe)!;
        Assert.Equal("https://b.example", frame.Origin.Serialize());
        Assert.Equal("child", frame.Name);
        Assert.Same(frame, top.Window[0]);
        Assert.Equal(["in b"], page.Log);
        var child = top.GetContentDocument(iframe)!;
        Assert.Same(top, child.ContainerDocument);
        Assert.Same(iframe, child.ContainerElement);
    }

    [Fact]
    public void Iframe_Srcdoc_InheritsTheParentsOriginAndRunsItsScripts()
    {
        using var page = PageHarness.For(("https://a.example/", "<iframe srcdoc=\"<script>log('srcdoc')</script>\" src='https://b.example/'></iframe>"));
        var top = page.Run();

        var frame = top.Window[0]!;
        Assert.Equal("about:srcdoc", frame.Url.Href);
        Assert.True(frame.Origin.IsSameOrigin(top.Origin));
        Assert.Equal(["srcdoc"], page.Log);
    }

    [Fact]
    public void Iframe_SandboxWithoutAllowSameOrigin_GetsAnOpaqueOrigin()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe sandbox='allow-scripts' src='frame.html'></iframe>"),
            ("https://a.example/frame.html", "<script>log('sandboxed but scripted')</script>"));
        var top = page.Run();

        Assert.True(top.Window[0]!.Origin.IsOpaque);
        Assert.Equal(["sandboxed but scripted"], page.Log);
    }

    [Fact]
    public void Iframe_SandboxWithAllowSameOrigin_KeepsTheOrigin()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe sandbox='ALLOW-SAME-ORIGIN allow-scripts' src='frame.html'></iframe>"),
            ("https://a.example/frame.html", "<p>x</p>"));
        var top = page.Run();

        Assert.Equal("https://a.example", top.Window[0]!.Origin.Serialize());
    }

    [Fact]
    public void Iframe_SandboxWithoutAllowScripts_RunsNoScriptAndParsesNoscript()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe sandbox='allow-same-origin' src='frame.html'></iframe><script>log('top')</script>"),
            ("https://a.example/frame.html", "<script>log('must not run')</script><noscript><p id='shown'>no script</p></noscript>"));
        var top = page.Run();

        Assert.Equal(["top"], page.Log);
        var child = top.GetContentDocument(top.Document.QuerySelector("iframe")!)!;
        Assert.False(child.ScriptingEnabled);
        Assert.NotNull(child.Document.GetElementById("shown"));
        Assert.Null(top.Document.QuerySelector("noscript p"));
    }

    [Fact]
    public void Iframe_Nested_EachLevelLoadsWithItsOrigin()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe src='https://b.example/'></iframe>"),
            ("https://b.example/", "<iframe src='https://c.example/'></iframe><script>log('b')</script>"),
            ("https://c.example/", "<script>log('c')</script>"));
        var top = page.Run();

        var b = top.Window[0]!;
        var c = b[0]!;
        Assert.Equal("https://c.example", c.Origin.Serialize());
        Assert.Same(top.Window, c.Top);
        Assert.Equal(["b", "c"], page.Log);
    }

    [Fact]
    public void Iframe_ScriptAfterIframeSeesTheFrame_ScriptBeforeDoesNot()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { OnWindowCreated = w => w.Engine.SetValue("frameCount", new Func<int>(() => w.Window.Length)) },
            ("https://a.example/", "<script>log(frameCount())</script><iframe src='f.html'></iframe><script>log(frameCount())</script>"),
            ("https://a.example/f.html", ""));

        page.Run();

        Assert.Equal(["0", "1"], page.Log);
    }

    [Fact]
    public void Load_Order_ChildLoadThenIframeLoadThenParentLoad()
    {
        var order = new List<string>();
        using var page = PageHarness.For(
            new ScriptedBrowserOptions
            {
                OnWindowCreated = w =>
                {
                    var label = w.ContainerElement?.GetAttribute("name") ?? "top";
                    w.Window.AddEventListener("load", _ => order.Add(label + " window load"));
                    w.DocumentTarget.AddEventListener("DOMContentLoaded", _ => order.Add(label + " DOMContentLoaded"));
                    foreach (var iframe in w.Document.QuerySelectorAll("iframe"))
                    {
                        var name = iframe.GetAttribute("name");
                        w.GetEventTarget(iframe).AddEventListener("load", _ => order.Add(name + " iframe element load"));
                    }
                },
            },
            ("https://a.example/", "<iframe name='one' src='https://b.example/'></iframe>"),
            ("https://b.example/", "<iframe name='two' src='https://c.example/'></iframe>"),
            ("https://c.example/", "<p>leaf</p>"));

        page.Run();

        Assert.Equal(
            [
                "top DOMContentLoaded",
                "one DOMContentLoaded",
                "two DOMContentLoaded",
                "two window load",
                "two iframe element load",
                "one window load",
                "one iframe element load",
                "top window load",
            ],
            order);
    }

    [Fact]
    public void Iframe_AboutBlank_FiresElementLoadAtOnceAndHasADocument()
    {
        var loads = new List<string>();
        using var page = PageHarness.For(
            new ScriptedBrowserOptions
            {
                OnWindowCreated = w => w.Engine.SetValue("watchLoad", new Action(() =>
                {
                    foreach (var iframe in w.Document.QuerySelectorAll("iframe"))
                    {
                        w.GetEventTarget(iframe).AddEventListener("load", _ => loads.Add("iframe load"));
                    }
                })),
            },
            ("https://a.example/", "<script>watchLoad()</script><iframe></iframe><script>log('after iframe')</script>"));
        var top = page.Run();

        Assert.Equal(["iframe load"], loads);
        var child = top.GetContentDocument(top.Document.QuerySelector("iframe")!)!;
        Assert.Equal("about:blank", child.Url.Href);
        Assert.True(child.Origin.IsSameOrigin(top.Origin));
    }

    [Fact]
    public void Iframe_PostMessageFromParentInIframeLoadHandler_ReachesTheChild()
    {
        var received = new List<string>();
        using var page = PageHarness.For(
            new ScriptedBrowserOptions
            {
                OnWindowCreated = w =>
                {
                    w.Window.AddEventListener("message", e => received.Add(w.Url.Href + " got " + ((MessageEvent)e).Data));
                    foreach (var iframe in w.Document.QuerySelectorAll("iframe"))
                    {
                        w.GetEventTarget(iframe).AddEventListener("load", _ => w.GetContentWindow(iframe)!.PostMessage("hello", "https://b.example", source: w.Window));
                    }
                },
            },
            ("https://a.example/", "<iframe src='https://b.example/'></iframe>"),
            ("https://b.example/", "<p>child</p>"));

        page.Run();

        Assert.Equal(["https://b.example/ got hello"], received);
    }

    [Fact]
    public void Iframe_ThatFramesItsOwnUrl_IsNotLoadedAgain()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>log('run')</script><iframe src='/'></iframe>"));
        var top = page.Run();

        Assert.Equal(["run"], page.Log);
        Assert.Equal(1, top.Window.Length);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void Iframe_BeyondTheFrameCap_IsNotCreated_WithAClearError()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { MaxFramesPerPage = 2 },
            ("https://a.example/", "<iframe src='f.html'></iframe><iframe src='f.html'></iframe><iframe src='f.html'></iframe><script>log('after')</script>"),
            ("https://a.example/f.html", "<p>f</p>"));
        var top = page.Run();

        Assert.Equal(2, top.Window.Length);
        Assert.Equal(["after"], page.Log);
        var error = Assert.Single(page.Errors);
        Assert.Equal(PageDiagnosticKind.FrameLimit, error.Kind);
        Assert.Contains("MaxFramesPerPage", error.Message, StringComparison.Ordinal);
        Assert.Throws<FrameLimitExceededException>(() => top.AttachIframe(top.Document.QuerySelectorAll("iframe")[2]));
    }

    [Fact]
    public void DetachIframe_DiscardsTheFrame()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe src='f.html'></iframe>"),
            ("https://a.example/f.html", "<p>f</p>"));
        var top = page.Run();
        var iframe = top.Document.QuerySelector("iframe")!;
        var frame = top.GetContentWindow(iframe)!;

        top.DetachIframe(iframe);

        Assert.True(frame.Closed);
        Assert.Null(top.GetContentWindow(iframe));
        Assert.Equal(0, top.Window.Length);
    }

    [Fact]
    public void AttachIframe_RejectsElementsThatAreNotIframes()
    {
        using var page = PageHarness.For(("https://a.example/", "<div></div>"));
        var top = page.Run();

        var error = Assert.Throws<ArgumentException>(() => top.AttachIframe(top.Document.QuerySelector("div")!));
        Assert.Contains("<div>", error.Message, StringComparison.Ordinal);
    }
}

using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class NavigationTests
{
    [Fact]
    public void Navigate_Frame_LoadsTheNewDocumentAndFiresIframeLoadAgain()
    {
        var iframeLoads = 0;
        using var page = PageHarness.For(
            new ScriptedBrowserOptions
            {
                OnWindowCreated = w =>
                {
                    foreach (var iframe in w.Document.QuerySelectorAll("iframe"))
                    {
                        w.GetEventTarget(iframe).AddEventListener("load", _ => iframeLoads++);
                    }
                },
            },
            ("https://a.example/", "<iframe src='https://b.example/'></iframe>"),
            ("https://b.example/", "<script>log('b')</script>"),
            ("https://c.example/", "<script>log('c')</script>"));
        var top = page.Run();
        var iframe = top.Document.QuerySelector("iframe")!;
        var frame = top.GetContentWindow(iframe)!;
        var old = top.GetContentDocument(iframe)!;

        page.Browser.Navigate(frame, "https://c.example/");
        page.Browser.RunUntilIdle();

        Assert.Equal(["b", "c"], page.Log);
        Assert.Equal(2, iframeLoads);
        Assert.False(old.IsActive);
        var current = top.GetContentDocument(iframe)!;
        Assert.Equal("https://c.example/", current.Url.Href);
        Assert.Same(iframe, current.ContainerElement);
    }

    [Fact]
    public void Navigate_TopLevel_ReplacesTheDocument()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>log('a')</script>"),
            ("https://a.example/next.html", "<script>log('next')</script>"));
        var first = page.Run();

        page.Browser.Navigate(first.Window, "next.html");
        page.Browser.RunUntilIdle();

        Assert.Equal(["a", "next"], page.Log);
        Assert.Equal("https://a.example/next.html", page.Browser.GetScriptedWindow(first.Window)!.Url.Href);
        Assert.False(first.IsActive);
    }
}

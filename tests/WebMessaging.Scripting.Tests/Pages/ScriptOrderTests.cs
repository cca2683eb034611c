using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class ScriptOrderTests
{
    [Fact]
    public void Load_RunsInlineAndExternalScriptsInDocumentOrder()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>log(1)</script><script src='two.js'></script><p>x</p><script>log(3)</script>"),
            ("https://a.example/two.js", "log(2)"));

        page.Run();

        Assert.Equal(["1", "2", "3"], page.Log);
    }

    [Fact]
    public void Load_RunsDeferScriptsAfterParsingInOrderBeforeDomContentLoaded()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script defer src='d1.js'></script><script defer src='d2.js'></script><script>log('inline')</script>"),
            ("https://a.example/d1.js", "log('d1')"),
            ("https://a.example/d2.js", "log('d2')"));
        var window = page.Browser.LoadEntry();
        window.DocumentTarget.AddEventListener("DOMContentLoaded", _ => page.Log.Add("DOMContentLoaded"));

        page.Browser.RunUntilIdle();

        Assert.Equal(["inline", "d1", "d2", "DOMContentLoaded"], page.Log);
    }

    [Fact]
    public void Load_RunsAsyncScriptsAfterParserScriptsInDocumentOrder()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script async src='a1.js'></script><script src='sync.js'></script><script async src='a2.js'></script><script defer src='d.js'></script><script>log('inline')</script>"),
            ("https://a.example/a1.js", "log('a1')"),
            ("https://a.example/a2.js", "log('a2')"),
            ("https://a.example/sync.js", "log('sync')"),
            ("https://a.example/d.js", "log('defer')"));

        page.Run();

        Assert.Equal(["sync", "inline", "defer", "a1", "a2"], page.Log);
    }

    [Fact]
    public void Load_DeferOnInlineScriptIsIgnored()
    {
        using var page = PageHarness.For(("https://a.example/", "<script defer>log('inline-defer')</script><script>log('next')</script>"));

        page.Run();

        Assert.Equal(["inline-defer", "next"], page.Log);
    }

    [Fact]
    public void Load_RunsModulesAfterParsing_SkipsNomoduleAndUnknownTypesSilently()
    {
        using var page = PageHarness.For(("https://a.example/", "<script type='module'>log('module')</script><script type='text/template'>log('template')</script><script type='text/javascript; charset=utf-8'>log('params')</script><script nomodule>log('nomodule')</script><script language='javascript'>log('language')</script>"));

        page.Run();

        Assert.Equal(["language", "module"], page.Log);
        Assert.Empty(page.Browser.Diagnostics);
    }

    [Fact]
    public void Load_ReadyStateGoesLoadingInteractiveComplete()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>log('script')</script>"));
        var window = page.Browser.LoadEntry();
        var states = new List<string>();
        states.Add(window.Readiness.ToString());
        window.DocumentTarget.AddEventListener("readystatechange", _ => states.Add(window.Readiness.ToString()));
        window.DocumentTarget.AddEventListener("DOMContentLoaded", _ => states.Add("DOMContentLoaded:" + window.Readiness));
        window.Window.AddEventListener("load", _ => states.Add("load:" + window.Readiness));

        page.Browser.RunUntilIdle();

        Assert.Equal(["Loading", "Interactive", "DOMContentLoaded:Interactive", "Complete", "load:Complete"], states);
    }

    [Fact]
    public void Load_DomContentLoadedBubblesToTheWindow()
    {
        using var page = PageHarness.For(("https://a.example/", "<p>hi</p>"));
        var window = page.Browser.LoadEntry();
        var seen = new List<string>();
        window.Window.AddEventListener("DOMContentLoaded", e => seen.Add("window saw " + e.Type));

        page.Browser.RunUntilIdle();

        Assert.Equal(["window saw DOMContentLoaded"], seen);
    }

    [Fact]
    public void Load_ExternalScriptResolvesAgainstBaseElement()
    {
        using var page = PageHarness.For(
            ("https://a.example/page/index.html", "<base href='/lib/'><script src='x.js'></script>"),
            ("https://a.example/lib/x.js", "log('from lib')"));

        page.Run();

        Assert.Equal(["from lib"], page.Log);
    }

    [Fact]
    public void LoadHtml_RunsTheGivenDocumentAtTheUrl_FetchingScriptsFromTheSiteMap()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<p>entry</p>"),
            ("https://a.example/s.js", "log('s')"));

        var window = page.Browser.LoadHtml("<script>log(location_ok)</script><script src='/s.js'></script>", "https://a.example/other.html");
        window.Engine.SetValue("location_ok", "here");
        page.Browser.RunUntilIdle();

        Assert.Equal("https://a.example/other.html", window.Url.Href);
        Assert.Equal(["here", "s"], page.Log);
    }

    [Fact]
    public void FromHtml_ServesOnePageAtItsOrigin()
    {
        var log = new List<string>();
        using var browser = ScriptedBrowser.FromHtml("<script>log('x')</script>", "https://solo.example/", new ScriptedBrowserOptions
        {
            OnWindowCreated = w => w.Engine.SetValue("log", new Action<string>(log.Add)),
        });

        var window = browser.LoadEntry();
        browser.RunUntilIdle();

        Assert.Equal("https://solo.example", window.Origin.Serialize());
        Assert.Equal(["x"], log);
    }
}

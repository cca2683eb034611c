using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SiteContentProviderTests
{
    [Fact]
    public void Fetch_WithAProvider_ServesWhatItGivesOverTheStoredFile()
    {
        var map = new SiteMapBuilder()
            .AddPage("https://a.example/", "<p>stored</p>")
            .AddFile("https://a.example/x.js", "stored()")
            .AddContentProvider(new UpperCaseScripts())
            .Build();

        var script = map.Fetch(Url.Parse("https://a.example/x.js"));

        Assert.Equal("STORED()", script.GetText());
        Assert.Equal("text/javascript", script.ContentType);
        Assert.Null(script.FilePath);
        Assert.Equal("<p>stored</p>", map.Fetch(Url.Parse("https://a.example/")).GetText());
    }

    [Fact]
    public void Fetch_WithAProvider_CanServeAPathThatHasNoFile()
    {
        var map = new SiteMapBuilder().AddPage("https://a.example/", "").AddContentProvider(new UpperCaseScripts()).Build();

        Assert.Equal("MADE.JS", map.Fetch(Url.Parse("https://a.example/made.js")).GetText());
    }

    [Fact]
    public void FetchStored_DoesNotAskTheProviders()
    {
        var map = new SiteMapBuilder().AddPage("https://a.example/", "").AddFile("https://a.example/x.js", "stored()").AddContentProvider(new UpperCaseScripts()).Build();

        Assert.Equal("stored()", map.FetchStored(Url.Parse("https://a.example/x.js")).GetText());
    }

    [Fact]
    public void Fetch_AnUnmappedOriginOrABadPath_NeverReachesTheProviders()
    {
        var map = new SiteMapBuilder().AddPage("https://a.example/", "").AddContentProvider(new UpperCaseScripts()).Build();

        Assert.Equal(SiteFetchError.UnknownOrigin, map.Fetch(Url.Parse("https://b.example/x.js")).Error);
        Assert.Equal(SiteFetchError.OutsideFolder, map.Fetch(Url.Parse("https://a.example/..%2fx.js")).Error);
    }
}

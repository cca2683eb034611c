using System.Text;
using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SiteMapBuilderTests : IDisposable
{
    private readonly TempSite site = new();

    public void Dispose() => site.Dispose();

    [Fact]
    public void Build_InMemoryPagesAndFiles_AreFetchedWithTheirTypes()
    {
        var map = new SiteMapBuilder()
            .AddPage("https://a.example/", "<p>a</p>")
            .AddPage("https://b.example/frame", "<p>b</p>")
            .AddFile("https://b.example/lib/b.js", "postMessage(1)")
            .AddFile("https://b.example/data", new byte[] { 1, 2, 3 }, "application/x-test")
            .Build();

        Assert.Equal("https://a.example/", map.Entry.Href);
        Assert.Equal(2, map.Origins.Count);
        Assert.Null(map.Origins[Origin.Parse("https://b.example")].Folder);
        Assert.Equal(3, map.Origins[Origin.Parse("https://b.example")].InMemoryFileCount);

        var page = map.Fetch(Url.Parse("https://a.example/index.html"));
        Assert.Equal("<p>a</p>", page.GetText());
        Assert.Equal("text/html", page.ContentType);
        Assert.Null(page.FilePath);

        Assert.Equal("text/html", map.Fetch(Url.Parse("https://b.example/frame?x#y")).ContentType);
        Assert.Equal("text/javascript", map.Fetch(Url.Parse("https://B.EXAMPLE:443/lib/b.js")).ContentType);
        var data = map.Fetch(Url.Parse("https://b.example/data"));
        Assert.Equal(new byte[] { 1, 2, 3 }, data.Body.ToArray());
        Assert.Equal("application/x-test", data.ContentType);
    }

    [Fact]
    public void Fetch_InMemoryOriginWithoutTheFile_IsMissingFile()
    {
        var map = new SiteMapBuilder().AddPage("https://a.example/", "a").Build();

        var result = map.Fetch(Url.Parse("https://a.example/other.js"));

        Assert.Equal(SiteFetchError.MissingFile, result.Error);
    }

    [Fact]
    public void Build_FolderAndInMemoryFiles_InMemoryFilesWin()
    {
        site.Write("a/index.html", "from disk");
        site.Write("a/script.js", "disk script");

        var map = new SiteMapBuilder()
            .AddOrigin("https://a.example", site.PathOf("a"))
            .AddPage("https://a.example/", "from memory")
            .Build();

        Assert.Equal("from memory", map.Fetch(Url.Parse("https://a.example/")).GetText());
        Assert.Equal("disk script", map.Fetch(Url.Parse("https://a.example/script.js")).GetText());
    }

    [Fact]
    public void Build_ManyOriginsOnOneFolder_ServeTheSameFiles()
    {
        site.Write("wpt/index.html", "shared");

        var map = new SiteMapBuilder()
            .AddOrigin("http://web-platform.test:8000", site.PathOf("wpt"))
            .AddOrigin("http://www.web-platform.test:8000", site.PathOf("wpt"))
            .AddOrigin("http://www1.web-platform.test:8000", site.PathOf("wpt"))
            .SetEntry("http://web-platform.test:8000/")
            .Build();

        Assert.Equal("shared", map.Fetch(Url.Parse("http://www1.web-platform.test:8000/")).GetText());
        Assert.Equal("shared", map.Fetch(Url.Parse("http://www.web-platform.test:8000/")).GetText());
    }

    [Fact]
    public void Build_WithoutEntryOrPage_Throws()
    {
        site.Folder("a");
        var builder = new SiteMapBuilder().AddOrigin("https://a.example", site.PathOf("a"));

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("no entry", error.Message);
    }

    [Fact]
    public void Build_EntryOnUnmappedOrigin_Throws()
    {
        var builder = new SiteMapBuilder().AddPage("https://a.example/", "a").SetEntry("https://b.example/");

        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("https://b.example", error.Message);
    }

    [Fact]
    public void AddOrigin_MissingFolder_NamesIt()
    {
        var error = Assert.Throws<DirectoryNotFoundException>(() => new SiteMapBuilder().AddOrigin("https://a.example", site.PathOf("nothing")));

        Assert.Contains("nothing", error.Message);
    }

    [Theory]
    [InlineData("https://a.example/path")]
    [InlineData("a.example")]
    [InlineData("about:blank")]
    public void AddOrigin_NotAnOrigin_ThrowsArgumentException(string origin)
    {
        site.Folder("a");

        var error = Assert.Throws<ArgumentException>(() => new SiteMapBuilder().AddOrigin(origin, site.PathOf("a")));

        Assert.Contains(origin, error.Message);
    }

    [Fact]
    public void AddOrigin_SameOriginWithAnotherFolder_ThrowsArgumentException()
    {
        var builder = new SiteMapBuilder().AddOrigin("https://a.example", site.Folder("a"));

        Assert.Throws<ArgumentException>(() => builder.AddOrigin("https://A.example:443", site.Folder("b")));
    }

    [Theory]
    [InlineData("/relative.html")]
    [InlineData("data:text/html,x")]
    [InlineData("https://a.example/..%2fx.html")]
    public void AddPage_UrlThatCannotBeServed_ThrowsArgumentException(string url)
    {
        Assert.Throws<ArgumentException>(() => new SiteMapBuilder().AddPage(url, "x"));
    }

    [Fact]
    public void FromHtml_ServesTheStringAtTheUrlAsEntry()
    {
        var map = SiteMap.FromHtml("<p>hi</p>", "https://a.example/page.html?x=1");

        Assert.Equal("https://a.example/page.html?x=1", map.Entry.Href);
        var result = map.Fetch(map.Entry);
        Assert.Equal("<p>hi</p>", result.GetText());
        Assert.Equal("text/html", result.ContentType);
    }

    [Fact]
    public void FromHtml_InvalidUrl_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => SiteMap.FromHtml("x", "not a url"));
    }

    [Fact]
    public void FromFile_ServesTheFileAndItsNeighboursAtTheOrigin()
    {
        var file = site.Write("page dir/my page.html", "<script src=lib.js></script>");
        site.Write("page dir/lib.js", "lib");

        var map = SiteMap.FromFile(file, "https://APP.example:443");

        Assert.Equal("https://app.example/my%20page.html", map.Entry.Href);
        Assert.Equal("<script src=lib.js></script>", map.Fetch(map.Entry).GetText());
        Assert.Equal("lib", map.Fetch(Url.Parse("lib.js", map.Entry)).GetText());
        Assert.Equal(site.PathOf("page dir"), map.Origins[Origin.Parse("https://app.example")].Folder);
    }

    [Fact]
    public void FromFile_MissingFile_NamesIt()
    {
        var file = site.PathOf("missing.html");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.FromFile(file, "https://a.example"));

        Assert.Equal(file + ": file not found", error.Message);
    }

    [Fact]
    public void FromFile_Folder_IsRejected()
    {
        var error = Assert.Throws<SiteMapException>(() => SiteMap.FromFile(site.Root, "https://a.example"));

        Assert.Contains("is a folder", error.Message);
    }

    [Theory]
    [InlineData("a.example", "not a valid absolute URL")]
    [InlineData("https://a.example/dir", "has a path")]
    [InlineData("file:///", "must be an http or https URL")]
    public void FromFile_BadOrigin_NamesFileAndOrigin(string origin, string problem)
    {
        var file = site.Write("page.html", "x");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.FromFile(file, origin));

        Assert.StartsWith(file + ": ", error.Message);
        Assert.Contains(origin, error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void GetText_InMemoryPage_RoundTripsUnicode()
    {
        const string html = "<p>\u00FC \U0001F600</p>";
        var map = SiteMap.FromHtml(html, "https://a.example/");

        Assert.Equal(html, map.Fetch(map.Entry).GetText());
        Assert.Equal(Encoding.UTF8.GetBytes(html), map.Fetch(map.Entry).Body.ToArray());
    }
}

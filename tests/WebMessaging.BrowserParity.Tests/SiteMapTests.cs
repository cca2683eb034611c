using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests;

/// <summary>The site map's URL-to-file rules, which every engine's runner relies on.</summary>
public sealed class SiteMapTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitemap-").FullName;

    /// <summary>Deletes the temporary site.</summary>
    public void Dispose() => Directory.Delete(_root, recursive: true);

    private SiteMap WriteSite(string json)
    {
        Directory.CreateDirectory(Path.Combine(_root, "app", "sub"));
        Directory.CreateDirectory(Path.Combine(_root, "widget"));
        File.WriteAllText(Path.Combine(_root, "app", "index.html"), "app");
        File.WriteAllText(Path.Combine(_root, "app", "page.html"), "page");
        File.WriteAllText(Path.Combine(_root, "app", "sub", "index.html"), "sub");
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "outside");
        var path = Path.Combine(_root, "sites.json");
        File.WriteAllText(path, json);
        return SiteMap.Load(path);
    }

    private SiteMap DefaultSite() => WriteSite("""
        {"entry": "https://app.example/", "origins": {"https://app.example": "app", "http://widget.example:8080": "widget"}}
        """);

    [Fact]
    public void Resolve_RootPath_MapsToIndexHtml()
    {
        Assert.Equal(Path.Combine(_root, "app", "index.html"), DefaultSite().Resolve(new Uri("https://app.example/")));
    }

    [Fact]
    public void Resolve_PathEndingInSlash_MapsToThatFoldersIndexHtml()
    {
        Assert.Equal(Path.Combine(_root, "app", "sub", "index.html"), DefaultSite().Resolve(new Uri("https://app.example/sub/")));
    }

    [Fact]
    public void Resolve_QueryAndFragment_AreIgnored()
    {
        Assert.Equal(Path.Combine(_root, "app", "page.html"), DefaultSite().Resolve(new Uri("https://app.example/page.html?x=1#top")));
    }

    [Fact]
    public void Resolve_MissingFile_ReturnsNull()
    {
        Assert.Null(DefaultSite().Resolve(new Uri("https://app.example/nope.html")));
    }

    [Fact]
    public void Resolve_OriginNotInMap_ReturnsNull()
    {
        Assert.Null(DefaultSite().Resolve(new Uri("https://other.example/")));
    }

    [Fact]
    public void Resolve_SameHostOtherPort_IsAnotherOrigin()
    {
        Assert.Null(DefaultSite().Resolve(new Uri("http://widget.example/index.html")));
    }

    [Fact]
    public void Resolve_DotDotSegmentsEscapingTheFolder_ReturnsNull()
    {
        Assert.Null(DefaultSite().Resolve(new Uri("https://app.example/..%2Fsecret.txt")));
    }

    [Fact]
    public void Load_OriginKeyWithPath_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<InvalidDataException>(() => WriteSite("""
            {"entry": "https://app.example/", "origins": {"https://app.example/x": "app"}}
            """));
        Assert.Contains("https://app.example/x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EntryOutsideTheOrigins_Throws()
    {
        var error = Assert.Throws<InvalidDataException>(() => WriteSite("""
            {"entry": "https://elsewhere.example/", "origins": {"https://app.example": "app"}}
            """));
        Assert.Contains("elsewhere.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFolder_ThrowsNamingTheOrigin()
    {
        var error = Assert.Throws<InvalidDataException>(() => WriteSite("""
            {"entry": "https://app.example/", "origins": {"https://app.example": "app", "https://gone.example": "gone"}}
            """));
        Assert.Contains("https://gone.example", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeOrigin_DefaultPort_IsLeftOut()
    {
        Assert.Equal("https://app.example", SiteMap.SerializeOrigin(new Uri("https://APP.example:443/x?y")));
        Assert.Equal("http://app.example:8080", SiteMap.SerializeOrigin(new Uri("http://app.example:8080/")));
    }
}

using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SiteMapFetchTests : IDisposable
{
    private readonly TempSite site = new();
    private readonly SiteMap map;

    public SiteMapFetchTests()
    {
        site.Write("app/index.html", "root index");
        site.Write("app/a/index.html", "a index");
        site.Write("app/a/page.html", "a page");
        site.Write("app/with space ü.js", "spaced");
        site.Folder("app/folder");
        foreach (var extension in new[] { "htm", "mjs", "js", "json", "css", "txt", "svg", "png", "wasm", "bin", "HTML" })
        {
            site.Write("app/types/file." + extension, extension);
        }

        site.Write("app/types/noextension", "none");
        map = SiteMap.Load(site.Write("sites.json", """{"entry": "https://app.example/", "origins": {"https://app.example": "app"}}"""));
    }

    public void Dispose() => site.Dispose();

    [Theory]
    [InlineData("https://app.example/", "root index")]
    [InlineData("https://app.example", "root index")]
    [InlineData("https://app.example/index.html", "root index")]
    [InlineData("https://app.example/a/", "a index")]
    [InlineData("https://app.example/a/page.html", "a page")]
    [InlineData("https://app.example/a/page.html?x=1&y=/../..", "a page")]
    [InlineData("https://app.example/a/page.html#/../../secret", "a page")]
    [InlineData("https://app.example/?q#f", "root index")]
    [InlineData("https://APP.EXAMPLE/a/page.html", "a page")]
    [InlineData("https://app.example:443/a/page.html", "a page")]
    [InlineData("https://app.example/a//page.html", "a page")]
    [InlineData("https://app.example//a/page.html", "a page")]
    [InlineData("https://app.example/%61/page%2Ehtml", "a page")]
    [InlineData("https://app.example/with space ü.js", "spaced")]
    [InlineData("https://app.example/with%20space%20%C3%BC.js", "spaced")]
    public void Fetch_UrlPath_MapsToTheFileUnderTheOriginsFolder(string url, string expected)
    {
        var result = map.Fetch(Url.Parse(url));

        Assert.False(result.IsNetworkError, result.ErrorMessage);
        Assert.Equal(SiteFetchError.None, result.Error);
        Assert.Equal(expected, result.GetText());
        Assert.StartsWith(site.PathOf("app") + Path.DirectorySeparatorChar, result.FilePath);
    }

    [Theory]
    [InlineData("file.html", "text/html")]
    [InlineData("file.HTML", "text/html")]
    [InlineData("file.htm", "text/html")]
    [InlineData("file.js", "text/javascript")]
    [InlineData("file.mjs", "text/javascript")]
    [InlineData("file.json", "application/json")]
    [InlineData("file.css", "text/css")]
    [InlineData("file.txt", "text/plain")]
    [InlineData("file.svg", "image/svg+xml")]
    [InlineData("file.png", "image/png")]
    [InlineData("file.wasm", "application/wasm")]
    [InlineData("file.bin", "application/octet-stream")]
    [InlineData("noextension", "application/octet-stream")]
    public void Fetch_File_HasTheContentTypeOfItsExtension(string name, string contentType)
    {
        site.Write("app/types/file.html", "html");

        var result = map.Fetch(Url.Parse("https://app.example/types/" + name));

        Assert.Equal(contentType, result.ContentType);
    }

    [Theory]
    [InlineData("https://other.example/")]
    [InlineData("http://app.example/")]
    [InlineData("https://app.example:8443/")]
    [InlineData("https://www.app.example/")]
    [InlineData("file:///index.html")]
    [InlineData("about:blank")]
    [InlineData("data:text/html,hi")]
    [InlineData("blob:https://app.example/1234")]
    public void Fetch_UnmappedOriginOrScheme_IsAnUnknownOriginNetworkError(string url)
    {
        var result = map.Fetch(Url.Parse(url));

        Assert.True(result.IsNetworkError);
        Assert.Equal(SiteFetchError.UnknownOrigin, result.Error);
        Assert.True(result.Body.IsEmpty);
        Assert.Null(result.ContentType);
    }

    [Fact]
    public void Fetch_MissingFile_IsAMissingFileErrorNamingTheUrl()
    {
        var result = map.Fetch(Url.Parse("https://app.example/a/nothing.js?v=2"));

        Assert.Equal(SiteFetchError.MissingFile, result.Error);
        Assert.StartsWith("Failed to load https://app.example/a/nothing.js?v=2: ", result.ErrorMessage);
        Assert.Contains("a/nothing.js", result.ErrorMessage);
    }

    [Fact]
    public void Fetch_FolderWithoutTrailingSlash_IsNotAFile()
    {
        var result = map.Fetch(Url.Parse("https://app.example/a"));

        Assert.Equal(SiteFetchError.NotAFile, result.Error);
    }

    [Fact]
    public void Fetch_FolderWithoutIndex_IsMissingFile()
    {
        var result = map.Fetch(Url.Parse("https://app.example/folder/"));

        Assert.Equal(SiteFetchError.MissingFile, result.Error);
    }

    [Fact]
    public void Fetch_FileAddedAfterLoading_IsFound()
    {
        site.Write("app/later.js", "later");

        var result = map.Fetch(Url.Parse("https://app.example/later.js"));

        Assert.Equal("later", result.GetText());
    }

    [Fact]
    public void GetText_FileWithByteOrderMark_DropsIt()
    {
        File.WriteAllBytes(site.PathOf("app/bom.js"), [0xEF, 0xBB, 0xBF, (byte)'x']);

        var result = map.Fetch(Url.Parse("https://app.example/bom.js"));

        Assert.Equal("x", result.GetText());
        Assert.Equal(4, result.Body.Length);
    }
}

using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SitePathTraversalTests : IDisposable
{
    private const string Secret = "SECRET";

    private readonly TempSite site = new();
    private readonly string siteFolder;
    private readonly SiteMap map;

    public SitePathTraversalTests()
    {
        site.Write("secret.txt", Secret);
        site.Write("outside/secret.txt", Secret);
        site.Write("site/index.html", "index");
        site.Write("site/sub/index.html", "sub index");
        site.Write("site/sub/page.html", "sub page");
        siteFolder = site.PathOf("site");
        map = SiteMap.Load(site.Write("sites.json", """{"entry": "https://app.example/", "origins": {"https://app.example": "site"}}"""));
    }

    public void Dispose() => site.Dispose();

    public static TheoryData<string> HostilePaths => new()
    {
        "/../secret.txt",
        "/../../../../../../etc/passwd",
        "/sub/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/./../secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/sub/..%2f..%2fsecret.txt",
        "/sub%2f..%2f..%2fsecret.txt",
        "/..\\secret.txt",
        "/sub\\..\\..\\secret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/..%5c..%5csecret.txt",
        "/%2e%2e%5csecret.txt",
        "/%252e%252e/secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/..%00/secret.txt",
        "/index.html%00.txt",
        "/%00",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/%2f%2fetc/passwd",
        "/C:%5cWindows%5cwin.ini",
        "/C:/Windows/win.ini",
        "/..;/secret.txt",
        "/sub/%2e%2e",
        "/%2e%2e",
        "/outside/../../outside/secret.txt",
    };

    [Theory]
    [MemberData(nameof(HostilePaths))]
    public void Fetch_HostilePath_StaysInsideTheFolderOrFails(string path)
    {
        var result = map.Fetch(Url.Parse("https://app.example" + path));

        if (result.IsNetworkError)
        {
            Assert.NotEqual(SiteFetchError.UnknownOrigin, result.Error);
            Assert.True(result.Body.IsEmpty);
            Assert.Null(result.FilePath);
        }
        else
        {
            Assert.StartsWith(siteFolder + Path.DirectorySeparatorChar, result.FilePath);
            Assert.NotEqual(Secret, result.GetText());
        }
    }

    [Theory]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/sub%2fpage.html")]
    public void Fetch_EncodedSeparator_IsOutsideFolderEvenWhenTheTargetIsInside(string path)
    {
        var result = map.Fetch(Url.Parse("https://app.example" + path));

        Assert.Equal(SiteFetchError.OutsideFolder, result.Error);
        Assert.Contains("could leave the origin's folder", result.ErrorMessage);
    }

    [Theory]
    [InlineData("/%00")]
    [InlineData("/index.html%00.txt")]
    public void Fetch_EncodedNul_IsMissingFile(string path)
    {
        var result = map.Fetch(Url.Parse("https://app.example" + path));

        Assert.Equal(SiteFetchError.MissingFile, result.Error);
    }

    [Fact]
    public void Fetch_DotSegmentsResolvedByTheUrlParser_StayInside()
    {
        var result = map.Fetch(Url.Parse("https://app.example/sub/%2e%2e/sub/./page.html"));

        Assert.Equal("sub page", result.GetText());
    }

    [Fact]
    public void Fetch_SymlinkToFileOutside_IsOutsideFolder()
    {
        File.CreateSymbolicLink(site.PathOf("site/relative.txt"), "../secret.txt");
        File.CreateSymbolicLink(site.PathOf("site/absolute.txt"), site.PathOf("secret.txt"));

        Assert.Equal(SiteFetchError.OutsideFolder, map.Fetch(Url.Parse("https://app.example/relative.txt")).Error);
        Assert.Equal(SiteFetchError.OutsideFolder, map.Fetch(Url.Parse("https://app.example/absolute.txt")).Error);
    }

    [Fact]
    public void Fetch_ThroughSymlinkedFolderOutside_IsOutsideFolder()
    {
        Directory.CreateSymbolicLink(site.PathOf("site/escape"), "../outside");
        Directory.CreateSymbolicLink(site.PathOf("site/sub/deeper"), "../escape");

        Assert.Equal(SiteFetchError.OutsideFolder, map.Fetch(Url.Parse("https://app.example/escape/secret.txt")).Error);
        Assert.Equal(SiteFetchError.OutsideFolder, map.Fetch(Url.Parse("https://app.example/sub/deeper/secret.txt")).Error);
    }

    [Fact]
    public void Fetch_SymlinkThatLeavesAndComesBack_IsServed()
    {
        // "../site/sub/page.html" passes outside on the way but ends inside: only the end counts.
        File.CreateSymbolicLink(site.PathOf("site/alias.html"), "../site/sub/page.html");
        Directory.CreateSymbolicLink(site.PathOf("site/same"), "sub");

        Assert.Equal("sub page", map.Fetch(Url.Parse("https://app.example/alias.html")).GetText());
        Assert.Equal("sub page", map.Fetch(Url.Parse("https://app.example/same/page.html")).GetText());
    }

    [Fact]
    public void Fetch_SymlinkLoop_IsMissingFile()
    {
        File.CreateSymbolicLink(site.PathOf("site/loop1"), "loop2");
        File.CreateSymbolicLink(site.PathOf("site/loop2"), "loop1");

        Assert.Equal(SiteFetchError.MissingFile, map.Fetch(Url.Parse("https://app.example/loop1")).Error);
    }

    [Fact]
    public void Fetch_DanglingSymlink_IsMissingFile()
    {
        File.CreateSymbolicLink(site.PathOf("site/dangling.js"), "nowhere.js");

        Assert.Equal(SiteFetchError.MissingFile, map.Fetch(Url.Parse("https://app.example/dangling.js")).Error);
    }

    [Fact]
    public void Load_OriginFolderThatIsASymlink_ServesTheLinkedFolder()
    {
        Directory.CreateSymbolicLink(site.PathOf("linked"), "site");
        var linked = SiteMap.Load(site.Write("linked.json", """{"entry": "https://app.example/", "origins": {"https://app.example": "linked"}}"""));

        Assert.Equal("sub page", linked.Fetch(Url.Parse("https://app.example/sub/page.html")).GetText());
    }
}

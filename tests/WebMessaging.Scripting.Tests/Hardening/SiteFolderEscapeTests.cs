using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;
using WebMessaging.Scripting.Tests.Sites;

namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>
/// A page cannot make the runtime read a file outside its origin's folder: script and iframe URLs
/// that climb out of the folder (plain, percent-encoded, double-encoded, with backslashes, in mixed
/// case, through a symbolic link) fail with a network error, and nothing of the file outside runs.
/// </summary>
public sealed class SiteFolderEscapeTests : IDisposable
{
    private readonly TempSite site = new();

    public SiteFolderEscapeTests()
    {
        site.Write("secret.js", "console.log('LEAKED secret.js');");
        site.Write("secret.html", "<script>console.log('LEAKED secret.html');</script>");
        site.Write("outside/secret.js", "console.log('LEAKED outside/secret.js');");
        site.Write("app/inside.js", "console.log('inside runs');");
        site.Write("app/index.html", "<p>index</p>");
        site.Write("app/sub/inside.js", "console.log('sub inside runs');");
        site.Write("sites.json", """{"entry": "https://app.test/", "origins": {"https://app.test": "app"}}""");
    }

    public void Dispose() => site.Dispose();

    public static TheoryData<string> EscapingUrls => new()
    {
        "/../secret.js",
        "/../../../../../../../secret.js",
        "/sub/../../secret.js",
        "/%2e%2e/secret.js",
        "/%2E%2E/secret.js",
        "/%2e%2E/secret.js",
        "/.%2E/secret.js",
        "/%2e./secret.js",
        "/..%2fsecret.js",
        "/..%2Fsecret.js",
        "/sub%2f..%2f..%2fsecret.js",
        "/%252e%252e/secret.js",
        "/%252e%252e%252fsecret.js",
        "/..\\secret.js",
        "\\..\\secret.js",
        "/sub\\..\\..\\secret.js",
        "/..%5csecret.js",
        "/..%5Csecret.js",
        "/%2e%2e%5csecret.js",
        "/%c0%ae%c0%ae/secret.js",
        "/..;/secret.js",
        "/..%00/secret.js",
        "/outside/../../outside/secret.js",
        "/../outside/secret.js",
        "//../secret.js",
        "/%2f..%2fsecret.js",
        "file:///etc/passwd",
        "/link.js",
        "/linked-folder/secret.js",
    };

    [Theory]
    [MemberData(nameof(EscapingUrls))]
    public void ScriptSrcThatLeavesTheFolder_FailsToLoad_AndNothingOutsideRuns(string url)
    {
        LinkOutOfTheFolder();
        using (var browser = new ScriptedBrowser(SiteMap.Load(site.Root), new ScriptedBrowserOptions()))
        {
            var page = browser.LoadHtml($"<script src=\"{url}\"></script><script src=\"/sub/inside.js\"></script>", "https://app.test/");
            browser.RunUntilIdle();

            Assert.Equal(["sub inside runs"], browser.ConsoleMessages.Select(m => m.Message.Text));
            var failure = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.Network, failure.Kind);
            Assert.DoesNotContain(site.Root, failure.Message, StringComparison.Ordinal);
            GC.KeepAlive(page);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Theory]
    [InlineData("/../secret.html")]
    [InlineData("/%2e%2e/secret.html")]
    [InlineData("/%2E%2e%2Fsecret.html")]
    [InlineData("/..%5csecret.html")]
    public void IframeSrcThatLeavesTheFolder_LoadsAnEmptyDocument(string url)
    {
        using var browser = new ScriptedBrowser(SiteMap.Load(site.Root), new ScriptedBrowserOptions());
        browser.LoadHtml($"<iframe src=\"{url}\"></iframe><script>addEventListener('load', () => console.log('frame body: ' + JSON.stringify(frames[0].document.body.innerHTML)));</script>", "https://app.test/");
        browser.RunUntilIdle();

        Assert.Equal(["frame body: \"\""], browser.ConsoleMessages.Select(m => m.Message.Text));
        Assert.Equal(PageDiagnosticKind.Network, Assert.Single(HostilePage.Errors(browser)).Kind);
    }

    [Fact]
    public void InsideTheFolder_DotSegmentsThatStayInside_Load()
    {
        using var browser = new ScriptedBrowser(SiteMap.Load(site.Root), new ScriptedBrowserOptions());
        browser.LoadHtml("<script src=\"/sub/../inside.js\"></script><script src=\"/sub/%2e%2e/sub/./inside.js\"></script>", "https://app.test/");
        browser.RunUntilIdle();

        Assert.Equal(["inside runs", "sub inside runs"], browser.ConsoleMessages.Select(m => m.Message.Text));
    }

    // A file and a folder inside the origin's folder that are symbolic links to places outside it.
    private void LinkOutOfTheFolder()
    {
        if (!File.Exists(site.PathOf("app/link.js")))
        {
            File.CreateSymbolicLink(site.PathOf("app/link.js"), site.PathOf("secret.js"));
            Directory.CreateSymbolicLink(site.PathOf("app/linked-folder"), site.Root);
        }
    }
}

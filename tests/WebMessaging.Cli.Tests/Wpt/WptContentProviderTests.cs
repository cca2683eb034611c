using WebMessaging.Cli.Wpt;
using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptContentProviderTests : IDisposable
{
    private readonly WptCheckoutFolder checkout = new(harness: null);

    public void Dispose() => checkout.Dispose();

    [Fact]
    public void Open_ServesTheCheckoutOnEveryWptHostAsItsOwnOrigin()
    {
        checkout.Write("x/file.txt", "hello");
        var sites = WptCheckout.Open(checkout.Root).Sites;

        foreach (var origin in (string[])["http://web-platform.test", "https://web-platform.test", "http://www.web-platform.test", "http://www1.web-platform.test", "https://www2.web-platform.test", "http://not-web-platform.test", "http://web-platform.test:8001"])
        {
            Assert.Equal("hello", sites.Fetch(Url.Parse(origin + "/x/file.txt")).GetText());
        }

        Assert.Equal(SiteFetchError.UnknownOrigin, sites.Fetch(Url.Parse("http://example.test/x/file.txt")).Error);
        Assert.False(Origin.Parse("http://www1.web-platform.test").IsSameOrigin(Origin.Parse("http://web-platform.test")));
    }

    [Fact]
    public void Open_AFolderWithoutTestharness_IsBadInput()
    {
        File.Delete(Path.Combine(checkout.Root, "resources", "testharness.js"));

        var error = Assert.Throws<WptInputException>(() => WptCheckout.Open(checkout.Root));

        Assert.Contains("is not a web-platform-tests checkout: it has no resources/testharness.js", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_TestharnessReport_IsTheHookThenTheCheckoutsFile()
    {
        var report = Fetch("http://www.web-platform.test/resources/testharnessreport.js");

        Assert.StartsWith("// Added by webmsg wpt", report.GetText(), StringComparison.Ordinal);
        Assert.Contains("add_completion_callback", report.GetText(), StringComparison.Ordinal);
        Assert.EndsWith("\nself.checkoutReportLoaded = true;\n", report.GetText(), StringComparison.Ordinal);
        Assert.Equal("text/javascript", report.ContentType);
    }

    [Fact]
    public void Fetch_AnAnyPage_IsGeneratedFromItsTest()
    {
        checkout.Write("d/t.any.js", "// META: script=/common/h.js\ntest(() => {});");

        var page = Fetch("http://web-platform.test/d/t.any.html");

        Assert.Equal("text/html", page.ContentType);
        Assert.Contains("<script src=\"/common/h.js\"></script>", page.GetText(), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/d/t.any.js\"></script>", page.GetText(), StringComparison.Ordinal);
        Assert.Contains("importScripts(\"/d/t.any.js\");", Fetch("http://web-platform.test/d/t.any.worker.js").GetText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fetch_AScopeTheTestDoesNotRunIn_IsAMissingFile()
    {
        checkout.Write("d/w.any.js", "// META: global=window\n");

        Assert.False(Fetch("http://web-platform.test/d/w.any.html").IsNetworkError);
        Assert.Equal(SiteFetchError.MissingFile, Fetch("http://web-platform.test/d/w.any.worker.html").Error);
        Assert.Equal(SiteFetchError.MissingFile, Fetch("http://web-platform.test/d/none.any.html").Error);
    }

    [Fact]
    public void Fetch_ASubFile_IsSubstitutedForTheUrlAskedFor()
    {
        checkout.Write("d/s.sub.js", "var where = '{{location[host]}}', other = '{{domains[www2]}}', q = '{{GET[q]}}';");
        checkout.Write("d/plain.js", "var untouched = '{{host}}';");

        Assert.Equal("var where = 'www1.web-platform.test:443', other = 'www2.web-platform.test', q = '7';", Fetch("https://www1.web-platform.test/d/s.sub.js?q=7").GetText());
        Assert.Equal("var untouched = '{{host}}';", Fetch("http://web-platform.test/d/plain.js").GetText());
    }

    private SiteFetchResult Fetch(string url) => WptCheckout.Open(checkout.Root).Sites.Fetch(Url.Parse(url));
}

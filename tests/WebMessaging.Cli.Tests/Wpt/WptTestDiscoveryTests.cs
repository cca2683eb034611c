using WebMessaging.Cli.Wpt;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptTestDiscoveryTests : IDisposable
{
    private const string Harness = "<script src=\"/resources/testharness.js\"></script>";
    private readonly WptCheckoutFolder checkout = new(harness: null);

    public void Dispose() => checkout.Dispose();

    [Fact]
    public void Discover_AFolder_FindsHtmlTestsAndTheGeneratedPagesOfJavaScriptTests()
    {
        checkout.Write("d/page.html", Harness);
        checkout.Write("d/long.htm", "<meta name=timeout content=long>" + Harness);
        checkout.Write("d/not-a-test.html", "<p>reference</p>");
        checkout.Write("d/manual-manual.html", Harness);
        checkout.Write("d/both.any.js", "// META: timeout=long\ntest(() => {});");
        checkout.Write("d/only-window.any.js", "// META: global=window\n");
        checkout.Write("d/w.window.js", "");
        checkout.Write("d/k.worker.js", "");
        checkout.Write("d/sub/secure.https.html", Harness);
        checkout.Write("d/resources/helper.html", Harness);
        checkout.Write("d/support/frame.html", Harness);

        var tests = Discover("d");

        Assert.Equal(
            [
                new WptTest("/d/both.any.html", false, true),
                new WptTest("/d/both.any.worker.html", false, true),
                new WptTest("/d/k.worker.html", false, false),
                new WptTest("/d/long.htm", false, true),
                new WptTest("/d/only-window.any.html", false, false),
                new WptTest("/d/page.html", false, false),
                new WptTest("/d/sub/secure.https.html", true, false),
                new WptTest("/d/w.window.html", false, false),
            ],
            tests);
    }

    [Fact]
    public void Discover_Variants_GiveOneTestEach()
    {
        checkout.Write("v/page.html", "<meta name=variant content=\"?1-10\"><meta name=variant content=\"?11-last\">" + Harness);
        checkout.Write("v/script.any.js", "// META: global=window\n// META: variant=?a\n// META: variant=?b\n");

        var paths = Discover("v").Select(test => test.Path);

        Assert.Equal(["/v/page.html?1-10", "/v/page.html?11-last", "/v/script.any.html?a", "/v/script.any.html?b"], paths);
    }

    [Fact]
    public void Discover_AGeneratedPageByName_RunsThatPageOnly()
    {
        checkout.Write("g/t.any.js", "");

        var tests = Discover(Path.Combine(checkout.Root, "g", "t.any.worker.html"));

        Assert.Equal([new WptTest("/g/t.any.worker.html", false, false)], tests);
        Assert.Equal("http://web-platform.test/g/t.any.worker.html", tests[0].Url);
    }

    [Fact]
    public void Discover_NamesWithSpacesAndPercents_ArePercentEncodedInTheUrl()
    {
        checkout.Write("e/a b%.html", Harness);

        Assert.Equal("/e/a%20b%25.html", Assert.Single(Discover("e")).Path);
    }

    [Fact]
    public void Discover_ALinkedFolder_IsNotFollowed()
    {
        checkout.Write("l/page.html", Harness);
        Directory.CreateSymbolicLink(Path.Combine(checkout.Root, "l", "loop"), Path.Combine(checkout.Root, "l"));

        Assert.Equal("/l/page.html", Assert.Single(Discover("l")).Path);
    }

    [Fact]
    public void Discover_AFileThatIsNotATest_IsBadInput()
    {
        checkout.Write("d/plain.html", "<p>no harness</p>");

        var error = Assert.Throws<WptInputException>(() => Discover("d/plain.html"));

        Assert.Contains("'d/plain.html' is not a testharness.js test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_AMissingPath_IsBadInput()
    {
        var error = Assert.Throws<WptInputException>(() => Discover("nowhere"));

        Assert.Contains("'nowhere': no such file or folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Discover_APathOutsideTheCheckout_IsBadInput()
    {
        var error = Assert.Throws<WptInputException>(() => Discover(Path.GetTempPath()));

        Assert.Contains("is outside the checkout", error.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<WptTest> Discover(params string[] paths) => new WptTestDiscovery(checkout.Root).Discover(paths);
}

using System.Text;
using CsCheck;
using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SiteMapPropertyTests : IDisposable
{
    private readonly TempSite site = new();

    public SiteMapPropertyTests()
    {
        site.Write("app/index.html", "app");
        site.Write("app/a.js", "a");
        site.Folder("widget");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Parse_RandomText_LoadsOrThrowsSiteMapException()
    {
        Gen.String.Sample(text => LoadsOrRejects(Encoding.UTF8.GetBytes(text)), iter: 5_000);
    }

    [Fact]
    public void Parse_RandomBytes_LoadsOrThrowsSiteMapException()
    {
        Gen.Byte.Array[0, 64].Sample(LoadsOrRejects, iter: 5_000);
    }

    [Fact]
    public void Parse_RandomSiteMapLikeTokens_LoadsOrThrowsSiteMapException()
    {
        // Pieces of real site maps, so that most inputs get past the JSON parser and reach
        // the checks of entry, origins and folders.
        var tokens = Gen.OneOf(
            "{", "}", "[", "]", ":", ",", "\"entry\"", "\"origins\"", "\"https://app.example/\"",
            "\"https://app.example\"", "\"https://widget.example\"", "\"HTTPS://APP.EXAMPLE:443\"",
            "\"app\"", "\"widget\"", "\"./app\"", "\"..\"", "\"/\"", "\"\\u0000\"", "\"\\ud800\"",
            "\"https://app.example/a.js\"", "\"https://app.example/..%2f\"", "\"about:blank\"",
            "\"http://[::1]:99999\"", "null", "true", "1e999", "-0", "\"\"", "\"app\\u0000\"",
            "\"https://app.example/missing\"", "\"ftp://x\"", "\"https://a:b@app.example\"", " ", "\n", "//c\n");
        var sane = Gen.Select(tokens.Array[0, 12], tokens.Array[0, 12])
            .Select((entry, origins) => "{\"entry\": " + string.Concat(entry) + ", \"origins\": {" + string.Concat(origins) + "}}");
        var loose = tokens.Array[0, 24].Select(parts => string.Concat(parts));

        Gen.OneOf(sane, loose).Sample(text => LoadsOrRejects(Encoding.UTF8.GetBytes(text)), iter: 20_000);
    }

    [Fact]
    public void Load_RandomFileContents_LoadsOrThrowsSiteMapException()
    {
        var file = site.PathOf("sites.json");
        Gen.String.Sample(text =>
        {
            File.WriteAllText(file, text);
            try
            {
                Assert.NotNull(SiteMap.Load(file).Entry);
            }
            catch (SiteMapException e)
            {
                Assert.StartsWith(file + ": ", e.Message);
                Assert.DoesNotContain('\n', e.Message);
            }
        }, iter: 300);
    }

    [Fact]
    public void Fetch_RandomPath_NeverThrowsAndNeverLeavesTheFolder()
    {
        var map = SiteMap.Load(site.Write("sites.json", """{"entry": "https://app.example/", "origins": {"https://app.example": "app"}}"""));
        var folder = site.PathOf("app") + Path.DirectorySeparatorChar;
        var paths = Gen.String[Gen.Char["./\\%2eEfF5cC0a:;?#\u00FC"], 0, 24];

        paths.Sample(path =>
        {
            if (!Url.TryParse("https://app.example/" + path, null, out var url))
            {
                return;
            }

            var result = map.Fetch(url);
            Assert.True(result.IsNetworkError || result.FilePath!.StartsWith(folder, StringComparison.Ordinal), result.FilePath);
        }, iter: 20_000);
    }

    private void LoadsOrRejects(byte[] json)
    {
        try
        {
            var map = SiteMapLoader.Parse(json, "sites.json", site.Root);
            Assert.False(map.Fetch(map.Entry).IsNetworkError);
        }
        catch (SiteMapException e)
        {
            Assert.StartsWith("sites.json: ", e.Message);
            Assert.DoesNotContain('\n', e.Message);
        }
    }
}

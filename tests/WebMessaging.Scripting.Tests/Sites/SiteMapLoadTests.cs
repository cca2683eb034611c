using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

public sealed class SiteMapLoadTests : IDisposable
{
    private const string ValidMap = """
        {"entry": "https://app.example/", "origins": {"https://app.example": "app", "https://widget.example": "widget"}}
        """;

    private readonly TempSite site = new();

    public SiteMapLoadTests()
    {
        site.Write("app/index.html", "<p>app</p>");
        site.Write("widget/index.html", "<p>widget</p>");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Load_SitesJsonFile_MapsEachOriginToItsFolderRelativeToTheFile()
    {
        var file = site.Write("sites.json", ValidMap);

        var map = SiteMap.Load(file);

        Assert.Equal("https://app.example/", map.Entry.Href);
        Assert.Equal(2, map.Origins.Count);
        Assert.Equal(site.PathOf("app"), map.Origins[Origin.Parse("https://app.example")].Folder);
        Assert.Equal(site.PathOf("widget"), map.Origins[Origin.Parse("https://widget.example")].Folder);
    }

    [Fact]
    public void Load_FolderHoldingSitesJson_LoadsThatFile()
    {
        site.Write("sites.json", ValidMap);

        var map = SiteMap.Load(site.Root);

        Assert.Equal("<p>widget</p>", map.Fetch(Url.Parse("https://widget.example/")).GetText());
    }

    [Fact]
    public void Load_WithCommentsTrailingCommasAndByteOrderMark_IsAccepted()
    {
        var file = site.Write("sites.json", "\uFEFF{\n  // the app\n  \"entry\": \"https://app.example/\",\n  \"origins\": {\"https://app.example\": \"app\",},\n}");

        var map = SiteMap.Load(file);

        Assert.Single(map.Origins);
    }

    [Fact]
    public void Load_OriginKeysWrittenDifferently_AreMatchedAsOrigins()
    {
        var file = site.Write("sites.json", """
            {"entry": "https://app.example/", "origins": {"HTTPS://APP.example:443/": "app", "http://widget.example:8080": "widget"}}
            """);

        var map = SiteMap.Load(file);

        Assert.True(map.Origins.ContainsKey(Origin.Parse("https://app.example")));
        Assert.True(map.Origins.ContainsKey(Origin.Parse("http://widget.example:8080")));
    }

    [Fact]
    public void Load_ManyOriginsOnOneFolder_ServeTheSameFiles()
    {
        var file = site.Write("sites.json", """
            {"entry": "https://app.example/", "origins": {"https://app.example": "app", "https://www.app.example": "app", "http://app.example:8000": "./app"}}
            """);

        var map = SiteMap.Load(file);

        Assert.Equal(3, map.Origins.Count);
        foreach (var url in new[] { "https://app.example/", "https://www.app.example/", "http://app.example:8000/index.html" })
        {
            var result = map.Fetch(Url.Parse(url));
            Assert.Equal("<p>app</p>", result.GetText());
        }
    }

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        var file = site.PathOf("nothing/sites.json");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(file));

        Assert.Equal(file, error.FilePath);
        Assert.Contains(file, error.Message);
        Assert.Contains("file not found", error.Message);
    }

    [Fact]
    public void Load_FolderWithoutSitesJson_SaysSo()
    {
        var folder = site.Folder("empty");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(folder));

        Assert.Contains(folder, error.Message);
        Assert.Contains("holds no sites.json", error.Message);
    }

    [Fact]
    public void Load_EmptyPath_IsRejected()
    {
        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(""));

        Assert.Contains("no site map path", error.Message);
    }

    [Fact]
    public void Load_InvalidJson_NamesLineAndPosition()
    {
        var file = site.Write("sites.json", "{\n  \"entry\": ,\n}");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(file));

        Assert.StartsWith(file + ": invalid JSON at line 2, position 12", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("\"https://app.example/\"", "must be a JSON object")]
    [InlineData("""{"origins": {"https://app.example": "app"}}""", "missing \"entry\"")]
    [InlineData("""{"entry": "https://app.example/"}""", "missing \"origins\"")]
    [InlineData("""{"entry": 42, "origins": {"https://app.example": "app"}}""", "\"entry\" must be a string, not a number")]
    [InlineData("""{"entry": "app.example", "origins": {"https://app.example": "app"}}""", "the entry 'app.example' is not a valid absolute URL")]
    [InlineData("""{"entry": "file:///app/index.html", "origins": {"https://app.example": "app"}}""", "must be an http or https URL")]
    [InlineData("""{"entry": "https://other.example/", "origins": {"https://app.example": "app"}}""", "the entry's origin https://other.example is not in \"origins\"")]
    [InlineData("""{"entry": "https://app.example/", "origins": ["app"]}""", "\"origins\" must be an object")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": "app", "not a url": "app"}}""", "the origin 'not a url' is not a valid absolute URL")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example/app": "app"}}""", "the origin 'https://app.example/app' has a path")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example/?q": "app"}}""", "has a path, query or fragment")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"ftp://app.example": "app"}}""", "must be an http or https URL")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://u:p@app.example": "app"}}""", "must not have a user name or password")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": "app", "https://APP.example:443": "widget"}}""", "are the same origin")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": 1}}""", "must be a string, not a number")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": ""}}""", "is empty")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": "no-such-folder"}}""", "the folder 'no-such-folder' of origin 'https://app.example' does not exist")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": "app\u0000x"}}""", "of origin 'https://app.example'")]
    [InlineData("""{"entry": "https://app.example/missing.html", "origins": {"https://app.example": "app"}}""", "the entry cannot be loaded")]
    [InlineData("""{"entry": "https://app.example/", "origins": {"https://app.example": "app"}, "entries": 1}""", "unknown property \"entries\"")]
    [InlineData("""{"entry": "https://app.example/", "entry": "https://app.example/", "origins": {}}""", "\"entry\" appears twice")]
    [InlineData("""{"entry": "\uD800", "origins": {}}""", "not valid text")]
    public void Load_InvalidMap_NamesTheFileAndTheProblem(string json, string problem)
    {
        var file = site.Write("sites.json", json);

        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(file));

        Assert.StartsWith(file + ": ", error.Message);
        Assert.Contains(problem, error.Problem);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Load_ProblemWithControlCharacters_StaysOnOneLine()
    {
        var file = site.Write("sites.json", """{"entry": "https://app.example/", "origins": {"bad\norigin": "app"}}""");

        var error = Assert.Throws<SiteMapException>(() => SiteMap.Load(file));

        Assert.Contains("bad\\norigin", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}

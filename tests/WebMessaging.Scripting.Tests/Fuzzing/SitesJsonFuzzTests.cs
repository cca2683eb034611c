using System.Text;
using System.Text.Json;
using CsCheck;
using WebMessaging.Scripting.Sites;
using WebMessaging.Scripting.Tests.Sites;
using WebMessaging.Tests.Fuzzing;

namespace WebMessaging.Scripting.Tests.Fuzzing;

/// <summary>The sites.json loader under mutated and generated site maps: it loads or throws <see cref="SiteMapException"/>, nothing else, and never hangs.</summary>
public sealed class SitesJsonFuzzTests : IDisposable
{
    private const string Valid = """
        {
          // comment
          "entry": "https://app.example/index.html",
          "origins": {
            "https://app.example": "app",
            "https://widget.example:8443/": "./widget",
            "http://[::1]:8080": ".",
          }
        }
        """;

    // Strings a hostile or careless sites.json may hold where URLs and folders go.
    private static readonly string[] Hostile =
    [
        "", ".", "..", "../..", "/", "/etc", "/etc/passwd", "app", "./widget", "app/../..", "\\\\server\\share", "C:\\", "~",
        "\0", "app\0", new string('a', 5000), "%2e%2e", "app/index.html", "\uD800", "https://app.example", "https://app.example/",
        "http://[::1]:8080", "https://app.example/index.html", "https://widget.example:8443/", "file:///etc", "about:blank",
        "https://user:pw@app.example", "https://app.example/?q", "https://app.example#f", "HTTPS://APP.EXAMPLE:443/", "javascript:0",
    ];

    private readonly TempSite site = new();

    public SitesJsonFuzzTests()
    {
        site.Write("app/index.html", "<p>app</p>");
        site.Write("widget/index.html", "<p>widget</p>");
        site.Write("index.html", "<p>root</p>");
    }

    public void Dispose() => site.Dispose();

    [Fact]
    public void Parse_MutatedValidSiteMap_LoadsOrThrowsSiteMapException()
    {
        SiteMapLoader.Parse(Encoding.UTF8.GetBytes(Valid), "sites.json", site.Root);
        var bytes = Fuzz.Mutations(Gen.Const(Encoding.UTF8.GetBytes(Valid)), maxEdits: 6);

        Fuzz.Run(bytes, Load, Convert.ToHexString);
    }

    [Fact]
    public void Parse_GeneratedSiteMapsWithHostileValues_LoadsOrThrowsSiteMapException()
    {
        var text = Gen.Int[0, Hostile.Length - 1].Select(i => Hostile[i]);
        var value = Gen.OneOf(
            text.Select(s => (object?)s),
            Gen.Double.Select(d => (object?)d),
            Gen.Const((object?)null),
            Gen.Bool.Select(b => (object?)b),
            text.Array[0, 3].Select(a => (object?)a));
        var origins = Gen.Select(text, Gen.OneOf(text.Select(s => (object?)s), value)).Array[0, 4];
        var map = Gen.Select(Gen.OneOf(text.Select(s => (object?)s), value), Gen.OneOf(origins.Select(o => (object?)o), value), Gen.Int[0, 3], (entry, originsValue, shape) =>
        {
            var document = new StringBuilder("{");
            if (shape != 1)
            {
                document.Append("\"entry\":").Append(JsonSerializer.Serialize(entry)).Append(',');
            }

            if (shape != 2)
            {
                document.Append("\"origins\":").Append(Serialize(originsValue));
            }

            if (shape == 3)
            {
                document.Append(",\"extra\":1");
            }

            return Encoding.UTF8.GetBytes(document.Append('}').ToString());
        });

        Fuzz.Run(map, Load, Encoding.UTF8.GetString);
    }

    private void Load(byte[] json) =>
        Fuzz.OnlyThrows<SiteMapException>(() => SiteMapLoader.Parse(json, "sites.json", site.Root), Convert.ToHexString(json));

    private static string Serialize(object? origins)
    {
        if (origins is not (string, object?)[] pairs)
        {
            return JsonSerializer.Serialize(origins);
        }

        var text = new StringBuilder("{");
        foreach (var (key, folder) in pairs)
        {
            text.Append(JsonSerializer.Serialize(key)).Append(':').Append(JsonSerializer.Serialize(folder)).Append(',');
        }

        return text.Append('}').ToString();
    }
}

using CsCheck;
using WebMessaging.Origins;

namespace WebMessaging.Tests.Fuzzing;

/// <summary>The URL parser, origins and the targetOrigin argument under random and mutated input: only <see cref="OriginSyntaxException"/> may escape, and nothing hangs.</summary>
public sealed class UrlParserFuzzTests
{
    private static readonly Url Base = Url.Parse("https://user:pass@base.example:8443/dir/page.html?q=1#frag");

    private static readonly string[] Seeds =
    [
        "https://a.example/", "http://a.example:8080/p?q#f", "HTTPS://A.EXAMPLE:443/", "https://xn--nxasmq6b.example/",
        "https://ü.example/", "http://[::1]:80/", "http://[2001:db8::1:0:0:1]/", "http://0x7f.1/", "http://192.168.0.257/",
        "file:///C:/dir/file.txt", "file://host/share", "blob:https://a.example/uuid", "data:text/html,<p>", "about:blank",
        "javascript:alert(1)", "mailto:a@b.example", "//a.example/x", "/../../etc/passwd", "%2e%2e/%2E%2E/x", "..\\..\\x",
        "https://a.example/%zz%", "https://a.example:99999/", "https://a b.example/", "http://a.example/?%ff#%00", "*", "/",
        "web+demo:/.//not-a-host/", "non-special://host:1/p", "https://@/", "http://[::ffff:1.2.3.4]/", "https://xn--/",
    ];

    private static readonly Gen<char> UrlChars = Gen.OneOf(
        Gen.Char[":/?#[]@!$&'()*+,;=%.-_~\\ \t\n0123456789abcdefxAZ"],
        Gen.Char[(char)0, (char)0x7F],
        Gen.Char[(char)0x80, (char)0xFFFF]);

    [Fact]
    public void Parse_RandomStrings_ThrowsOnlyOriginSyntaxException()
    {
        var input = Gen.OneOf(UrlChars.Array[0, 40].Select(chars => new string(chars)), Gen.String);

        Fuzz.Run(input, CheckParse, Quote);
    }

    [Fact]
    public void Parse_MutatedUrls_ThrowsOnlyOriginSyntaxException()
    {
        var input = Fuzz.Mutations(Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i]), UrlChars, maxEdits: 6);

        Fuzz.Run(input, CheckParse, Quote);
    }

    [Fact]
    public void TargetOrigin_RandomAndMutatedArguments_ThrowsOnlyOriginSyntaxException()
    {
        var caller = Origin.Parse("https://caller.example");
        var input = Gen.OneOf(Fuzz.Mutations(Gen.Int[0, Seeds.Length - 1].Select(i => Seeds[i]), UrlChars), UrlChars.Array[0, 12].Select(chars => new string(chars)));

        Fuzz.Run(input, argument => Fuzz.OnlyThrows<OriginSyntaxException>(() => TargetOrigin.Parse(argument, caller).ToString(), Quote(argument)), Quote);
    }

    [Theory]
    [InlineData("https://")]
    [InlineData("https://a.example/")]
    [InlineData("https://a.example/?")]
    [InlineData("http://[")]
    [InlineData("https://xn--")]
    public void Parse_HugeInputs_FinishQuickly(string prefix)
    {
        foreach (var filler in (string[])["a", "%", "../", "xn--a.", "1.", ":", "\u00FC", "\uD800"])
        {
            var input = prefix + string.Concat(Enumerable.Repeat(filler, 200_000 / filler.Length));
            var watch = System.Diagnostics.Stopwatch.StartNew();

            Fuzz.OnlyThrows<OriginSyntaxException>(() => Url.Parse(input), Quote(input[..40]) + "...");

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"Parsing {prefix} + {filler} x {200_000 / filler.Length} took {watch.Elapsed}.");
        }
    }

    private static void CheckParse(string input)
    {
        var quoted = Quote(input);
        if (Url.TryParse(input, null, out var absolute))
        {
            Fuzz.OnlyThrows<OriginSyntaxException>(() => Describe(absolute), quoted);
        }

        Fuzz.OnlyThrows<OriginSyntaxException>(() => Describe(Url.Parse(input, Base)), quoted);
    }

    // Every derived part a caller may read of a parsed URL.
    private static void Describe(Url url)
    {
        var origin = url.Origin;
        _ = origin.Serialize();
        _ = origin.IsSameOrigin(Origin.Parse("https://a.example"));
        _ = url.Href + url.Scheme + url.Host + url.Path + url.Query + url.Fragment + url.Port;
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}

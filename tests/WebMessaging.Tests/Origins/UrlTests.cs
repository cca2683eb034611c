using WebMessaging.Origins;

namespace WebMessaging.Tests.Origins;

public sealed class UrlTests
{
    [Fact]
    public void Parse_WithEveryComponent_ExposesEachSerialized()
    {
        var url = Url.Parse("HTTPS://us er:pa ss@Example.COM:8443/a b/c?q=1 2#frag ment");

        Assert.Equal("https", url.Scheme);
        Assert.Equal("us%20er", url.Username);
        Assert.Equal("pa%20ss", url.Password);
        Assert.Equal("example.com", url.Host);
        Assert.Equal(8443, url.Port);
        Assert.Equal("/a%20b/c", url.Path);
        Assert.False(url.HasOpaquePath);
        Assert.Equal("q=1%202", url.Query);
        Assert.Equal("frag%20ment", url.Fragment);
        Assert.True(url.IsSpecial);
    }

    [Fact]
    public void Parse_WithDefaultPort_ElidesPort()
    {
        Assert.Null(Url.Parse("wss://example.com:443/").Port);
    }

    [Fact]
    public void Parse_WithoutQueryOrFragment_LeavesThemNull()
    {
        var url = Url.Parse("https://example.com/");

        Assert.Null(url.Query);
        Assert.Null(url.Fragment);
    }

    [Fact]
    public void Parse_WithEmptyQueryAndFragment_KeepsThemEmpty()
    {
        var url = Url.Parse("https://example.com/?#");

        Assert.Equal(string.Empty, url.Query);
        Assert.Equal(string.Empty, url.Fragment);
        Assert.Equal("https://example.com/?#", url.Href);
    }

    [Fact]
    public void Parse_WithNonSpecialSchemeAndNoSlashes_HasOpaquePathAndNoHost()
    {
        var url = Url.Parse("mailto:someone@example.com?subject=hi");

        Assert.True(url.HasOpaquePath);
        Assert.Null(url.Host);
        Assert.Equal("someone@example.com", url.Path);
        Assert.Equal("subject=hi", url.Query);
        Assert.False(url.IsSpecial);
    }

    [Fact]
    public void Parse_WithCaretInPath_PercentEncodesIt()
    {
        // "The path percent-encode set is the query percent-encode set and U+003F (?), U+005E (^),
        // U+0060 (`), U+007B ({), and U+007D (})." (node 20 predates the addition of U+005E.)
        Assert.Equal("http://a/%5Ex", Url.Parse("http://a/^x").Href);
    }

    [Theory]
    [InlineData("javascript:a ?x", "javascript:a%20?x")]
    [InlineData("javascript:a #x", "javascript:a%20#x")]
    [InlineData("data:a b", "data:a b")]
    public void Parse_WithSpaceInOpaquePath_EncodesItOnlyBeforeQueryOrFragment(string input, string expectedHref)
    {
        // Opaque path state: "Otherwise, if c is U+0020 SPACE: 1. If remaining starts with U+003F
        // (?) or U+003F (#), then append "%20" to url's path. 2. Otherwise, append U+0020 SPACE to
        // url's path." (node 20 predates this step.)
        Assert.Equal(expectedHref, Url.Parse(input).Href);
    }

    [Fact]
    public void Parse_WithLoneSurrogateInPath_EncodesReplacementCharacter()
    {
        Assert.Equal("http://example.com/%EF%BF%BD", Url.Parse("http://example.com/\uD800").Href);
    }

    [Theory]
    [InlineData("http://xn--a-.com")]
    [InlineData("http://xn----.com")]
    public void Parse_WithPunycodeLabelDecodingToAscii_Fails(string input)
    {
        // UTS #46 ToASCII: a label starting with "xn--" whose decoded form contains only ASCII code
        // points is an error (node 20's older UTS #46 still accepts it).
        Assert.False(Url.TryParse(input, null, out _));
    }

    [Fact]
    public void Parse_WithNonAsciiLabelEdgedByHyphens_EncodesItAsUts46Does()
    {
        Assert.Equal("xn----eha.com", Url.Parse("http://-ü.com").Host);
    }

    [Fact]
    public void Parse_WithInvalidPort_ThrowsSyntaxErrorNamingInputAndProblem()
    {
        var error = Assert.Throws<OriginSyntaxException>(() => Url.Parse("http://a:65536/"));

        Assert.Equal("SyntaxError", error.Name);
        Assert.Equal("http://a:65536/", error.Input);
        Assert.Contains("'http://a:65536/'", error.Message, StringComparison.Ordinal);
        Assert.Contains("65535", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithRelativeInputAndNoBase_ExplainsTheMissingBase()
    {
        var error = Assert.Throws<OriginSyntaxException>(() => Url.Parse("/frame.html"));

        Assert.Contains("no base URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WithNullInput_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Url.Parse(null!));
    }

    [Fact]
    public void TryParse_WithInvalidHost_ReturnsFalseAndNull()
    {
        var parsed = Url.TryParse("http://a b/", null, out var url);

        Assert.False(parsed);
        Assert.Null(url);
    }

    [Fact]
    public void Parse_IframeSrcAgainstDocumentUrl_ResolvesRelativeReference()
    {
        var document = Url.Parse("https://app.example/pages/checkout.html?step=2");

        var frame = Url.Parse("../widgets/pay.html#top", document);

        Assert.Equal("https://app.example/widgets/pay.html#top", frame.Href);
    }

    [Fact]
    public void Parse_WithAbsoluteInputAndBase_IgnoresBase()
    {
        var frame = Url.Parse("https://pay.example/", Url.Parse("https://app.example/a/b"));

        Assert.Equal("https://pay.example/", frame.Href);
    }

    [Fact]
    public void ToString_ReturnsHref()
    {
        var url = Url.Parse("HTTP://Example.com:80");

        Assert.Equal("http://example.com/", url.ToString());
    }

    [Fact]
    public void Origin_OfHttpsUrl_IsTupleOfSchemeHostAndPort()
    {
        var origin = Url.Parse("https://[::1]:8443/x").Origin;

        Assert.False(origin.IsOpaque);
        Assert.Equal("https", origin.Scheme);
        Assert.Equal("[::1]", origin.Host);
        Assert.Equal(8443, origin.Port);
        Assert.Null(origin.Domain);
    }

    [Fact]
    public void Origin_OfOpaqueUrl_IsNewOnEveryRead()
    {
        var url = Url.Parse("about:blank");

        Assert.True(url.Origin.IsOpaque);
        Assert.False(url.Origin.IsSameOrigin(url.Origin));
    }

    [Fact]
    public void Origin_OfTupleUrl_IsSameOriginOnEveryRead()
    {
        var url = Url.Parse("https://example.com/");

        Assert.True(url.Origin.IsSameOrigin(url.Origin));
    }

    [Fact]
    public void Origin_OfBlobUrlWrappingHttps_IsTheWrappedUrlsOrigin()
    {
        Assert.Equal("https://widget.example", Url.Parse("blob:https://widget.example/0c7b-11f0").Origin.Serialize());
    }

    [Theory]
    [InlineData("blob:file:///dir/x")]
    [InlineData("blob:about:blank")]
    [InlineData("blob:not a url")]
    public void Origin_OfBlobUrlNotWrappingHttp_IsOpaque(string input)
    {
        Assert.True(Url.Parse(input).Origin.IsOpaque);
    }

    [Fact]
    public void Parse_FromManyThreadsAtOnce_GivesEachCallerItsOwnResult()
    {
        var failures = 0;

        Parallel.For(0, 2000, i =>
        {
            var input = $"https://host{i}.example:{1000 + i}/p{i}?q={i}#f{i}";
            var href = Url.Parse(input).Href;
            if (href != input)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}

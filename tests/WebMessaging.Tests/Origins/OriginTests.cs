using WebMessaging.Origins;

namespace WebMessaging.Tests.Origins;

public sealed class OriginTests
{
    [Fact]
    public void Serialize_OpaqueOrigin_ReturnsNull()
    {
        Assert.Equal("null", Origin.CreateOpaque().Serialize());
    }

    [Theory]
    [InlineData("https", "example.com", null, "https://example.com")]
    [InlineData("http", "example.com", 8080, "http://example.com:8080")]
    [InlineData("http", "[::1]", 3000, "http://[::1]:3000")]
    [InlineData("ws", "127.0.0.1", null, "ws://127.0.0.1")]
    public void Serialize_TupleOrigin_ReturnsSchemeHostAndPort(string scheme, string host, int? port, string expected)
    {
        var origin = Origin.CreateTuple(scheme, host, port);

        Assert.Equal(expected, origin.Serialize());
        Assert.Equal(expected, origin.ToString());
    }

    [Fact]
    public void IsSameOrigin_OpaqueOriginWithItself_IsTrue()
    {
        var origin = Origin.CreateOpaque();

        Assert.True(origin.IsSameOrigin(origin));
        Assert.True(origin.IsSameOriginDomain(origin));
    }

    [Fact]
    public void IsSameOrigin_TwoOpaqueOrigins_IsFalse()
    {
        Assert.False(Origin.CreateOpaque().IsSameOrigin(Origin.CreateOpaque()));
    }

    [Fact]
    public void IsSameOrigin_TupleWithOpaque_IsFalse()
    {
        var tuple = Origin.Parse("https://example.com");

        Assert.False(tuple.IsSameOrigin(Origin.CreateOpaque()));
        Assert.False(Origin.CreateOpaque().IsSameOrigin(tuple));
    }

    [Theory]
    [InlineData("https://example.com/a", "https://EXAMPLE.com:443/b?c", true)]
    [InlineData("https://example.com", "http://example.com", false)]
    [InlineData("https://example.com", "https://example.com:8443", false)]
    [InlineData("https://example.com", "https://www.example.com", false)]
    [InlineData("http://127.0.0.1", "http://0x7f.1", true)]
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example", true)]
    public void IsSameOrigin_OfParsedUrls_ComparesSchemeHostAndPort(string a, string b, bool expected)
    {
        Assert.Equal(expected, Origin.Parse(a).IsSameOrigin(Origin.Parse(b)));
    }

    [Fact]
    public void IsSameOriginDomain_SameOriginWithNullDomains_IsTrue()
    {
        Assert.True(Origin.Parse("https://a.example").IsSameOriginDomain(Origin.Parse("https://a.example/x")));
    }

    [Fact]
    public void IsSameOriginDomain_SameOriginWhenOnlyOneSetDomain_IsFalse()
    {
        var a = Origin.Parse("https://a.example");
        var b = Origin.Parse("https://a.example");
        a.SetDomain("a.example");

        Assert.True(a.IsSameOrigin(b));
        Assert.False(a.IsSameOriginDomain(b));
    }

    [Fact]
    public void IsSameOriginDomain_SubdomainsThatSetTheSameDomain_IsTrue()
    {
        var shop = Origin.Parse("https://shop.example.com");
        var pay = Origin.Parse("https://pay.example.com:8443");
        shop.SetDomain("example.com");
        pay.SetDomain("example.com");

        Assert.False(shop.IsSameOrigin(pay));
        Assert.True(shop.IsSameOriginDomain(pay));
    }

    [Fact]
    public void IsSameOriginDomain_SameDomainButDifferentSchemes_IsFalse()
    {
        var a = Origin.Parse("https://a.example.com");
        var b = Origin.Parse("http://a.example.com");
        a.SetDomain("example.com");
        b.SetDomain("example.com");

        Assert.False(a.IsSameOriginDomain(b));
    }

    [Fact]
    public void SetDomain_OnOpaqueOrigin_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Origin.CreateOpaque().SetDomain("example.com"));
    }

    [Fact]
    public void EqualityOperators_MeanSameOrigin()
    {
        var a = Origin.Parse("https://example.com/a");
        var b = Origin.Parse("https://example.com/b");
        var opaque = Origin.CreateOpaque();

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != opaque);
        Assert.False(opaque == Origin.CreateOpaque());
        Assert.False(a.Equals(null));
        Assert.True((Origin?)null == null);
    }

    [Fact]
    public void Equals_IgnoresDomain()
    {
        var a = Origin.Parse("https://example.com");
        var b = Origin.Parse("https://example.com");
        a.SetDomain("example.com");

        Assert.Equal(a, b);
    }

    [Fact]
    public void HashSet_OfOrigins_KeepsOneEntryPerSameOriginTuple()
    {
        var set = new HashSet<Origin> { Origin.Parse("https://a.example"), Origin.Parse("https://A.example:443/x"), Origin.CreateOpaque(), Origin.CreateOpaque() };

        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void CreateTuple_WithUppercaseScheme_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => Origin.CreateTuple("HTTPS", "example.com", null));

        Assert.Contains("HTTPS", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateTuple_WithPortOutOfRange_ThrowsArgumentOutOfRangeException()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Origin.CreateTuple("https", "example.com", 65536));
    }

    [Fact]
    public void Parse_WithInvalidUrl_ThrowsSyntaxError()
    {
        var error = Assert.Throws<OriginSyntaxException>(() => Origin.Parse("https://exa mple.com"));

        Assert.Equal("https://exa mple.com", error.Input);
    }
}

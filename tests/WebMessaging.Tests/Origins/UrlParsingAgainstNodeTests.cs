using WebMessaging.Origins;

namespace WebMessaging.Tests.Origins;

public sealed class UrlParsingAgainstNodeTests
{
    [Theory]
    [MemberData(nameof(NodeVerifiedUrlCases.All), MemberType = typeof(NodeVerifiedUrlCases))]
    public void Origin_OfParsedUrl_IsTheUrlStandardsOrigin(string input, string? baseUrl, string? expectedHref, string? expectedOrigin)
    {
        _ = expectedHref;
        var parsedBase = baseUrl is null ? null : Url.Parse(baseUrl);

        var parsed = Url.TryParse(input, parsedBase, out var url);

        Assert.Equal(expectedOrigin is not null, parsed);
        if (expectedOrigin is not null)
        {
            Assert.Equal(expectedOrigin, url!.Origin.Serialize());
        }
    }

    [Theory]
    [MemberData(nameof(NodeVerifiedUrlCases.All), MemberType = typeof(NodeVerifiedUrlCases))]
    public void Href_OfParsedUrl_IsTheUrlSerializersOutput(string input, string? baseUrl, string? expectedHref, string? expectedOrigin)
    {
        _ = expectedOrigin;
        var parsedBase = baseUrl is null ? null : Url.Parse(baseUrl);

        if (expectedHref is null)
        {
            var error = Assert.Throws<OriginSyntaxException>(() => Url.Parse(input, parsedBase));
            Assert.Equal(input, error.Input);
            Assert.Equal("SyntaxError", error.Name);
        }
        else
        {
            Assert.Equal(expectedHref, Url.Parse(input, parsedBase).Href);
        }
    }

    [Theory]
    [MemberData(nameof(NodeVerifiedUrlCases.All), MemberType = typeof(NodeVerifiedUrlCases))]
    public void Href_WhenParsedAgain_IsUnchanged(string input, string? baseUrl, string? expectedHref, string? expectedOrigin)
    {
        _ = input;
        _ = baseUrl;
        _ = expectedOrigin;
        if (expectedHref is null)
        {
            Assert.False(Url.TryParse(input, baseUrl is null ? null : Url.Parse(baseUrl), out _));
            return;
        }

        Assert.Equal(expectedHref, Url.Parse(expectedHref).Href);
    }
}

using WebMessaging.Origins;

namespace WebMessaging.Tests.Origins;

public sealed class TargetOriginTests
{
    private static readonly Origin Caller = Origin.Parse("https://app.example");

    [Fact]
    public void Parse_WithAsterisk_IsWildcardMatchingEveryOrigin()
    {
        var target = TargetOrigin.Parse("*", Caller);

        Assert.True(target.IsWildcard);
        Assert.Null(target.Origin);
        Assert.Equal("*", target.ToString());
        Assert.True(target.Matches(Origin.Parse("https://other.example")));
        Assert.True(target.Matches(Origin.CreateOpaque()));
    }

    [Fact]
    public void Parse_WithSlash_IsTheCallersOrigin()
    {
        var target = TargetOrigin.Parse("/", Caller);

        Assert.False(target.IsWildcard);
        Assert.Same(Caller, target.Origin);
        Assert.True(target.Matches(Origin.Parse("https://app.example/frame.html")));
        Assert.False(target.Matches(Origin.Parse("https://widget.example")));
    }

    [Fact]
    public void Parse_WithSlashFromOpaqueCaller_MatchesOnlyThatSameOpaqueOrigin()
    {
        var sandboxed = Origin.CreateOpaque();

        var target = TargetOrigin.Parse("/", sandboxed);

        Assert.True(target.Matches(sandboxed));
        Assert.False(target.Matches(Origin.CreateOpaque()));
    }

    [Fact]
    public void Parse_WithUrl_KeepsOnlyItsOrigin()
    {
        var target = TargetOrigin.Parse("https://a.example/path?q", Caller);

        Assert.Equal("https://a.example", target.ToString());
        Assert.Equal("https://a.example", target.Origin!.Serialize());
        Assert.True(target.Matches(Origin.Parse("https://a.example:443/other")));
        Assert.False(target.Matches(Origin.Parse("http://a.example")));
        Assert.False(target.Matches(Origin.Parse("https://a.example:8443")));
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("")]
    [InlineData(" * ")]
    [InlineData("//a.example")]
    [InlineData("https://a.example:99999")]
    public void Parse_WithInvalidUrl_ThrowsSyntaxErrorNamingTheInput(string targetOrigin)
    {
        var error = Assert.Throws<OriginSyntaxException>(() => TargetOrigin.Parse(targetOrigin, Caller));

        Assert.Equal("SyntaxError", error.Name);
        Assert.IsAssignableFrom<DomException>(error);
        Assert.Equal(targetOrigin, error.Input);
        Assert.Contains($"'{targetOrigin}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("about:blank")]
    [InlineData("data:text/html,hi")]
    [InlineData("file:///C:/page.html")]
    [InlineData("javascript:void(0)")]
    public void Matches_WithOpaqueParsedOrigin_NeverMatches(string targetOrigin)
    {
        var target = TargetOrigin.Parse(targetOrigin, Caller);

        Assert.True(target.Origin!.IsOpaque);
        Assert.Equal("null", target.ToString());
        Assert.False(target.Matches(Origin.CreateOpaque()));
        Assert.False(target.Matches(Url.Parse(targetOrigin).Origin));
        Assert.False(target.Matches(Caller));
    }

    [Fact]
    public void Parse_WithNullArguments_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => TargetOrigin.Parse(null!, Caller));
        Assert.Throws<ArgumentNullException>(() => TargetOrigin.Parse("*", null!));
    }
}

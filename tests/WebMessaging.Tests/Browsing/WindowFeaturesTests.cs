using WebMessaging.Browsing;

namespace WebMessaging.Tests.Browsing;

public sealed class WindowFeaturesTests
{
    [Fact]
    public void Tokenize_LowercasesNamesAndValues_AndNormalizesAliases()
    {
        var features = WindowFeatures.Tokenize("  Width=300,HEIGHT = Yes , noopener, screenX=5,innerWidth=7");

        Assert.Equal("7", features["width"]);
        Assert.Equal("yes", features["height"]);
        Assert.Equal("", features["noopener"]);
        Assert.Equal("5", features["left"]);
        Assert.False(features.ContainsKey("screenx"));
        Assert.False(features.ContainsKey("innerwidth"));
    }

    [Fact]
    public void Tokenize_KeepsTheLastValueOfARepeatedName()
    {
        var features = WindowFeatures.Tokenize("popup=1,popup=0");

        Assert.Equal("0", Assert.Single(features).Value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("yes", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("-2", true)]
    [InlineData(" 10px", true)]
    [InlineData("0", false)]
    [InlineData("000", false)]
    [InlineData("no", false)]
    [InlineData("false", false)]
    [InlineData("px", false)]
    public void ParseBoolean_FollowsTheRulesForBooleanFeatures(string value, bool expected)
    {
        Assert.Equal(expected, WindowFeatures.ParseBoolean(value));
    }
}

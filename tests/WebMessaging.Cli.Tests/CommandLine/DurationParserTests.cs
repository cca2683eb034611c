using WebMessaging.Cli.CommandLine;

namespace WebMessaging.Cli.Tests.CommandLine;

public sealed class DurationParserTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("3", 3_000)]
    [InlineData("1m", 60_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData(" 10MS ", 10)]
    [InlineData("0", 0)]
    public void TryParse_ReadsANumberAndAUnit(string text, double milliseconds)
    {
        Assert.True(DurationParser.TryParse(text, out var duration, out var problem), problem);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ms")]
    [InlineData("-1s")]
    [InlineData("1e3s")]
    [InlineData("2 weeks")]
    [InlineData("1d")]
    public void TryParse_RefusesWhatIsNotADuration(string text)
    {
        Assert.False(DurationParser.TryParse(text, out _, out var problem));
        Assert.NotEmpty(problem);
    }

    [Theory]
    [InlineData(250, "250ms")]
    [InlineData(30_000, "30s")]
    [InlineData(90_000, "1.5m")]
    [InlineData(7_200_000, "2h")]
    public void Format_WritesTheDurationAsOnTheCommandLine(double milliseconds, string expected) =>
        Assert.Equal(expected, DurationParser.Format(TimeSpan.FromMilliseconds(milliseconds)));
}

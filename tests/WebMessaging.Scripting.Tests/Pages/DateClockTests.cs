using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class DateClockTests
{
    private static readonly DateTimeOffset Start = new(2024, 2, 29, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void DateNow_AdvancesWithTheVirtualClock_AsTimersDo()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { StartTime = Start },
            ("https://a.example/", "<script>const t0 = Date.now(); log(new Date(t0).toISOString()); setTimeout(() => log(String(Date.now() - t0)), 1500);</script>"));

        page.Run();

        Assert.Equal(["2024-02-29T12:00:00.000Z", "1500"], page.Log);
    }

    [Fact]
    public void PerformanceTimeOrigin_PlusNow_IsDateNow()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { StartTime = Start },
            ("https://a.example/", "<script>setTimeout(() => log(String(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1)), 250);</script>"));

        page.Run();

        Assert.Equal(["true"], page.Log);
    }

    [Fact]
    public void WithoutAStartTime_DatesAreNearTheRealTime()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>log(String(Date.now()));</script>"));
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        page.Run();

        var seen = long.Parse(Assert.Single(page.Log), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seen, before - 60_000, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + 1);
    }

    [Fact]
    public void UserAgentOption_IsNavigatorUserAgent()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { UserAgent = "TestAgent/2.0" },
            ("https://a.example/", "<script>log(navigator.userAgent + ' ' + navigator.appVersion);</script>"));

        page.Run();

        Assert.Equal(["TestAgent/2.0 TestAgent/2.0"], page.Log);
    }
}

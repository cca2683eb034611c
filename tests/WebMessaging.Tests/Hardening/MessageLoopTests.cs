using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Hardening;

/// <summary>A run that never ends because windows keep posting to each other stops at RunLimits.MaxTasks with an error that names the loop.</summary>
public sealed class MessageLoopTests
{
    private static readonly RunLimits Limits = new() { MaxTasks = 5_000 };

    [Fact]
    public void TwoWindowsPlayingPingPong_StopAtMaxTasks_WithAnErrorNamingBothDirections()
    {
        using var browser = new Browser();
        var (left, right) = PingPong(browser);

        var failure = Assert.Throws<EventLoopLimitExceededException>(() => browser.RunUntilIdle(Limits));

        Assert.Equal(RunLimit.MaxTasks, failure.Limit);
        Assert.StartsWith("Message loop: the window https://", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"the window https://left.test/ ({left.Id}) posted to the window https://right.test/ ({right.Id}) ", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"the window https://right.test/ ({right.Id}) posted to the window https://left.test/ ({left.Id}) ", failure.Message, StringComparison.Ordinal);
        Assert.Contains("the run stopped at RunLimits.MaxTasks (5000).", failure.Message, StringComparison.Ordinal);
        Assert.IsType<EventLoopLimitExceededException>(failure.InnerException);
    }

    [Fact]
    public void PingPongWithoutATrace_StillSaysItIsAMessageLoop()
    {
        using var browser = new Browser(new BrowserOptions { Trace = false });
        PingPong(browser);

        var failure = Assert.Throws<EventLoopLimitExceededException>(() => browser.RunUntilIdle(Limits));

        Assert.StartsWith("Message loop: most of the last tasks delivered posted messages", failure.Message, StringComparison.Ordinal);
        Assert.Contains("turn BrowserOptions.Trace on", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TimersForever_AreNotCalledAMessageLoop()
    {
        using var browser = new Browser();
        var window = browser.OpenWindow("https://a.test/");
        browser.EventLoop.SetInterval(() => { }, 0, window, "tick");

        var failure = Assert.Throws<EventLoopLimitExceededException>(() => browser.RunUntilIdle(Limits));

        Assert.StartsWith("The event loop ran 5000 tasks in one run", failure.Message, StringComparison.Ordinal);
        Assert.Contains("\"tick\"", failure.Message, StringComparison.Ordinal);
    }

    private static (Window Left, Window Right) PingPong(Browser browser)
    {
        var left = browser.OpenWindow("https://left.test/");
        var right = browser.OpenWindow("https://right.test/");
        left.AddEventListener("message", e => right.PostMessage(((MessageEvent)e).Data, "*", null, left));
        right.AddEventListener("message", e => left.PostMessage(((MessageEvent)e).Data, "*", null, right));
        right.PostMessage("ball", "*", null, left);
        return (left, right);
    }
}

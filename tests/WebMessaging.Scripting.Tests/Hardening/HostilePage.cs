using WebMessaging.Browsing;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>Runs a hostile page in a scripted browser, then proves that a fresh browser in the same process still works.</summary>
internal static class HostilePage
{
    /// <summary>Small limits, so that each attack ends in well under a second.</summary>
    public static ScriptedBrowserOptions SmallLimits(RunLimits? runLimits = null) => new()
    {
        ScriptTimeLimit = TimeSpan.FromMilliseconds(300),
        MemoryLimit = 64L * 1024 * 1024,
        Browser = new BrowserOptions { RunLimits = runLimits ?? new RunLimits { MaxTasks = 20_000, WallClockTimeout = TimeSpan.FromSeconds(20) } },
    };

    /// <summary>A browser serving <paramref name="pages"/> (URL, HTML or script).</summary>
    public static ScriptedBrowser Browser(ScriptedBrowserOptions options, params (string Url, string Content)[] pages)
    {
        var builder = new SiteMapBuilder();
        foreach (var (url, content) in pages)
        {
            if (url.EndsWith(".js", StringComparison.Ordinal))
            {
                builder.AddFile(url, content);
            }
            else
            {
                builder.AddPage(url, content);
            }
        }

        return new ScriptedBrowser(builder.Build(), options);
    }

    /// <summary>Loads the entry page of <paramref name="browser"/> and runs it until idle (or until a run limit throws).</summary>
    public static void Run(ScriptedBrowser browser)
    {
        browser.LoadEntry();
        browser.RunUntilIdle();
    }

    /// <summary>The error diagnostics of <paramref name="browser"/>.</summary>
    public static IReadOnlyList<PageDiagnostic> Errors(ScriptedBrowser browser) =>
        browser.Diagnostics.Where(d => d.Level == PageDiagnosticLevel.Error).ToList();

    /// <summary>
    /// A new browser with default options in this process: a top page and its cross-origin frame
    /// exchange a ping and a pong through postMessage, and nothing is reported.
    /// </summary>
    public static void AssertFreshBrowserWorks()
    {
        using var browser = Browser(
            new ScriptedBrowserOptions(),
            ("https://fresh.test/", """
                <iframe src="https://other.test/frame.html"></iframe>
                <script>
                addEventListener('message', e => {
                  if (e.origin === 'https://other.test' && e.data === 'ping') e.source.postMessage('pong', e.origin);
                });
                </script>
                """),
            ("https://other.test/frame.html", """
                <script>
                addEventListener('message', e => { if (e.origin === 'https://fresh.test') console.log('round trip: ' + e.data); });
                parent.postMessage('ping', 'https://fresh.test');
                </script>
                """));

        Run(browser);

        Assert.Equal(["round trip: pong"], browser.ConsoleMessages.Select(m => m.Message.Text));
        Assert.Empty(Errors(browser));
    }
}

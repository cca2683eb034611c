using WebMessaging.Browsing;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;
using WebMessaging.Scripting.Tests.Samples;

namespace WebMessaging.Scripting.Tests.Workers;

/// <summary>
/// The browser-parity worker scenarios (tests/parity), run with workers on threads of their
/// own: they must print what Chromium prints (expected.txt), as they do on the browser's loop.
/// </summary>
public sealed class ThreadedParityTests
{
    [Theory]
    [InlineData("worker-blob-url")]
    [InlineData("worker-error-event")]
    [InlineData("worker-nested-port-to-worker")]
    [InlineData("worker-site-map-round-trip")]
    [InlineData("runner-counts-only-top-page-console")]
    public void WorkerScenario_OnWorkerThreads_PrintsTheExpectedResults(string scenario)
    {
        var folder = Path.Combine(SampleSite.PathOf(".."), "tests", "parity", scenario);
        var expected = File.ReadAllLines(Path.Combine(folder, "expected.txt")).Where(line => line.Length > 0).ToList();
        var results = new List<string>();
        var done = false;
        Window? top = null;
        using var browser = new ScriptedBrowser(SiteMap.Load(Path.Combine(folder, SiteMap.FileName)), new ScriptedBrowserOptions
        {
            WorkerThreads = true,
            OnConsoleMessage = message =>
            {
                lock (results)
                {
                    if (done || !ReferenceEquals(message.Window, top) || message.Message.Method != "log")
                    {
                        return;
                    }

                    if (message.Message.Text.StartsWith("RESULT ", StringComparison.Ordinal))
                    {
                        results.Add(message.Message.Text["RESULT ".Length..]);
                    }
                    else if (message.Message.Text == "DONE")
                    {
                        done = true;
                    }
                }
            },
        });

        top = browser.LoadEntry().Window;
        browser.RunUntilIdle();

        Assert.True(done, "The scenario did not log DONE: " + string.Join(" | ", browser.Diagnostics));
        Assert.Equal(expected, results);
    }
}

using System.Diagnostics;
using WebMessaging.Browsing;
using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using PageConsoleMessage = WebMessaging.Scripting.Runtime.PageConsoleMessage;
using ScriptingSiteMap = WebMessaging.Scripting.Sites.SiteMap;

namespace WebMessaging.BrowserParity.Tests.Runtime;

/// <summary>
/// Runs parity scenarios in our runtime: the scenario's sites.json loaded by WebMessaging.Scripting's
/// site map, the entry page opened in a <see cref="ScriptedBrowser"/> on a virtual clock, and the
/// console.log calls of the entry window's documents collected until one logs "DONE".
/// </summary>
public sealed class RuntimeScenarioRunner : IScenarioRunner
{
    private const string ResultPrefix = "RESULT ";
    private const string DoneLine = "DONE";

    // The loop runs in slices of virtual time so that a run stops soon after DONE.
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan s_minimumWait = TimeSpan.FromMilliseconds(1);

    /// <summary>Creates a runner whose runs stop after <paramref name="wallClockLimit"/> of real time (30 seconds when null).</summary>
    public RuntimeScenarioRunner(TimeSpan? wallClockLimit = null)
    {
        WallClockLimit = wallClockLimit ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(WallClockLimit, TimeSpan.Zero);
    }

    /// <inheritdoc />
    public string EngineName => "webmessaging";

    /// <summary>How much real time one run may take, however little virtual time it spent.</summary>
    public TimeSpan WallClockLimit { get; }

    /// <summary>
    /// Runs the scenario synchronously: <paramref name="timeout"/> bounds the virtual time the page
    /// has to log DONE, <see cref="WallClockLimit"/> the real time the run may take.
    /// </summary>
    public Task<ScenarioRun> RunAsync(ParityScenario scenario, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        return Task.FromResult(Run(scenario, timeout, cancellationToken));
    }

    private ScenarioRun Run(ParityScenario scenario, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var results = new List<string>();
        var diagnostics = new List<string>();
        var done = false;
        Window? top = null;

        void OnConsole(PageConsoleMessage message)
        {
            // Only the top page's own console.log calls count, as in the Chromium runner.
            if (done || !ReferenceEquals(message.Window, top) || message.Message.Method != "log")
            {
                return;
            }

            var text = message.Message.Text;
            if (text.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                results.Add(text[ResultPrefix.Length..]);
            }
            else if (text == DoneLine)
            {
                done = true;
            }
        }

        var wall = Stopwatch.StartNew();
        var limits = new RunLimits { WallClockTimeout = WallClockLimit };
        using var browser = new ScriptedBrowser(ScriptingSiteMap.Load(Path.Combine(scenario.Folder, ParityScenario.SiteMapFileName)), new ScriptedBrowserOptions
        {
            Browser = new BrowserOptions { RunLimits = limits },
            OnConsoleMessage = OnConsole,
            OnDiagnostic = diagnostic => diagnostics.Add(diagnostic.ToString()),
        });

        top = browser.LoadEntry().Window;
        var virtualEnd = browser.EventLoop.Now + timeout.TotalMilliseconds;
        try
        {
            while (!done && browser.EventLoop.Now < virtualEnd && wall.Elapsed < WallClockLimit)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var left = WallClockLimit - wall.Elapsed;
                browser.RunFor(s_slice, new RunLimits { WallClockTimeout = left > s_minimumWait ? left : s_minimumWait });
            }
        }
        catch (EventLoopLimitExceededException exception)
        {
            diagnostics.Add("event loop stopped: " + exception.Message);
        }

        if (!done && wall.Elapsed >= WallClockLimit)
        {
            diagnostics.Add($"stopped after {WallClockLimit} of wall-clock time");
        }

        foreach (var unhandled in browser.Browser.UnhandledExceptions)
        {
            diagnostics.Add($"unhandled in {unhandled.Global?.Label ?? "the host"}: {unhandled.Exception.Message}");
        }

        return new ScenarioRun(results, done, diagnostics);
    }
}

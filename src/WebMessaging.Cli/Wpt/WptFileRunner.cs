using System.Diagnostics;
using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;
using WebMessaging.Browsing;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// Runs one test file in a fresh <see cref="ScriptedBrowser"/>: opens it, runs the event loop
/// until the harness completes, its timeout passes in virtual time, or the wall-clock bound is
/// hit, and returns the harness status and every subtest.
/// </summary>
internal sealed class WptFileRunner
{
    // Virtual time past the harness timeout before the runner gives up: the harness's own
    // timeout normally fires first and reports TIMEOUT itself.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private readonly SiteMap _sites;
    private readonly TimeSpan _wallClockBound;

    /// <summary>Creates a runner for tests served by <paramref name="sites"/>; each file may take at most <paramref name="wallClockBound"/> of wall time.</summary>
    public WptFileRunner(SiteMap sites, TimeSpan wallClockBound)
    {
        ArgumentNullException.ThrowIfNull(sites);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(wallClockBound, TimeSpan.Zero);
        _sites = sites;
        _wallClockBound = wallClockBound;
    }

    /// <summary>Runs <paramref name="test"/> and returns its result.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<WptFileResult> RunAsync(WptTest test, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(test);
        var stopwatch = Stopwatch.StartNew();
        var collector = new WptResultCollector();
        string? firstError = null;
        Window? testWindow = null;

        using var browser = new ScriptedBrowser(_sites, new ScriptedBrowserOptions
        {
            Browser = new BrowserOptions
            {
                RunLimits = new RunLimits { WallClockTimeout = _wallClockBound },
                Trace = false,
                TraceCapacity = 0,
            },
            OnWindowCreated = document =>
            {
                // The first document is the test's; only its window (and its later documents) reports.
                testWindow ??= document.Window;
                if (ReferenceEquals(document.Window, testWindow))
                {
                    InstallReportFunction(document.Engine, collector);
                }
            },
            OnDiagnostic = diagnostic =>
            {
                if (firstError is null && diagnostic.Level == PageDiagnosticLevel.Error)
                {
                    firstError = diagnostic.Message;
                }
            },
        });

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(_wallClockBound);
        collector.Completed += stop.Cancel;
        string? stopped = null;
        try
        {
            browser.Load(test.Url);
            await browser.Browser.RunForAsync(test.Timeout + Grace, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (collector.IsComplete)
        {
            // The harness completed: the run stops there.
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            stopped = $"the file took longer than {_wallClockBound.TotalSeconds:0.###} s of wall time";
        }
        catch (EventLoopLimitExceededException e)
        {
            stopped = e.Message;
        }

        return Result(test, collector, stopped, firstError, stopwatch.Elapsed);
    }

    private static WptFileResult Result(WptTest test, WptResultCollector collector, string? stopped, string? firstError, TimeSpan duration)
    {
        var subtests = collector.Subtests();
        if (collector.IsComplete)
        {
            return new WptFileResult(test.Path, collector.HarnessStatus!, collector.HarnessMessage, subtests, duration);
        }

        if (!collector.Ready)
        {
            var why = firstError ?? "testharness.js did not run in the test's window";
            return new WptFileResult(test.Path, WptStatus.Error, why, subtests, duration);
        }

        var message = stopped ?? $"the harness did not complete within {test.Timeout.TotalSeconds:0} s of virtual time";
        return new WptFileResult(test.Path, WptStatus.Timeout, message, subtests, duration);
    }

    // The host function the hook calls: (kind, id, name, status, message).
    private static void InstallReportFunction(Engine engine, WptResultCollector collector)
    {
        var function = new ClrFunction(engine, WptReportHook.FunctionName, (_, arguments) =>
        {
            var kind = Argument(arguments, 0).ToString();
            var id = Argument(arguments, 1) is JsNumber idValue ? (int)idValue.AsNumber() : -1;
            var name = Argument(arguments, 2).ToString();
            var status = Argument(arguments, 3) is JsNumber statusValue ? (int)statusValue.AsNumber() : -1;
            var message = Argument(arguments, 4) is JsString messageValue ? messageValue.ToString() : null;
            collector.Receive(kind, id, name, status, message);
            return JsValue.Undefined;
        }, 5);
        engine.Global.DefineOwnProperty(WptReportHook.FunctionName, new PropertyDescriptor(function, writable: true, enumerable: false, configurable: true));
    }

    private static JsValue Argument(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;
}

using WebMessaging.Browsing;
using WebMessaging.Cli.CommandLine;
using WebMessaging.Cli.Events;
using WebMessaging.Scheduling;

namespace WebMessaging.Cli.Running;

/// <summary>
/// One run of a site: the page runner makes the browser, the recorder follows it, the entry
/// page loads, and the event loop runs until idle (or for --for), within --timeout.
/// </summary>
internal static class SiteRun
{
    /// <summary>
    /// Runs <paramref name="target"/> with <paramref name="options"/>, reporting every event to
    /// <paramref name="recorder"/>; a run that hits a limit, times out or is interrupted ends with
    /// an error event. Returns the virtual time at which the run ended.
    /// </summary>
    /// <exception cref="PageLoadException">The entry page could not be loaded.</exception>
    public static async Task<double> ExecuteAsync(IPageRunner runner, RunTarget target, RunOptions options, RunEventRecorder recorder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(recorder);

        var browserOptions = new BrowserOptions
        {
            RealTime = options.RealTime,
            RunLimits = new RunLimits { WallClockTimeout = options.Timeout },

            // The recorder sees every entry as it happens; the trace need not keep them.
            TraceCapacity = 0,
        };

        using var session = runner.Open(new PageRunRequest(target.Site, browserOptions, recorder, options.LegacyIe));
        var browser = session.Browser;
        recorder.Attach(browser);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            session.LoadEntry();
            if (options.For is { } duration)
            {
                await browser.RunForAsync(duration, timeout.Token).ConfigureAwait(false);
            }
            else
            {
                await browser.RunUntilIdleAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (EventLoopLimitExceededException e) when (e.Limit == RunLimit.WallClockTimeout)
        {
            recorder.Error(null, TimeoutMessage(options), e.Message);
        }
        catch (EventLoopLimitExceededException e)
        {
            recorder.Error(null, "the run stopped: " + RunEventRecorder.Describe(e), e.Message);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            recorder.Error(null, TimeoutMessage(options));
        }
        catch (OperationCanceledException)
        {
            recorder.Error(null, "the run was interrupted");
        }

        var end = browser.EventLoop.Now;
        recorder.Complete();
        return end;
    }

    private static string TimeoutMessage(RunOptions options) =>
        $"the run took longer than --timeout {DurationParser.Format(options.Timeout)} of wall time and was stopped";
}

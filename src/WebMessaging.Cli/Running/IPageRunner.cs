namespace WebMessaging.Cli.Running;

/// <summary>
/// Loads a site's pages for <c>webmsg run</c>: HTML, scripts, frames, popups and workers. The
/// command owns everything else (input, the event loop, output, exit codes); a runner only
/// makes the browser and puts pages in it.
/// </summary>
internal interface IPageRunner
{
    /// <summary>
    /// Creates the browser of a run with <see cref="PageRunRequest.BrowserOptions"/>, with no page
    /// loaded yet, so that the command can follow its trace before any script runs.
    /// </summary>
    IPageSession Open(PageRunRequest request);
}

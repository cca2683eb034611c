namespace WebMessaging.Cli.Running;

/// <summary>
/// The page runner <c>webmsg run</c> uses: real pages, parsed and scripted by
/// WebMessaging.Scripting (one Jint engine per window).
/// </summary>
/// <remarks>
/// This is the one place that connects the command to page loading. It is to make a
/// ScriptedBrowser from <see cref="PageRunRequest.Site"/> with <see cref="PageRunRequest.BrowserOptions"/>,
/// route each window's console to <see cref="IRunEventSink.Console"/>, uncaught script errors to
/// <see cref="IRunEventSink.Error"/> and each load event to <see cref="IRunEventSink.Load"/>, and
/// load the entry in <see cref="IPageSession.LoadEntry"/>.
/// </remarks>
internal sealed class ScriptedPageRunner : IPageRunner
{
    /// <summary>The one line shown while pages cannot be loaded yet.</summary>
    public const string UnavailableMessage = "loading pages needs WebMessaging.Scripting's page loader, which this build of webmsg does not have yet";

    /// <inheritdoc />
    public IPageSession Open(PageRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);

        // FIXME: create a ScriptedBrowser(request.Site, new ScriptedBrowserOptions { Browser =
        // request.BrowserOptions, ... }) once WebMessaging.Scripting.Pages is merged, and wire its
        // console, error and load hooks to request.Events.
        throw new NotSupportedException(UnavailableMessage);
    }
}

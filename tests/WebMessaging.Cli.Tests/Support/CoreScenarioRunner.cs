using WebMessaging.Browsing;
using WebMessaging.Cli.Running;

namespace WebMessaging.Cli.Tests.Support;

/// <summary>
/// A page runner whose "pages" are C# written against the core: it makes a real Browser with the
/// requested options and lets a scenario open windows, post messages and report console calls.
/// </summary>
internal sealed class CoreScenarioRunner(Action<Browser, PageRunRequest> loadEntry) : IPageRunner
{
    /// <summary>The request of the last run.</summary>
    public PageRunRequest? LastRequest { get; private set; }

    /// <inheritdoc />
    public IPageSession Open(PageRunRequest request)
    {
        LastRequest = request;
        return new Session(new Browser(request.BrowserOptions), request, loadEntry);
    }

    private sealed class Session(Browser browser, PageRunRequest request, Action<Browser, PageRunRequest> loadEntry) : IPageSession
    {
        public Browser Browser => browser;

        public void LoadEntry() => loadEntry(browser, request);

        public void Dispose() => browser.Dispose();
    }
}

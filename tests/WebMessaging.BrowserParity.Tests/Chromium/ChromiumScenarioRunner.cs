using Microsoft.Playwright;
using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Chromium;

/// <summary>
/// Runs parity scenarios in Debian's Chromium through Playwright: one browser for many scenarios,
/// a fresh browser context per scenario, every request answered from the scenario's site map.
/// </summary>
public sealed class ChromiumScenarioRunner : IScenarioRunner, IAsyncDisposable
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    private static readonly string[] s_arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private ChromiumScenarioRunner(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <inheritdoc />
    public string EngineName => "Chromium " + _browser.Version;

    /// <summary>Starts Playwright's driver and launches the Chromium at <paramref name="executablePath"/> headless.</summary>
    public static async Task<ChromiumScenarioRunner> LaunchAsync(string executablePath = DefaultExecutablePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(executablePath);
        if (!File.Exists(executablePath))
        {
            throw new FileNotFoundException($"No Chromium at \"{executablePath}\".", executablePath);
        }

        var playwright = await Microsoft.Playwright.Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                Args = s_arguments,
            }).ConfigureAwait(false);
            return new ChromiumScenarioRunner(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<ScenarioRun> RunAsync(ParityScenario scenario, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);

        var context = await _browser.NewContextAsync().ConfigureAwait(false);
        try
        {
            var collector = new TopPageConsole();
            await context.RouteAsync("**/*", route => ServeAsync(scenario.SiteMap, route, collector)).ConfigureAwait(false);
            var page = await context.NewPageAsync().ConfigureAwait(false);
            await collector.AttachAsync(context, page).ConfigureAwait(false);

            await page.GotoAsync(scenario.SiteMap.Entry.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Commit })
                .ConfigureAwait(false);

            var delay = Task.Delay(timeout, cancellationToken);
            var finished = await Task.WhenAny(collector.Done, delay).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return collector.Snapshot(completed: finished == collector.Done);
        }
        finally
        {
            await context.CloseAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync().ConfigureAwait(false);
        _playwright.Dispose();
    }

    private static Task ServeAsync(SiteMap siteMap, IRoute route, TopPageConsole collector)
    {
        var url = route.Request.Url;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || !siteMap.FolderByOrigin.ContainsKey(SiteMap.SerializeOrigin(uri)))
        {
            collector.AddDiagnostic("aborted request to " + url);
            return route.AbortAsync();
        }

        var file = siteMap.Resolve(uri);
        if (file is null)
        {
            collector.AddDiagnostic("404 for " + url);
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/plain", Body = "Not Found" });
        }

        return route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = ContentTypes.ForFile(file),
            BodyBytes = File.ReadAllBytes(file),
        });
    }
}

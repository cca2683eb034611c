using Microsoft.Playwright;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Report;

public sealed class ReportInBrowserTests
{
    [SkippableFact]
    public async Task Report_OpensInChromiumWithoutErrors_DrawsAnArrowPerDeliveredMessage_AndFilters()
    {
        ChromiumRequirement.Require();
        using var folder = new TempFolder();
        var path = folder.File("report.html");
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(throwAfterwards: true), "run", "--report", path);
        Assert.Equal(ExitCodes.PageError, run.ExitCode);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumRequirement.ExecutablePath,
            Headless = true,
            Args = ChromiumRequirement.Arguments,
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Type + ": " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(path).AbsoluteUri);

        Assert.Empty(problems);
        Assert.Equal([new Uri(path).AbsoluteUri], requests);
        Assert.Equal(2, await page.Locator("[data-arrow=delivered]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-arrow=dropped]").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "webmsg-report.png"), FullPage = true });

        // The text filter keeps the rows that mention the reply: its message and the page's log.
        await page.FillAsync("#filter", "hello from the iframe");
        Assert.Equal("2", await page.TextContentAsync("#shown"));
        Assert.Equal(2, await page.Locator("#events tbody tr:visible").CountAsync());
        Assert.Equal(1, await page.Locator("#diagram [data-arrow=delivered]:not(.faded)").CountAsync());

        // Unticking a type hides its rows.
        await page.UncheckAsync("input[data-type-toggle=console]");
        Assert.Equal("1", await page.TextContentAsync("#shown"));
        Assert.Equal("message", await page.Locator("#events tbody tr:visible").GetAttributeAsync("data-type"));

        // An empty filter with every type ticked shows every row again.
        await page.FillAsync("#filter", "");
        await page.CheckAsync("input[data-type-toggle=console]");
        Assert.Equal("8", await page.TextContentAsync("#shown"));
        Assert.Empty(problems);
    }
}

using WebMessaging.Cli.Running;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.CommandLine;

public sealed class RunCommandLineTests
{
    [Fact]
    public async Task Run_PassesTheOptionsToTheBrowserAndThePageRunner()
    {
        var runner = CoreScenarios.ChannelHandshake();

        var run = await CliRun.StartAsync(runner, "run", "--real-time", "--legacy-ie", "--timeout", "30s");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var request = Assert.IsType<PageRunRequest>(runner.LastRequest);
        Assert.True(request.BrowserOptions.RealTime);
        Assert.True(request.LegacyIe);
        Assert.Equal(TimeSpan.FromSeconds(30), request.BrowserOptions.RunLimits.WallClockTimeout);
        Assert.Equal("https://app.example/", request.Site.Entry.Href);
    }

    [Fact]
    public async Task Run_WithoutOptions_UsesVirtualTimeAndAMinuteOfWallTime()
    {
        var runner = CoreScenarios.ChannelHandshake();

        await CliRun.StartAsync(runner, "run");

        var request = Assert.IsType<PageRunRequest>(runner.LastRequest);
        Assert.False(request.BrowserOptions.RealTime);
        Assert.False(request.LegacyIe);
        Assert.Equal(TimeSpan.FromMinutes(1), request.BrowserOptions.RunLimits.WallClockTimeout);
    }

    [Fact]
    public async Task Run_WithASiteMapFolder_LoadsItsEntry()
    {
        using var folder = new TempFolder();
        folder.Write("app/index.html", "<p>hi</p>");
        folder.Write("sites.json", """{ "entry": "https://shop.example/", "origins": { "https://shop.example": "app" } }""");
        var runner = CoreScenarios.ChannelHandshake();

        var run = await CliRun.StartAsync(runner, "run", folder.Path);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("https://shop.example/", runner.LastRequest!.Site.Entry.Href);
        Assert.Contains("· entry https://shop.example/ ·", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAnHtmlFileAndOrigin_ServesTheFileAtThatOrigin()
    {
        using var folder = new TempFolder();
        var page = folder.Write("page.html", "<p>hi</p>");
        var runner = CoreScenarios.ChannelHandshake();

        var run = await CliRun.StartAsync(runner, "run", page, "--origin", "https://solo.example");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("https://solo.example/page.html", runner.LastRequest!.Site.Entry.Href);
    }

    [Fact]
    public async Task Run_WithAMissingSiteMap_ExitsWithTwo_AndOneLineNamingTheFile()
    {
        using var folder = new TempFolder();
        var missing = folder.File("nowhere.json");

        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", missing);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.Equal($"webmsg: {missing}: file not found\n", run.Error);
    }

    [Fact]
    public async Task Run_WithInvalidJson_ExitsWithTwo_AndNoStackTrace()
    {
        using var folder = new TempFolder();
        var sites = folder.Write("sites.json", "{ \"entry\": ");

        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", sites);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith($"webmsg: {sites}: invalid JSON at line 1", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Run_WithInvalidJsonAndVerbose_AddsTheStackTrace()
    {
        using var folder = new TempFolder();
        var sites = folder.Write("sites.json", "{ \"entry\": ");

        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", sites, "--verbose");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("SiteMapException", run.Error, StringComparison.Ordinal);
        Assert.Contains("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAnEntryOfAnUnmappedOrigin_ExitsWithTwo_NamingTheOrigin()
    {
        using var folder = new TempFolder();
        folder.Write("app/index.html", "<p>hi</p>");
        var sites = folder.Write("sites.json", """{ "entry": "https://elsewhere.example/", "origins": { "https://shop.example": "app" } }""");

        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", sites);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("webmsg: " + sites + ": ", run.Error, StringComparison.Ordinal);
        Assert.Contains("https://elsewhere.example", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Run_WithAnHtmlFileButNoOrigin_ExitsWithTwo_AskingForOrigin()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "page.html");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("webmsg: page.html: an HTML file needs --origin, the origin to serve it at (e.g. --origin https://app.example)\n", run.Error);
    }

    [Fact]
    public async Task Run_WithOriginButNoHtmlFile_ExitsWithTwo()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "--origin", "https://app.example");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.StartsWith("webmsg: --origin: serves an HTML file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithAReportInAMissingFolder_ExitsWithTwo_BeforeRunning()
    {
        var runner = CoreScenarios.ChannelHandshake();
        using var folder = new TempFolder();
        var report = Path.Combine(folder.Path, "no-such-folder", "out.html");

        var run = await CliRun.StartAsync(runner, "run", "--report", report);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal($"webmsg: '{report}': --report: the folder does not exist\n", run.Error);
        Assert.Null(runner.LastRequest);
    }

    [Theory]
    [InlineData("--for", "5x", "webmsg: --for '5x': unknown unit 'x' (use ms, s, m or h, as in 500ms, 2s, 1m)")]
    [InlineData("--for", "soon", "webmsg: --for 'soon': not a duration (write a number and a unit, as in 500ms, 2s, 1m)")]
    [InlineData("--timeout", "0s", "webmsg: --timeout '0s': must be more than zero")]
    public async Task Run_WithABadDuration_ExitsWithTwo_NamingTheOption(string option, string value, string expected)
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", option, value);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal(expected + "\nRun 'webmsg run --help' for the options.\n", run.Error);
    }

    [Fact]
    public async Task Run_WithAnUnknownOption_ExitsWithTwo()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "--colour");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArguments_ShowsTheHelp_AndExitsWithTwo()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake());

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("run", run.Out, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunHelp_ListsEveryOption_AndExitsWithZero()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "--help");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        foreach (var option in new[] { "--origin", "--for", "--timeout", "--real-time", "--json", "--report", "--legacy-ie", "--verbose" })
        {
            Assert.Contains(option, run.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Run_WhenTheRunnerFails_ExitsWithThree_AndOneLine()
    {
        var runner = new CoreScenarioRunner((_, _) => throw new InvalidOperationException("the page loader broke"));

        var run = await CliRun.StartAsync(runner, "run", "--json");

        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal("webmsg: the page loader broke\n", run.Error);
    }

    [Fact]
    public async Task Run_WhenTheEntryCannotLoad_ExitsWithTwo_AndTheRunnersLine()
    {
        var runner = new CoreScenarioRunner((_, _) => throw new PageLoadException("https://app.example/: no file 'index.html' is mapped"));

        var run = await CliRun.StartAsync(runner, "run", "--json");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("webmsg: https://app.example/: no file 'index.html' is mapped\n", run.Error);
    }

    [Fact]
    public async Task Run_ThatNeverGoesIdle_StopsAtItsLimit_WithAnErrorAndExitOne()
    {
        var run = await CliRun.StartAsync(CoreScenarios.Ticker(), "run");

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        Assert.Contains("error    (browser)", run.Out, StringComparison.Ordinal);
        Assert.Contains("the run stopped: ", run.Out, StringComparison.Ordinal);
    }
}

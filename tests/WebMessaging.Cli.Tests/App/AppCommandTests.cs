using System.Text.Json;
using NJsonSchema;
using WebMessaging.Cli.Running;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.App;

public sealed class AppCommandTests
{
    private const string TypeHello = "{ const f = document.querySelector('input'); f.value = 'hello'; f.dispatchEvent(new Event('change')); }";

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "AppsmithSample", "app.json");

    private static string Parent => Path.Combine(AppContext.BaseDirectory, "AppsmithSample", "parent");

    private static string Export(string name) => Path.Combine(AppContext.BaseDirectory, "AppsmithExports", name);

    private static Task<CliRun> RunAsync(params string[] args) => CliRun.StartAsync(new ScriptedPageRunner(), ["app", .. args]);

    [Fact]
    public async Task App_InFrameChange_PrintsMessageMetadataStoreAlertAndInputInOrder()
    {
        var run = await RunAsync(Export("IframeWidgetPostMessage.json"), "--in-frame", "Iframe1", TypeHello);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var app = run.OutLines.Where(l => l.Contains(" ms  app ", StringComparison.Ordinal)).Select(l => l[(l.IndexOf("page1", StringComparison.Ordinal) + 5)..].Trim()).ToList();
        Assert.Equal(
            [
                "widget     Iframe1.messageMetadata = {\"lastEventId\":\"\",\"origin\":\"null\",\"ports\":[]}",
                "widget     Iframe1.message = \"hello\"",
                "store      text = \"hello\"",
                "alert      info: Hey Iframe Called.",
                "widget     Input1.defaultText = \"hello\"",
                "widget     Input1.text = \"hello\"",
            ],
            app);
        Assert.StartsWith("webmsg app ", run.OutLines[0]);
        Assert.Contains("6 app events", run.OutLines[^1]);
    }

    [Fact]
    public async Task App_ActionsRunInTheOrderTheCommandLineGivesThem()
    {
        var run = await RunAsync(Sample, "--type", "Input1=first", "--click", "SendButton", "--type", "Input1=second");

        var lines = run.OutLines;
        var first = Array.FindIndex(lines, l => l.Contains("Input1.text = \"first\"", StringComparison.Ordinal));
        var sent = Array.FindIndex(lines, l => l.Contains("delivered", StringComparison.Ordinal) && l.Contains("\"first\"", StringComparison.Ordinal));
        var second = Array.FindIndex(lines, l => l.Contains("Input1.text = \"second\"", StringComparison.Ordinal));
        Assert.True(first >= 0 && first < sent && sent < second, run.Out);
    }

    [Fact]
    public async Task App_Embedded_ParentAndAppTalkBothWays()
    {
        var run = await RunAsync(Sample, "--embed", Parent, "--click", "ListenButton");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.Contains("https://app.appsmith.test → https://parent.example", StringComparison.Ordinal) && l.Contains("\"ready\"", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("fromParent = \"hello from the parent\"", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("Text2.text = \"Parent says: hello from the parent\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_Json_EveryLineIsAnEventTheSchemaAccepts()
    {
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "trace-format.schema.json"));

        var run = await RunAsync(Sample, "--embed", Parent, "--click", "ListenButton", "--json");

        var types = new List<string>();
        foreach (var line in run.OutLines)
        {
            var errors = schema.Validate(line);
            Assert.True(errors.Count == 0, line + "\n" + string.Join("\n", errors.Select(e => e.ToString())));
            types.Add(JsonDocument.Parse(line).RootElement.GetProperty("type").GetString()!);
        }

        Assert.Contains("app", types);
        var alert = run.OutLines.Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.TryGetProperty("category", out var c) && c.GetString() == "alert");
        Assert.Equal("The parent page says: hello from the parent", alert.GetProperty("text").GetString());
        Assert.Equal("https://app.appsmith.test", alert.GetProperty("global").GetProperty("origin").GetString());
    }

    [Fact]
    public async Task App_Report_HasTheAppEventsAndTheirToggle()
    {
        using var folder = new TempFolder();
        var report = folder.File("app.html");

        var run = await RunAsync(Sample, "--type", "Input1=x", "--click", "SendButton", "--report", report);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var html = await File.ReadAllTextAsync(report);
        Assert.Contains("data-type-toggle=\"app\"", html);
        Assert.Contains("Iframe1 says got: x", html);
    }

    [Fact]
    public async Task App_UnknownWidget_IsBadInputNamingTheWidgetsThereAre()
    {
        var run = await RunAsync(Sample, "--click", "Nope");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.Contains("--click Nope: The page Home has no widget named 'Nope' (its widgets: Input1, SendButton,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_FailedAction_ExitsWithPageError()
    {
        using var folder = new TempFolder();
        var app = folder.Write("app.json", """{"dsl": {"widgetName": "MainContainer", "type": "CANVAS_WIDGET", "widgetId": "0", "children": [{"widgetName": "Button1", "type": "BUTTON_WIDGET", "parentId": "0", "onClick": "{{postWindowMessage('x', 'Missing')}}"}]}}""");

        var run = await RunAsync(app, "--click", "Button1");

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.Contains("action-error", StringComparison.Ordinal) && l.Contains("Button1.onClick: Cannot find Iframe with name Missing on this page", StringComparison.Ordinal));
        Assert.Contains("1 failed action", run.OutLines[^1]);
    }

    [Fact]
    public async Task App_ExportMissingAKey_IsBadInputNamingTheFileAndTheKey()
    {
        using var folder = new TempFolder();
        var app = folder.Write("Broken.json", """{"clientSchemaVersion": 1.0, "serverSchemaVersion": 11.0, "pageList": [{"unpublishedPage": {"name": "P"}}]}""");

        var run = await RunAsync(app);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("webmsg: Broken.json: pageList[0].unpublishedPage.layouts: missing\n", run.Error);
    }

    [Theory]
    [InlineData("--type", "Input1", "--type 'Input1': write the input widget and the text as Input1=text")]
    [InlineData("--in-frame", "Iframe1", "--in-frame")]
    public async Task App_MalformedAction_IsRefusedBeforeRunning(string option, string value, string expected)
    {
        var run = await RunAsync(Sample, option, value);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains(expected, run.Error);
        Assert.Contains("Run 'webmsg app --help' for the options.", run.Error);
    }

    [Fact]
    public async Task App_PageOption_OpensThatPage()
    {
        var run = await RunAsync(Export("IframeOnSrcDocChange.json"), "--page", "Page2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("entry https://app.appsmith.test/app/page2", run.OutLines[0]);
    }
}

using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Tests.Loading;

public sealed class LoadTests
{
    [Fact]
    public void Load_FullExport_ReadsPagesWidgetsAndVersions()
    {
        var app = Fixtures.Load("IframeWidgetPostMessage.json");

        Assert.Equal("Untitled application 2", app.Name);
        Assert.Equal((1.0, 11.0), (app.ClientSchemaVersion, app.ServerSchemaVersion));
        var page = Assert.Single(app.Pages);
        Assert.Equal(["MainContainer", "Iframe1", "Button1", "Input1", "Iframe2"], page.Root.DescendantsAndSelf().Select(w => w.Name));
    }

    [Fact]
    public void Load_ExportWithSeveralPages_MarksTheDefaultPage()
    {
        var app = Fixtures.Load("IframeWidgetQA_messaging_pages.json");

        Assert.Equal(["Access Window Object", "PostMessage"], app.Pages.Select(p => p.Name));
        Assert.Equal("PostMessage", app.DefaultPage.Name);
        Assert.Equal("access-window-object", app.Pages[0].Slug);
    }

    [Fact]
    public void Load_OlderServerSchema_IsRead()
    {
        var app = Fixtures.Load("IframeOnSrcDocChange.json");

        Assert.Equal(6.0, app.ServerSchemaVersion);
        Assert.Equal(["Page1", "Page2"], app.Pages.Select(p => p.Name));
    }

    [Fact]
    public void Load_DslOnlyFile_IsOnePageWithoutVersions()
    {
        var app = Fixtures.Load("IframeDsl.json");

        Assert.Null(app.ServerSchemaVersion);
        Assert.Equal("Page1", Assert.Single(app.Pages).Name);
        Assert.Equal("IframeDsl", app.Name);
    }

    [Fact]
    public void Load_PageWithoutLayouts_NamesTheFileAndTheKey()
    {
        var json = File.ReadAllText(Fixtures.PathOf("IframeOnSrcDocChange.json")).Replace("\"layouts\"", "\"layoutz\"", StringComparison.Ordinal);

        var error = Assert.Throws<AppsmithLoadException>(() => AppsmithApplication.Parse(json, "IframeOnSrcDocChange.json"));

        Assert.Equal("IframeOnSrcDocChange.json: pageList[0].unpublishedPage.layouts: missing", error.Message);
    }

    [Theory]
    [InlineData("""{"clientSchemaVersion": 1.0, "serverSchemaVersion": 99.0, "pageList": []}""", "serverSchemaVersion: unsupported version 99.0 (this runtime reads 1 to 11)")]
    [InlineData("""{"clientSchemaVersion": 2.0, "serverSchemaVersion": 11.0, "pageList": []}""", "clientSchemaVersion: unsupported version 2.0 (this runtime reads 1.x)")]
    [InlineData("""{"serverSchemaVersion": 11.0, "pageList": []}""", "clientSchemaVersion: missing")]
    [InlineData("""{"clientSchemaVersion": 1.0, "serverSchemaVersion": 11.0, "pageList": []}""", "pageList: has no pages")]
    [InlineData("""{"clientSchemaVersion": 1.0, "serverSchemaVersion": 11.0, "pageList": [{"unpublishedPage": {"name": "P", "layouts": [{"dsl": {"type": "CANVAS_WIDGET"}}]}}]}""", "pageList[0].unpublishedPage.layouts[0].dsl.widgetName: missing")]
    [InlineData("""{"dsl": []}""", "dsl: must be an object, not an array")]
    [InlineData("""{"dsl": """, "not valid JSON")]
    public void Parse_BadInput_NamesTheFileAndTheKey(string json, string expected)
    {
        var error = Assert.Throws<AppsmithLoadException>(() => AppsmithApplication.Parse(json, "app.json"));

        Assert.StartsWith("app.json: " + expected, error.Message);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<AppsmithLoadException>(() => AppsmithApplication.Load(Path.Join(AppContext.BaseDirectory, "no-such-app.json")));

        Assert.Equal("no-such-app.json: file not found", error.Message);
    }

    [Fact]
    public void UnknownWidgetType_LoadsInert_WithItsPropertiesReadable()
    {
        var app = DslBuilder.App(DslBuilder.Widget("Chart1", "FANCY_CHART_WIDGET", ("title", "Sales {{1 + 1}}"), ("points", new[] { 1, 2 })));
        using var session = AppsmithSession.Start(app);

        var chart = session.Widget("Chart1");

        Assert.True(chart.IsInert);
        Assert.Equal("Sales 2", chart.Get("title"));
        Assert.Equal(new object[] { 1.0, 2.0 }, chart.Get("points"));
    }

    [Fact]
    public void Bindings_PureGivesTheRawValue_MixedGivesAString()
    {
        var app = DslBuilder.App(
            DslBuilder.Widget("Text1", "TEXT_WIDGET", ("text", "{{ [1, { a: 2 }] }}")),
            DslBuilder.Widget("Text2", "TEXT_WIDGET", ("text", "list: {{ [1, { a: 2 }] }}, none: {{ undefined }}.")));
        using var session = AppsmithSession.Start(app);

        Assert.IsType<object[]>(session.Widget("Text1").Get("text"));
        Assert.Equal("list: [1,{\"a\":2}], none: .", session.Widget("Text2").Get("text"));
    }
}

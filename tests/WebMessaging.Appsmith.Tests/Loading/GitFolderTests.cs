using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Tests.Loading;

public sealed class GitFolderTests : IDisposable
{
    private readonly string _folder = Path.Join(Path.GetTempPath(), "webmsg-appsmith-git-" + Guid.NewGuid().ToString("N"));

    public GitFolderTests()
    {
        Write("metadata.json", """{"clientSchemaVersion": 1.0, "serverSchemaVersion": 11.0, "artifactJsonType": "APPLICATION"}""");
        Write("application.json", """{"name": "Git app", "pages": [{"id": "Home", "isDefault": true}]}""");
        Write("pages/Home/Home.json", """{"unpublishedPage": {"name": "Home", "slug": "home", "layouts": [{"dsl": {"widgetName": "MainContainer", "type": "CANVAS_WIDGET", "widgetId": "0"}}]}}""");
        Write("pages/Home/widgets/Container1.json", """{"widgetName": "Container1", "type": "CONTAINER_WIDGET", "widgetId": "c1", "parentId": "0"}""");
        Write("pages/Home/widgets/Container1/Canvas1.json", """{"widgetName": "Canvas1", "type": "CANVAS_WIDGET", "widgetId": "cv1", "parentId": "c1"}""");
        Write("pages/Home/widgets/Container1/Button1.json", """{"widgetName": "Button1", "type": "BUTTON_WIDGET", "widgetId": "b1", "parentId": "cv1", "onClick": "{{JSObject1.greet()}}"}""");
        Write("pages/Home/widgets/Text1.json", """{"widgetName": "Text1", "type": "TEXT_WIDGET", "widgetId": "t1", "parentId": "0", "text": "{{JSObject1.myVar1}}"}""");
        Write("pages/Home/jsobjects/JSObject1/JSObject1.js", "export default {\n\tmyVar1: 'hi',\n\tgreet () {\n\t\treturn showAlert(this.myVar1 + ' there');\n\t}\n}");
        Write("pages/Home/jsobjects/JSObject1/metadata.json", """{"unpublishedCollection": {"name": "JSObject1", "pageId": "Home"}}""");
    }

    [Fact]
    public void Load_GitFolder_RebuildsTheTreeByParentId()
    {
        var app = AppsmithApplication.Load(_folder);

        Assert.Equal("Git app", app.Name);
        Assert.Equal(["Container1", "Text1"], app.DefaultPage.Root.Children.Select(w => w.Name));
        var container = app.DefaultPage.Root.Children[0];
        Assert.Equal("Button1", container.Children.Single().Children.Single().Name);
        Assert.Equal("JSObject1", app.DefaultPage.JsObjects.Single().Name);
    }

    [Fact]
    public void GitFolderApp_WidgetsInContainersAreGlobals_AndJsObjectsRun()
    {
        using var session = AppsmithSession.Start(AppsmithApplication.Load(_folder));

        session.Click("Button1");

        Assert.Equal("hi", session.Widget("Text1").Get("text"));
        Assert.Equal("hi there", session.Alerts.Single().Message);
        Assert.DoesNotContain(session.Widgets, w => w.Name == "Canvas1");
    }

    [Fact]
    public void Load_WidgetWithUnknownParent_NamesTheWidgetFile()
    {
        Write("pages/Home/widgets/Lost.json", """{"widgetName": "Lost", "type": "TEXT_WIDGET", "widgetId": "l1", "parentId": "nowhere"}""");

        var error = Assert.Throws<AppsmithLoadException>(() => AppsmithApplication.Load(_folder));

        Assert.EndsWith("pages/Home/widgets/Lost.json: parentId: 'nowhere' names no widget of the page", error.Message);
    }

    [Fact]
    public void Load_FolderWithoutApplicationJson_SaysWhichFileIsMissing()
    {
        File.Delete(Path.Join(_folder, "application.json"));

        var error = Assert.Throws<AppsmithLoadException>(() => AppsmithApplication.Load(_folder));

        Assert.EndsWith("application.json: file not found", error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Join(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}

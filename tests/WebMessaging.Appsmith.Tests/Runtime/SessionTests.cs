using WebMessaging.Appsmith.Runtime;
using static WebMessaging.Appsmith.Tests.DslBuilder;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class SessionTests
{
    [Fact]
    public void Start_WithAnOriginThatHasAPath_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => AppsmithSession.Start(App(), new AppsmithOptions { Origin = "https://app.example/path" }));

        Assert.Contains("'https://app.example/path' is not an http or https origin", error.Message);
    }

    [Fact]
    public void Start_WithAnUnknownPage_NamesThePagesThereAre()
    {
        var error = Assert.Throws<ArgumentException>(() => AppsmithSession.Start(Fixtures.Load("IframeOnSrcDocChange.json"), new AppsmithOptions { Page = "Page9" }));

        Assert.Contains("no page named 'Page9' (its pages: Page1, Page2)", error.Message);
    }

    [Fact]
    public void Start_EmbeddedInAParentWithoutTheAppsIframe_SaysWhatTheParentNeeds()
    {
        using var parent = new ParentSite("<p>no iframe here</p>");

        var error = Assert.Throws<InvalidOperationException>(() => AppsmithSession.Start(App(), new AppsmithOptions { Sites = parent.Sites, Embedded = true }));

        Assert.Contains("loaded no iframe of the app: give it an iframe whose src is https://app.appsmith.test/", error.Message);
    }

    [Fact]
    public void Start_EmbeddedInAnIframeSandboxedWithoutScripts_ReportsThatNothingRuns()
    {
        using var parent = new ParentSite("""<iframe sandbox src="https://app.appsmith.test/"></iframe>""");

        using var session = AppsmithSession.Start(App(Widget("Text1", "TEXT_WIDGET", ("text", "{{1 + 1}}"))), new AppsmithOptions { Sites = parent.Sites, Embedded = true });

        Assert.Contains("cannot run scripts", Assert.Single(session.Events).Text);
        Assert.Null(session.Widget("Text1").Get("text"));
    }

    [Fact]
    public void Click_DisabledButton_Throws()
    {
        using var session = AppsmithSession.Start(App(Widget("Button1", "BUTTON_WIDGET", ("isDisabled", "{{true}}"), ("onClick", "{{showAlert('no')}}"))));

        Assert.Throws<InvalidOperationException>(() => session.Click("Button1"));
        Assert.Empty(session.Alerts);
    }

    [Fact]
    public void Click_OnAnInput_SaysItIsNotAButton()
    {
        using var session = AppsmithSession.Start(App(Widget("Input1", "INPUT_WIDGET_V2")));

        var error = Assert.Throws<ArgumentException>(() => session.Click("Input1"));

        Assert.StartsWith("Input1 is a INPUT_WIDGET_V2, not a button", error.Message);
    }

    [Fact]
    public void Type_RunsOnTextChanged_WithTheNewText()
    {
        using var session = AppsmithSession.Start(App(Widget("Input1", "INPUT_WIDGET", ("onTextChanged", "{{showAlert('now ' + Input1.text)}}"))));

        session.Type("Input1", "abc");

        Assert.Equal("now abc", session.Alerts.Single().Message);
    }

    [Fact]
    public void OnUrlChanged_RunsWhenTheBoundSourceChanges()
    {
        var app = App(
            Widget("Input1", "INPUT_WIDGET_V2", ("defaultText", "https://a.example/")),
            Widget("Iframe1", "IFRAME_WIDGET", ("source", "{{Input1.text}}"), ("onURLChanged", "{{showAlert('url ' + Iframe1.source)}}")));
        using var session = AppsmithSession.Start(app);
        Assert.Equal("https://a.example/", session.AppDocument!.Document.GetElementById("iframe-Iframe1")!.GetAttribute("src"));

        session.Type("Input1", "https://b.example/");

        Assert.Equal("url https://b.example/", session.Alerts.Single().Message);
        Assert.Equal("https://b.example/", session.AppDocument.Document.GetElementById("iframe-Iframe1")!.GetAttribute("src"));
    }

    [Fact]
    public void IframeWidget_IgnoresMessagesFromOtherWindows()
    {
        var app = App(
            Widget("Iframe1", "IFRAME_WIDGET", ("srcDoc", "<p>quiet</p>"), ("onMessageReceived", "{{showAlert('wrong')}}")),
            Widget("Iframe2", "IFRAME_WIDGET", ("srcDoc", "<script>parent.postMessage('from two', '*')</script>")));

        using var session = AppsmithSession.Start(app);

        Assert.Null(session.Widget("Iframe1").Get("message"));
        Assert.Equal("from two", session.Widget("Iframe2").Get("message"));
        Assert.Empty(session.Alerts);
    }

    [Fact]
    public void Store_IsKeptAcrossPages()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeOnSrcDocChange.json"));

        session.Run("await storeValue('user', { name: 'Ada' }); navigateTo('Page2');");
        session.Run("showAlert(appsmith.store.user.name);");

        Assert.Equal("Page2", session.CurrentPage!.Name);
        Assert.Equal("Ada", session.Alerts.Single().Message);
    }

    [Fact]
    public void SyntaxErrors_InABindingAndATrigger_AreReportedWhereTheyAre()
    {
        var app = App(
            Widget("Text1", "TEXT_WIDGET", ("text", "{{ 1 + }}")),
            Widget("Button1", "BUTTON_WIDGET", ("onClick", "{{ showAlert( }}")));
        using var session = AppsmithSession.Start(app);

        session.Click("Button1");

        Assert.Equal(
            [(AppsmithEventKind.EvaluationError, "Text1.text"), (AppsmithEventKind.ActionError, "Button1.onClick")],
            session.Events.Select(e => (e.Kind, e.Subject)));
        Assert.Empty(session.Alerts);
    }
}

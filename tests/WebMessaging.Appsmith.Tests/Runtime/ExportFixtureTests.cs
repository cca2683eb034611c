using WebMessaging.Appsmith.Runtime;
using WebMessaging.Tracing;

namespace WebMessaging.Appsmith.Tests.Runtime;

// The shared Appsmith exports, run as their authors meant them.
public sealed class ExportFixtureTests
{
    [Fact]
    public void IframeWidgetPostMessage_SrcDocIframeIsSandboxedWithoutAllowSameOrigin()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));

        var iframe = session.AppDocument!.Document.GetElementById("iframe-Iframe1")!;
        Assert.DoesNotContain("allow-same-origin", iframe.GetAttribute("sandbox"));
        Assert.True(session.AppDocument.GetContentDocument(iframe)!.Origin.IsOpaque);
    }

    [Fact]
    public void IframeWidgetPostMessage_Input1TextStartsEmpty_AndResetsWhenTheStoreChanges()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));
        Assert.Equal("", session.Widget("Input1").Get("text"));

        session.Type("Input1", "typed");
        session.Run("await storeValue('text', 'from the store');");

        Assert.Equal("from the store", session.Widget("Input1").Get("text"));
    }

    [Fact]
    public void IframeWidgetPostMessage_EventsComeInOrder_MetadataMessageStoreAlertInput()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));

        session.RunInFrame("Iframe1", "{ const field = document.querySelector('input'); field.value = 'hello'; field.dispatchEvent(new Event('change')); }");

        Assert.Equal(
            ["Widget Iframe1.messageMetadata", "Widget Iframe1.message", "Store text", "Alert info", "Widget Input1.defaultText", "Widget Input1.text"],
            session.Events.Select(e => e.Kind + " " + e.Subject));
    }

    [Fact]
    public void QaPostMessagePage_Button1PostsToIframe1_Button2PostsToTheWindowItself()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetQA_messaging_pages.json"));
        Assert.Equal("PostMessage", session.CurrentPage!.Name);

        session.Click("Button1");
        session.Click("Button2");

        var delivered = session.Browser.Browser.Trace.Entries.Where(e => e.Event == TraceEventKind.Delivered).ToList();
        Assert.Equal(2, delivered.Count);
        Assert.Equal("null", delivered[0].Receiver!.Origin);
        Assert.Equal(session.Origin, delivered[1].Receiver!.Origin);
    }

    [Fact]
    public void QaPostMessagePage_IframeButtonPostsHi_OnMessageReceivedShowsItsAlert()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetQA_messaging_pages.json"));

        session.RunInFrame("Iframe1", "document.querySelector('button').click();");

        Assert.Equal("hi", session.Widget("Iframe1").Get("message"));
        Assert.Equal(new AppsmithAlert("Message received from iframe entity to iframe window!", "info", 0), session.Alerts.Single());
    }

    [Fact]
    public void QaAccessWindowObjectPage_MessageToAppsmithDotCom_IsDroppedAtAnotherOrigin()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetQA_messaging_pages.json"), new AppsmithOptions { Page = "Access Window Object" });

        var dropped = Assert.Single(session.Browser.Browser.Trace.Entries, e => e.Event == TraceEventKind.Dropped);
        Assert.Equal(DropReason.OriginMismatch, dropped.DropReason);
        Assert.Equal("Screen width of the iFrame widget: \n", session.Widget("Text1").Get("text"));
    }

    [Fact]
    public void QaAccessWindowObjectPage_AtAppsmithDotCom_TheMessageArrives()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetQA_messaging_pages.json"), new AppsmithOptions { Page = "Access Window Object", Origin = "https://app.appsmith.com" });

        Assert.Single(session.Browser.Browser.Trace.Entries, e => e.Event == TraceEventKind.Delivered);
        var metadata = Assert.IsAssignableFrom<IDictionary<string, object?>>(session.Widget("Iframe1").Get("messageMetadata"));
        Assert.Equal("null", metadata["origin"]);
    }

    [Fact]
    public void IframeDsl_SrcDocButtonPosts_Text1ShowsTheMessageMetadataAsJson()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeDsl.json"));

        session.RunInFrame("Iframe1", "document.querySelector('button').click();");

        Assert.Equal("Test message test-app", session.Widget("Iframe1").Get("message"));
        Assert.Equal("""{"lastEventId":"","origin":"null","ports":[]}""", session.Widget("Text1").Get("text"));
    }

    [Fact]
    public void IframeOnSrcDocChange_NavigateToPage2_SwitchesThePage()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeOnSrcDocChange.json"));
        Assert.Equal("Page1", session.CurrentPage!.Name);

        session.Run("navigateTo('Page2', {});");

        Assert.Equal("Page2", session.CurrentPage!.Name);
        Assert.Empty(session.Widgets);
        Assert.Equal("https://app.appsmith.test/app/page2", session.AppDocument!.Url.Href);
        Assert.Equal("Page2", Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.Navigate).Subject);
    }

    [Fact]
    public void OnSrcDocChanged_RunsWhenTheBoundSrcDocChanges_AndTheFrameShowsTheNewDocument()
    {
        var app = DslBuilder.App(
            DslBuilder.Widget("Input1", "INPUT_WIDGET_V2", ("defaultText", "first")),
            DslBuilder.Widget("Iframe1", "IFRAME_WIDGET", ("srcDoc", "<p id=p>{{Input1.text}}</p>"), ("onSrcDocChanged", "{{showAlert('src updated')}}")));
        using var session = AppsmithSession.Start(app);

        session.Type("Input1", "second");

        Assert.Equal("src updated", session.Alerts.Single().Message);
        session.RunInFrame("Iframe1", "window.p = document.getElementById('p').textContent;");
        Assert.Equal("second", SeedExampleTests.FrameGlobal(session, "Iframe1", "p"));
    }
}

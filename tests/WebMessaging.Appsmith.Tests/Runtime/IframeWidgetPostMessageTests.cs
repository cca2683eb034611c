using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class IframeWidgetPostMessageTests
{
    private const string TypeHello = "{ const field = document.querySelector('input'); field.value = 'hello'; field.dispatchEvent(new Event('change')); }";

    [Fact]
    public void ClickButton1_PutsSubmitclickedIntoTheSrcDocInput()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));

        session.Click("Button1");

        Assert.True(session.RunInFrame("Iframe1", "window.seen = document.querySelector('input').value;"));
        var frame = session.AppDocument!.GetContentDocument(session.AppDocument.Document.GetElementById("iframe-Iframe1")!)!;
        Assert.Equal("submitclicked", frame.Engine.GetValue("seen").ToString());
    }

    [Fact]
    public void ChangeInSrcDocInput_StoresTheTextShowsTheAlertAndResetsInput1()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));

        session.RunInFrame("Iframe1", TypeHello);

        Assert.Equal("hello", session.Store["text"]);
        Assert.Equal(["Hey Iframe Called."], session.Alerts.Select(a => a.Message));
        Assert.Equal("hello", session.Widget("Input1").Get("text"));
        Assert.Equal("hello", session.Widget("Iframe1").Get("message"));
    }
}

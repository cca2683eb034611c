using WebMessaging.Appsmith.Runtime;
using static WebMessaging.Appsmith.Tests.DslBuilder;

namespace WebMessaging.Appsmith.Tests.Runtime;

// The documented examples of postWindowMessage: Appsmith → iframe, iframe → Appsmith,
// Appsmith → parent page, parent page → Appsmith.
public sealed class SeedExampleTests
{
    // The srcDoc the docs suggest for a page that receives the message.
    private const string TargetSrcDoc = """
        <div id="target"></div>

        <script>
            window.addEventListener('message', (event) => {
            const tgt = document.querySelector("#target")
                tgt.textContent = event.data
            });
        </script>
        """;

    [Fact]
    public void AppsmithToIframe_ButtonPostsInput1TextToIframe1_IframeShowsIt()
    {
        var app = App(
            Widget("Input1", "INPUT_WIDGET_V2", ("defaultText", "")),
            Widget("Button1", "BUTTON_WIDGET", ("text", "Send"), ("onClick", "{{postWindowMessage(Input1.text, 'Iframe1', '*')}}")),
            Widget("Iframe1", "IFRAME_WIDGET", ("srcDoc", TargetSrcDoc)));
        using var session = AppsmithSession.Start(app);

        session.Type("Input1", "ada@example.com");
        session.Click("Button1");

        session.RunInFrame("Iframe1", "window.shown = document.querySelector('#target').textContent;");
        Assert.Equal("ada@example.com", FrameGlobal(session, "Iframe1", "shown"));
    }

    [Fact]
    public void IframeToAppsmith_OnMessageReceivedRunsAndIframe1MessageHoldsTheData()
    {
        var app = App(
            Widget("Iframe1", "IFRAME_WIDGET",
                ("srcDoc", "<script>parent.postMessage({ email: 'ada@example.com' }, '*');</script>"),
                ("onMessageReceived", "{{showAlert('Got ' + Iframe1.message.email, 'success')}}")),
            Widget("Text1", "TEXT_WIDGET", ("text", "Email: {{Iframe1.message ? Iframe1.message.email : ''}}")));

        using var session = AppsmithSession.Start(app);

        Assert.Equal(new AppsmithAlert("Got ada@example.com", "success", 0), session.Alerts.Single());
        Assert.Equal("Email: ada@example.com", session.Widget("Text1").Get("text"));
        var metadata = Assert.IsAssignableFrom<IDictionary<string, object?>>(session.Widget("Iframe1").Get("messageMetadata"));
        Assert.Equal("null", metadata["origin"]);
    }

    [Fact]
    public void AppsmithToParent_TargetWindowPostsToThePageThatEmbedsTheApp()
    {
        using var parent = new ParentSite("""
            <script>window.received = []; addEventListener('message', e => received.push(e.origin + ' ' + e.data));</script>
            <iframe src="https://app.appsmith.test/"></iframe>
            """);
        var app = App(
            Widget("Input1", "INPUT_WIDGET_V2", ("defaultText", "")),
            Widget("Button1", "BUTTON_WIDGET", ("onClick", "{{postWindowMessage(Input1.text, 'window', 'https://parent.example')}}")));
        using var session = AppsmithSession.Start(app, new AppsmithOptions { Sites = parent.Sites, Embedded = true });

        session.Type("Input1", "to the parent");
        session.Click("Button1");

        var top = session.Browser.GetScriptedWindow(session.AppWindow!.Parent!)!;
        Assert.Equal("https://app.appsmith.test to the parent", top.Engine.Evaluate("received.join('|')").ToString());
    }

    [Fact]
    public void ParentToAppsmith_WindowMessageListenerTakesTheParentsMessagesOnly()
    {
        using var parent = new ParentSite("""
            <iframe src="https://app.appsmith.test/"></iframe>
            """);
        var app = App(Widget("Text1", "TEXT_WIDGET", ("text", "{{appsmith.store.fromParent}}")));
        using var session = AppsmithSession.Start(app, new AppsmithOptions { Sites = parent.Sites, Embedded = true });
        session.Run("windowMessageListener('HTTPS://Parent.example:443', (message) => storeValue('fromParent', message));");

        var top = session.Browser.GetScriptedWindow(session.AppWindow!.Parent!)!;
        top.RunClassicScript("frames[0].postMessage('hello app', '*');", "parent-test");
        session.RunUntilIdle();
        // The app's own message to itself is not from the parent: the listener leaves it.
        session.Run("window.postMessage('from myself', '*');");

        Assert.Equal(["https://parent.example"], session.WindowMessageListeners);
        Assert.Equal("hello app", session.Store["fromParent"]);
        Assert.Equal("hello app", session.Widget("Text1").Get("text"));
    }

    [Fact]
    public void ParentToAppsmith_AfterUnlistenWindowMessage_MessagesAreNotTaken()
    {
        using var parent = new ParentSite("""<iframe src="https://app.appsmith.test/"></iframe>""");
        using var session = AppsmithSession.Start(App(), new AppsmithOptions { Sites = parent.Sites, Embedded = true });
        session.Run("windowMessageListener('https://parent.example', (m) => storeValue('m', m)); unlistenWindowMessage('https://parent.example');");

        var top = session.Browser.GetScriptedWindow(session.AppWindow!.Parent!)!;
        top.RunClassicScript("frames[0].postMessage('ignored', '*');", "parent-test");
        session.RunUntilIdle();

        Assert.Empty(session.WindowMessageListeners);
        Assert.False(session.Store.ContainsKey("m"));
    }

    internal static string FrameGlobal(AppsmithSession session, string iframe, string name)
    {
        var element = session.AppDocument!.Document.GetElementById("iframe-" + iframe)!;
        return session.AppDocument.GetContentDocument(element)!.Engine.GetValue(name).ToString();
    }
}

using WebMessaging.Appsmith.Runtime;
using static WebMessaging.Appsmith.Tests.DslBuilder;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class ActionTests
{
    private static AppsmithSession StartEmpty() => AppsmithSession.Start(App(Widget("Iframe1", "IFRAME_WIDGET", ("srcDoc", "<p>hi</p>"))));

    [Fact]
    public void PostWindowMessage_ToUnknownIframe_FailsNamingIt()
    {
        using var session = StartEmpty();

        session.Run("postWindowMessage('x', 'Nope', '*');");

        var error = Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.ActionError);
        Assert.Equal("Cannot find Iframe with name Nope on this page", error.Text);
    }

    [Theory]
    [InlineData("postWindowMessage(null, 'Iframe1');", "the message is null")]
    [InlineData("postWindowMessage(undefined, 'Iframe1');", "the message is undefined")]
    [InlineData("postWindowMessage('x', 'Iframe1', '');", "Please enter a target origin URL.")]
    public void PostWindowMessage_WithBadArguments_FailsClearly(string code, string expected)
    {
        using var session = StartEmpty();

        session.Run(code);

        Assert.Contains(expected, Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.ActionError).Text);
        Assert.Empty(session.Browser.Browser.Trace.Entries);
    }

    [Fact]
    public void PostWindowMessage_WithDefaults_PostsToTheParentWithStar()
    {
        using var session = StartEmpty();

        session.Run("postWindowMessage('to myself');");

        var posted = session.Browser.Browser.Trace.Entries[0];
        Assert.Equal("*", posted.TargetOrigin);
        Assert.Equal(posted.Sender.Id, posted.Receiver!.Id);
    }

    [Theory]
    [InlineData("https://parent.example/")]
    [InlineData("https://parent.example/path")]
    [InlineData("https://parent.example?q=1")]
    [InlineData("parent.example")]
    public void WindowMessageListener_WithMoreThanAnOrigin_Fails(string origin)
    {
        using var session = StartEmpty();

        session.Run($"windowMessageListener('{origin}', () => {{}});");

        Assert.Contains("is not an origin", Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.ActionError).Text);
        Assert.Empty(session.WindowMessageListeners);
    }

    [Fact]
    public void WindowMessageListener_SecondForTheSameOrigin_WarnsAndTheFirstStays()
    {
        using var session = StartEmpty();

        session.Run("windowMessageListener('https://a.example', () => {}); windowMessageListener('https://A.example:443', () => {});");

        Assert.Contains("Already listening to https://a.example", Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.Warning).Text);
        Assert.Equal(["https://a.example"], session.WindowMessageListeners);
    }

    [Fact]
    public void UnlistenWindowMessage_WithoutListener_Warns()
    {
        using var session = StartEmpty();

        session.Run("unlistenWindowMessage('https://a.example');");

        Assert.Equal("No subscriptions to https://a.example", Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.Warning).Text);
    }

    [Fact]
    public void StoreActions_ChangeAppsmithStore_AndAreRecordedInOrder()
    {
        using var session = StartEmpty();

        session.Run("await storeValue('a', 1); await storeValue('b', { x: [1] }); await removeValue('a');");

        Assert.Equal(["b"], session.Store.Keys);
        Assert.Equal(["a = 1", "b = {\"x\":[1]}", "a = (removed)"], session.Events.Where(e => e.Kind == AppsmithEventKind.Store).Select(e => e.Subject + " = " + e.Text));

        session.Run("clearStore();");
        Assert.Empty(session.Store);
    }

    [Fact]
    public void NavigateTo_UnknownPage_IsRecordedAndOpensNothing()
    {
        using var session = StartEmpty();

        session.Run("navigateTo('https://elsewhere.example/');");

        var navigate = Assert.Single(session.Events, e => e.Kind == AppsmithEventKind.Navigate);
        Assert.Equal("https://elsewhere.example/", navigate.Subject);
        Assert.Equal("Page1", session.CurrentPage!.Name);
    }
}

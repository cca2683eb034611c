namespace WebMessaging.Scripting.Tests.Runtime;

public sealed class LegacyIeTests
{
    [Fact]
    public void AttachEvent_OnMessage_ListensForMessage_WithWindowEventSet()
    {
        using var page = RuntimePage.For(legacyIe: true, ("https://a.example/", """
            <script>
            var returned = window.attachEvent('onmessage', function (e) {
              console.log(e.data, e === window.event, this === window);
            });
            console.log('returned', returned, window.attachEvent('message', function () {}));
            postMessage('hi', '*');
            </script>
            """));

        page.Run();

        Assert.Equal(["returned true false", "hi true true"], page.Console);
    }

    [Fact]
    public void DetachEvent_RemovesTheFunction_OnElementsToo()
    {
        using var page = RuntimePage.For(legacyIe: true, ("https://a.example/", """
            <button>b</button>
            <script>
            var button = document.querySelector('button');
            function onClick() { console.log('click'); }
            button.attachEvent('onclick', onClick);
            button.attachEvent('onclick', onClick);
            button.click();
            button.detachEvent('onclick', onClick);
            button.click();
            console.log('done');
            </script>
            """));

        page.Run();

        Assert.Equal(["click", "done"], page.Console);
    }

    [Fact]
    public void MessageEventDomain_IsTheHostOfTheOrigin()
    {
        using var page = RuntimePage.For(legacyIe: true, ("https://a.example/", """
            <script>
            console.log(JSON.stringify([
              new MessageEvent('message', { origin: 'https://example.com:8443' }).domain,
              new MessageEvent('message', { origin: 'null' }).domain,
              new MessageEvent('message').domain,
            ]));
            </script>
            """));

        page.Run();

        Assert.Equal(["[\"example.com\",\"\",\"\"]"], page.Console);
    }

    [Fact]
    public void WithoutTheOption_ThereIsNoAttachEventNorDomain()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            console.log(typeof window.attachEvent, typeof document.detachEvent, 'domain' in MessageEvent.prototype, typeof window.event);
            </script>
            """));

        page.Run();

        Assert.Equal(["undefined undefined false undefined"], page.Console);
    }
}

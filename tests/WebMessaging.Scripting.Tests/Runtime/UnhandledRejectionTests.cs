namespace WebMessaging.Scripting.Tests.Runtime;

public sealed class UnhandledRejectionTests
{
    [Fact]
    public void RejectionWithoutHandler_FiresUnhandledRejection_ThenTheConsoleSaysUncaughtInPromise()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            var p = Promise.reject(new TypeError('boom'));
            onunhandledrejection = function (e) { console.log('handler', e.constructor.name, e.promise === p, e.reason.message, e.cancelable); };
            addEventListener('unhandledrejection', function (e) { console.log('listener', e.type); });
            console.log('script done');
            </script>
            """));

        page.Run();

        Assert.Equal(["script done", "handler PromiseRejectionEvent true boom true", "listener unhandledrejection"], page.Console);
        var error = Assert.Single(page.Errors);
        Assert.StartsWith("Uncaught (in promise) TypeError: boom", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreventDefault_KeepsTheRejectionOffTheConsole()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            addEventListener('unhandledrejection', function (e) { e.preventDefault(); console.log('reason', e.reason); });
            Promise.reject('quiet');
            </script>
            """));

        page.Run();

        Assert.Equal(["reason quiet"], page.Console);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void HandlerAddedInTheSameCheckpoint_NoEvent()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            addEventListener('unhandledrejection', function () { console.log('unexpected'); });
            var p = Promise.reject(1);
            Promise.resolve().then(function () { p.catch(function () { console.log('caught'); }); });
            </script>
            """));

        page.Run();

        Assert.Equal(["caught"], page.Console);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void RejectionInAsyncFunctionOfAMessageListener_IsReported()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            addEventListener('message', async function (e) { await null; throw new Error('async ' + e.data); });
            postMessage('listener', '*');
            </script>
            """));

        page.Run();

        Assert.StartsWith("Uncaught (in promise) Error: async listener", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandlerAddedAfterTheEvent_FiresRejectionHandled()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            var p = Promise.reject(new Error('late'));
            addEventListener('unhandledrejection', function (e) { console.log('unhandled'); e.preventDefault(); });
            addEventListener('rejectionhandled', function (e) { console.log('handled', e.promise === p, e.reason.message, e.cancelable); });
            setTimeout(function () { p.catch(function () {}); }, 10);
            </script>
            """));

        page.Run();

        Assert.Equal(["unhandled", "handled true late false"], page.Console);
    }

    [Fact]
    public void Constructor_RequiresPromise()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            try { new PromiseRejectionEvent('unhandledrejection', {}); } catch (e) { console.log(e.name); }
            var p = Promise.resolve();
            var e = new PromiseRejectionEvent('x', { promise: p });
            console.log(e.promise === p, e.reason === undefined);
            </script>
            """));

        page.Run();

        Assert.Equal(["TypeError", "true true"], page.Console);
    }
}

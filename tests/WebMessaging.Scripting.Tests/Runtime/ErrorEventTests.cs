namespace WebMessaging.Scripting.Tests.Runtime;

public sealed class ErrorEventTests
{
    [Fact]
    public void UncaughtError_CallsOnErrorWithFiveArguments_ThenErrorListenersInOrder()
    {
        using var page = RuntimePage.For(
            ("https://a.example/", "<script src='app.js'></script>"),
            ("https://a.example/app.js", """
                window.onerror = function (message, source, lineno, colno, error) {
                  console.log('onerror', arguments.length, message, source, lineno, colno, error instanceof ReferenceError, this === window);
                };
                addEventListener('error', function (e) { console.log('first', e.constructor.name, e.message, e.filename, e.lineno, e.colno, e.cancelable, e.isTrusted); });
                addEventListener('error', function (e) { console.log('second', e.error === undefined); });
                setTimeout(function () {
                  missing();
                });
                """));

        page.Run();

        Assert.Equal(
            [
                "onerror 5 Uncaught ReferenceError: missing is not defined https://a.example/app.js 7 3 true true",
                "first ErrorEvent Uncaught ReferenceError: missing is not defined https://a.example/app.js 7 3 true true",
                "second false",
            ],
            page.Console);
        Assert.Contains("missing is not defined", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnErrorReturningTrue_CancelsTheEvent_AndKeepsItOffTheConsole()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            window.onerror = function () { return true; };
            addEventListener('error', function (e) { console.log('canceled', e.defaultPrevented); });
            </script>
            <script>throw new Error('handled');</script>
            """));

        page.Run();

        Assert.Equal(["canceled true"], page.Console);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void OnErrorReturningFalse_DoesNotCancel_AndTheConsoleGetsTheError()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>window.onerror = function () { return false; };</script>
            <script>throw new Error('not handled');</script>
            """));

        page.Run();

        Assert.Contains("not handled", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreventDefaultInErrorListener_KeepsTheErrorOffTheConsole()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>addEventListener('error', function (e) { e.preventDefault(); console.log('seen', e.message); });</script>
            <script>null.f();</script>
            """));

        page.Run();

        Assert.Single(page.Console);
        Assert.StartsWith("seen Uncaught TypeError", page.Console.Single(), StringComparison.Ordinal);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void ErrorInMessageListener_ReachesOnErrorWithTheListenersFileAndLine()
    {
        using var page = RuntimePage.For(
            ("https://a.example/", "<script src='listener.js'></script><script>postMessage('go', '*');</script>"),
            ("https://a.example/listener.js", """
                window.onerror = function (message, source, lineno, colno) {
                  console.log(message, source, lineno, colno);
                  return true;
                };
                window.addEventListener('message', function (e) {
                  notDefined(e.data);
                });
                """));

        page.Run();

        Assert.Equal(["Uncaught ReferenceError: notDefined is not defined https://a.example/listener.js 6 3"], page.Console);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void SyntaxError_NamesFileAndLine_InTheErrorEvent()
    {
        using var page = RuntimePage.For(
            ("https://a.example/", "<script>addEventListener('error', function (e) { console.log(e.message, e.filename, e.lineno, e.error instanceof SyntaxError); });</script><script src='bad.js'></script>"),
            ("https://a.example/bad.js", "var ok = 1;\nvar broken = ;\n"));

        page.Run();

        var line = Assert.Single(page.Console);
        Assert.StartsWith("Uncaught SyntaxError: ", line, StringComparison.Ordinal);
        Assert.EndsWith(" https://a.example/bad.js 2 true", line, StringComparison.Ordinal);
        Assert.DoesNotContain("(https://a.example/bad.js:", line, StringComparison.Ordinal);
        Assert.Equal("https://a.example/bad.js", Assert.Single(page.Errors).SourceUrl);
    }

    [Fact]
    public void ErrorInCrossOriginScript_IsMuted_ScriptErrorWithNoPlace()
    {
        using var page = RuntimePage.For(
            ("https://a.example/", """
                <script>
                window.onerror = function (message, source, lineno, colno, error) {
                  console.log(JSON.stringify([message, source, lineno, colno, error]));
                };
                </script>
                <script src="https://cdn.example/lib.js"></script>
                """),
            ("https://cdn.example/lib.js", "throw new Error('secret detail');"));

        page.Run();

        Assert.Equal(["[\"Script error.\",\"\",0,0,null]"], page.Console);
    }

    [Fact]
    public void ThrowingInOnError_IsReportedToTheConsoleOnly_WithoutRecursion()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            var calls = 0;
            window.onerror = function () { calls++; throw new Error('from onerror'); };
            </script>
            <script>throw new Error('first');</script>
            <script>console.log('calls', calls);</script>
            """));

        page.Run();

        Assert.Equal(["calls 1"], page.Console);
        Assert.Equal(2, page.Errors.Count());
    }

    [Fact]
    public void Constructor_TakesErrorEventInit_WithDefaults()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            var plain = new ErrorEvent('error');
            console.log(JSON.stringify([plain.message, plain.filename, plain.lineno, plain.colno, plain.error === undefined, plain instanceof Event]));
            var full = new ErrorEvent('error', { message: 'm', filename: 'f.js', lineno: 3, colno: 4, error: null, cancelable: true });
            console.log(JSON.stringify([full.message, full.filename, full.lineno, full.colno, full.error, full.cancelable]));
            try { ErrorEvent('error'); } catch (e) { console.log(e.name); }
            </script>
            """));

        page.Run();

        Assert.Equal(["[\"\",\"\",0,0,true,true]", "[\"m\",\"f.js\",3,4,null,true]", "TypeError"], page.Console);
    }

    [Fact]
    public void SyntheticErrorEventAtWindow_GetsFiveArguments_ButOnlyTrueCancels()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>
            window.onerror = function (message, source, lineno) { console.log(arguments.length + ' ' + message + ' ' + source + ' ' + lineno); return false; };
            var e = new ErrorEvent('error', { message: 'm', filename: 'f.js', lineno: 7, cancelable: true });
            console.log(dispatchEvent(e), e.defaultPrevented);
            </script>
            """));

        page.Run();

        Assert.Equal(["5 m f.js 7", "true false"], page.Console);
    }

    [Fact]
    public void CallingANonFunction_MessageStartsLikeChromiums()
    {
        using var page = RuntimePage.For(("https://a.example/", """
            <script>addEventListener('error', function (e) { console.log(e.message); });</script>
            <script>var x = 1; x();</script>
            """));

        page.Run();

        Assert.StartsWith("Uncaught TypeError: ", Assert.Single(page.Console), StringComparison.Ordinal);
    }
}

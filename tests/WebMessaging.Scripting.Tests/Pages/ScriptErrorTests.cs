using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class ScriptErrorTests
{
    [Fact]
    public void Load_MissingScript_ReportsNetworkErrorNamingTheUrl_AndLaterScriptsRun()
    {
        using var page = PageHarness.For(("https://a.example/", "<script src='missing.js'></script><script>log('after')</script>"));
        var window = page.Browser.LoadEntry();
        var scriptEvents = new List<string>();
        var script = window.Document.QuerySelector("script")!;
        window.GetEventTarget(script).AddEventListener("error", e => scriptEvents.Add(e.Type));

        page.Browser.RunUntilIdle();

        Assert.Equal(["after"], page.Log);
        var error = Assert.Single(page.Errors);
        Assert.Equal(PageDiagnosticKind.Network, error.Kind);
        Assert.Equal("https://a.example/missing.js", error.SourceUrl);
        Assert.Contains("https://a.example/missing.js", error.Message, StringComparison.Ordinal);
        Assert.Equal(["error"], scriptEvents);
    }

    [Fact]
    public void Load_SyntaxError_ReportsFileAndLine_AndLaterScriptsRun()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script src='bad.js'></script><script>log('after')</script>"),
            ("https://a.example/bad.js", "var ok = 1;\nvar broken = ;\n"));

        page.Run();

        Assert.Equal(["after"], page.Log);
        var error = Assert.Single(page.Errors);
        Assert.Equal(PageDiagnosticKind.ScriptError, error.Kind);
        Assert.Equal("https://a.example/bad.js", error.SourceUrl);
        Assert.Equal(2, error.Line);
        Assert.Contains("SyntaxError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RuntimeErrorInInlineScript_ReportsDocumentLine_AndNextScriptRuns()
    {
        using var page = PageHarness.For(("https://a.example/", "<!doctype html>\n<p>one</p>\n<script>\nlog('before');\nundefinedFunction();\n</script>\n<script>log('next')</script>"));

        page.Run();

        Assert.Equal(["before", "next"], page.Log);
        var error = Assert.Single(page.Errors);
        Assert.Equal("https://a.example/", error.SourceUrl);
        Assert.Equal(5, error.Line);
        Assert.Contains("ReferenceError", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorEventDispatcher_CancelingKeepsErrorOffTheConsole()
    {
        var errors = new List<ScriptError>();
        using var page = PageHarness.For(
            new ScriptedBrowserOptions
            {
                OnWindowCreated = w => w.ErrorEventDispatcher = error =>
                {
                    errors.Add(error);
                    return true;
                },
            },
            ("https://a.example/", "<script>throw new TypeError('nope')</script>"));

        page.Run();

        var error = Assert.Single(errors);
        Assert.Equal("https://a.example/", error.SourceUrl);
        Assert.False(error.IsMuted);
        Assert.Empty(page.Errors);
    }

    [Fact]
    public void ErrorFromCrossOriginScript_IsMutedForTheErrorEvent()
    {
        var errors = new List<ScriptError>();
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { OnWindowCreated = w => w.ErrorEventDispatcher = error => { errors.Add(error); return false; } },
            ("https://a.example/", "<script src='https://cdn.example/lib.js'></script>"),
            ("https://cdn.example/lib.js", "throw new Error('secret detail')"));

        page.Run();

        Assert.True(Assert.Single(errors).IsMuted);
        Assert.Contains("secret detail", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EndlessLoop_IsStoppedByTimeLimit_AndPageGoesOn()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { ScriptTimeLimit = TimeSpan.FromMilliseconds(100) },
            ("https://a.example/", "<script>while (true) {}</script><script>log('after')</script>"));

        page.Run();

        Assert.Equal(["after"], page.Log);
        Assert.Equal(PageDiagnosticKind.ScriptLimit, Assert.Single(page.Errors).Kind);
    }

    [Fact]
    public void Load_MaxStatements_StopsScript()
    {
        using var page = PageHarness.For(
            new ScriptedBrowserOptions { MaxStatements = 1000 },
            ("https://a.example/", "<script>for (var i = 0; i < 1e6; i++) {}</script><script>log('after')</script>"));

        page.Run();

        Assert.Equal(["after"], page.Log);
        Assert.Contains("MaxStatements", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DeepRecursion_IsARangeErrorNotACrash()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>function f() { return f() + 1; } try { f(); } catch (e) { log(e instanceof RangeError); }</script><script>function g() { return g(); } g();</script><script>log('after')</script>"));

        page.Run();

        Assert.Equal(["true", "after"], page.Log);
        Assert.Contains("RangeError", Assert.Single(page.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingDocument_GivesEmptyDocumentAndNetworkError()
    {
        using var page = PageHarness.For(("https://a.example/", "<p>entry</p>"));

        var window = page.Browser.Load("https://a.example/nothing.html");
        page.Browser.RunUntilIdle();

        Assert.Equal(DocumentReadiness.Complete, window.Readiness);
        Assert.Equal("https://a.example/nothing.html", Assert.Single(page.Errors).SourceUrl);
    }
}

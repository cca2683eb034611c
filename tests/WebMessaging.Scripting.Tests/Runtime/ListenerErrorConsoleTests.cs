using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Runtime;

/// <summary>How an uncaught error of an event listener reads on the console.</summary>
public sealed class ListenerErrorConsoleTests
{
    [Fact]
    public void ErrorInAMessageListener_ReadsAsTheJavaScriptError_WithFileAndLine()
    {
        const string Html = "<script>\nwindow.addEventListener('message', function () {\n  undefinedThing();\n});\npostMessage('x', '*');\n</script>";
        using var browser = ScriptedBrowser.FromHtml(Html, "https://a.example/");
        browser.LoadEntry();
        browser.Browser.RunUntilIdle();

        var error = Assert.Single(browser.Diagnostics, d => d.Kind == PageDiagnosticKind.ScriptError);
        Assert.StartsWith("Uncaught ReferenceError: undefinedThing is not defined", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Line);
    }
}

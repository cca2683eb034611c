namespace WebMessaging.Scripting.Tests.Pages;

public sealed class WindowEventHandlerTests
{
    [Fact]
    public void WindowOnload_SetByScript_RunsAtTheLoadEvent()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>window.onload = e => log('onload ' + e.type + ' ' + (e.target === document) + ' ' + (e.currentTarget === window) + ' ' + e.eventPhase); log(typeof window.onload);</script>"));

        page.Run();

        Assert.Equal(["function", "onload load true true 2"], page.Log);
    }

    [Fact]
    public void BodyOnloadAttribute_SetsTheWindowsOnload()
    {
        using var page = PageHarness.For(("https://a.example/", "<body onload=\"log('body onload')\"><script>log(typeof window.onload);</script></body>"));

        page.Run();

        Assert.Equal(["function", "body onload"], page.Log);
    }

    [Theory]
    [InlineData("onclick")]
    [InlineData("onresize")]
    [InlineData("onhashchange")]
    [InlineData("onbeforeunload")]
    [InlineData("onpagehide")]
    [InlineData("onstorage")]
    [InlineData("onmessage")]
    public void WindowEventHandlerAttributes_AreNullUntilSet(string name)
    {
        using var page = PageHarness.For(("https://a.example/", $"<script>log(String('{name}' in window) + ' ' + String(window.{name})); window.{name} = () => 1; log(typeof window.{name}); window.{name} = 'not a function'; log(String(window.{name}));</script>"));

        page.Run();

        Assert.Equal(["true null", "function", "null"], page.Log);
    }
}

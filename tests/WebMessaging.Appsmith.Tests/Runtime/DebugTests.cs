using WebMessaging.Appsmith.Runtime;
using Xunit.Abstractions;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        using var session = AppsmithSession.Start(Fixtures.Load("IframeWidgetPostMessage.json"));
        session.RunInFrame("Iframe1", "{ const field = document.querySelector('input'); field.value = 'hello'; field.dispatchEvent(new Event('change')); }");
        foreach (var e in session.Events) output.WriteLine(e.ToString());
        foreach (var d in session.Browser.Diagnostics) output.WriteLine(d.ToString());
        foreach (var c in session.Browser.ConsoleMessages) output.WriteLine(c.ToString());
        foreach (var t in session.Browser.Browser.Trace.Entries) output.WriteLine(t.ToString());
        Assert.Fail("dump");
    }
}

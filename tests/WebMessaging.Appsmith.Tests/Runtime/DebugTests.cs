using WebMessaging.Appsmith.Runtime;
using Xunit.Abstractions;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class DebugTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var app = DslBuilder.App(
            DslBuilder.Widget("Iframe1", "IFRAME_WIDGET",
                ("srcDoc", "<script>parent.postMessage({ email: 'ada@example.com' }, '*');</script>"),
                ("onMessageReceived", "{{showAlert('Got ' + Iframe1.message.email, 'success')}}")),
            DslBuilder.Widget("Text1", "TEXT_WIDGET", ("text", "Email: {{Iframe1.message ? Iframe1.message.email : ''}}")));
        using var session = AppsmithSession.Start(app);
        foreach (var e in session.Events) output.WriteLine(e.ToString());
        foreach (var d in session.Browser.Diagnostics) output.WriteLine(d.ToString());
        foreach (var c in session.Browser.ConsoleMessages) output.WriteLine(c.ToString());
        foreach (var t in session.Browser.Browser.Trace.Entries) output.WriteLine(t.ToString());
        Assert.Fail("dump");
    }
}

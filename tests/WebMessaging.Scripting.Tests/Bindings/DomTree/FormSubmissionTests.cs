using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Tests.Pages;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class FormSubmissionTests
{
    [Fact]
    public void SubmitButtonClick_FiresACancelableSubmitEventWithItsSubmitter()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <form id="f" action="/send"><input name="email" value="ada@example.com"><button id="go">Send</button><button id="plain" type="button">No</button></form>
            <script>
            const f = document.getElementById('f');
            f.addEventListener('submit', e => {
              e.preventDefault();
              log([e.type, e instanceof SubmitEvent, e.submitter && e.submitter.id, e.bubbles, e.cancelable, f.elements.length, f.elements[0].value, f.method, f.action].join(' '));
            });
            document.getElementById('go').click();
            document.getElementById('plain').click();
            f.requestSubmit();
            f.submit();
            log(document.forms.length + ' ' + (document.forms[0] === f));
            try { f.requestSubmit(document.getElementById('plain')); } catch (e) { log(e.name); }
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "submit true go true true 3 ada@example.com get https://a.example/send",
                "submit true  true true 3 ada@example.com get https://a.example/send",
                "1 true",
                "TypeError",
            ],
            page.Log);
        Assert.Contains(page.Browser.Diagnostics, d => d.Kind == PageDiagnosticKind.Unsupported && d.Message.Contains("Form submission", StringComparison.Ordinal));
    }
}

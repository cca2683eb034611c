using WebMessaging.Scripting.Tests.Pages;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class DatasetTests
{
    [Fact]
    public void Dataset_ReadsAndWritesDataAttributes_WithCamelCasedNames()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <div id="w" data-widget-id="42" data-origin="https://b.example" data-X="upper"></div>
            <script>
            const w = document.getElementById('w');
            const d = w.dataset;
            log(d.widgetId + ' ' + d.origin + ' ' + String(d.X) + ' ' + Object.keys(d).join() + ' ' + (d === w.dataset) + ' ' + (d instanceof DOMStringMap));
            d.fooBar = 7;
            d.toString = 'shadowing';
            log(w.getAttribute('data-foo-bar') + ' ' + w.getAttribute('data-to-string') + ' ' + d.toString);
            delete d.origin;
            log(String(w.hasAttribute('data-origin')) + ' ' + ('origin' in d));
            try { d['bad-name'] = 1; } catch (e) { log(e.name); }
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "42 https://b.example undefined widgetId,origin,x true true",
                "7 shadowing shadowing",
                "false false",
                "SyntaxError",
            ],
            page.Log);
    }
}

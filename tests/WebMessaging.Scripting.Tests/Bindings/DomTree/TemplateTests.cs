using WebMessaging.Scripting.Tests.Pages;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class TemplateTests
{
    [Fact]
    public void TemplateContent_HoldsTheParsedChildren_AndClonesIntoTheDocument()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <template id="row"><li class="item">hello</li></template><ul id="list"></ul>
            <script>
            const t = document.getElementById('row');
            log(t.content.childNodes.length + ' ' + t.childNodes.length + ' ' + (t.content instanceof DocumentFragment) + ' ' + (t.content === t.content));
            const copy = t.content.cloneNode(true);
            copy.querySelector('li').textContent = 'world';
            document.getElementById('list').appendChild(copy);
            log(document.querySelector('#list li').textContent + ' ' + t.content.querySelector('li').textContent);
            const made = document.createElement('template');
            made.innerHTML = '<b>x</b>';
            log(made.content.childNodes.length + ' ' + made.childNodes.length);
            </script>
            """));

        page.Run();

        Assert.Equal(["1 0 true true", "world hello", "1 0"], page.Log);
    }
}

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class DocumentTests
{
    [Fact]
    public void DocumentAttributes_DescribeTheLoadedPage()
    {
        using var page = DomPage.For(("https://a.example:8443/dir/page.html?q=1", """
            <!DOCTYPE html><html><head><title> My  Page </title></head><body><script>
              log(document.title + '|' + document.URL + '|' + document.documentURI + '|' + document.domain);
              log(document.readyState + ' ' + document.compatMode + ' ' + document.characterSet + ' ' + document.contentType);
              log((document.defaultView === window) + ' ' + document.location);
              log(document.body.tagName + ' ' + document.head.tagName + ' ' + document.documentElement.tagName);
              document.title = 'Renamed';
              log(document.title + ' ' + document.querySelector('title').textContent);
              document.addEventListener('DOMContentLoaded', () => log('DOMContentLoaded ' + document.readyState));
              document.onreadystatechange = () => log('readystatechange ' + document.readyState);
              log(typeof document.createElement + ' ' + (document.getElementById('') === null));
            </script>
            """));
        page.Run();

        Assert.Equal(
            [
                "My Page|https://a.example:8443/dir/page.html?q=1|https://a.example:8443/dir/page.html?q=1|a.example",
                "loading CSS1Compat UTF-8 text/html",
                "true https://a.example:8443/dir/page.html?q=1",
                "BODY HEAD HTML",
                "Renamed Renamed",
                "function true",
                "readystatechange interactive",
                "DOMContentLoaded interactive",
                "readystatechange complete",
            ],
            page.Log);
    }

    [Fact]
    public void CreateElement_LowercasesHtmlNames_AndTextAndFragmentsInsert()
    {
        var log = DomPage.RunPage("""
            <body><script>
              const div = document.createElement('DIV');
              log(div.tagName + ' ' + div.localName + ' ' + div.namespaceURI);
              const fragment = document.createDocumentFragment();
              fragment.append(document.createTextNode('a'), document.createComment('c'), new Text('b'));
              div.appendChild(fragment);
              log(div.childNodes.length + ' ' + fragment.childNodes.length + ' ' + div.innerHTML);
              log(new DocumentFragment().ownerDocument === document);
              const imported = document.importNode(div, true);
              log(imported.outerHTML + ' ' + (imported.parentNode === null));
            </script>
            """);
        Assert.Equal(["DIV div http://www.w3.org/1999/xhtml", "3 0 a<!--c-->b", "true", "<div>a<!--c-->b</div> true"], log);
    }

    [Fact]
    public void CurrentScript_IsTheRunningScriptElement_AndNullOutsideScripts()
    {
        using var page = DomPage.For(("https://a.example/", "<script id='s1'>log(document.currentScript.id)</script><script id='s2'>log(document.currentScript.id)</script>"));
        var top = page.Run();
        page.Execute(top, "log(String(document.currentScript))");
        Assert.Equal(["s1", "s2", "null"], page.Log);
    }
}

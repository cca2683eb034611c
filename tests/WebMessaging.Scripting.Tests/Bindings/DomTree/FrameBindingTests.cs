namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class FrameBindingTests
{
    [Fact]
    public void IframeInsertedByScript_LoadsAndFiresLoadAtTheElement()
    {
        using var page = DomPage.For(
            ("https://a.example/", """
                <body><script>
                  const iframe = document.createElement('iframe');
                  iframe.src = 'child.html';
                  log('before insert ' + iframe.contentWindow);
                  iframe.addEventListener('load', () => log('iframe load ' + iframe.contentDocument.body.textContent));
                  document.body.appendChild(iframe);
                  log('after insert ' + (iframe.contentWindow !== null));
                </script>
                """),
            ("https://a.example/child.html", "<body>child<script>log('child runs')</script></body>"));
        var top = page.Run();

        Assert.Equal(["before insert null", "after insert true", "child runs", "iframe load childlog('child runs')"], page.Log);
        Assert.Equal(1, top.Window.Length);
    }

    [Fact]
    public void IframeInsertedByInnerHtml_LoadsAndRemovingItDetachesTheFrame()
    {
        using var page = DomPage.For(
            ("https://a.example/", """
                <body><div id="host"></div><script>
                  const host = document.getElementById('host');
                  host.innerHTML = '<iframe name="f" srcdoc="<p>inside</p>"></iframe>';
                  const iframe = host.firstChild;
                  iframe.onload = () => log('loaded ' + iframe.contentDocument.querySelector('p').textContent + ' ' + iframe.name);
                </script>
                """));
        var top = page.Run();
        Assert.Equal(["loaded inside f"], page.Log);
        Assert.Equal(1, top.Window.Length);

        page.Execute(top, "const f = document.querySelector('iframe'); f.remove(); log('removed ' + f.contentWindow + ' ' + f.contentDocument)");

        Assert.Equal("removed null null", page.Log[^1]);
        Assert.Equal(0, top.Window.Length);
    }

    [Fact]
    public void ContentDocument_IsNullCrossOrigin_AndTheChildsDocumentSameOrigin()
    {
        using var page = DomPage.For(
            ("https://a.example/", """
                <iframe id="same" src="same.html"></iframe><iframe id="other" src="https://b.example/other.html"></iframe>
                """),
            ("https://a.example/same.html", "<body><p id='p'>original</p><script>document.addEventListener('changed', () => log('child saw ' + document.getElementById('p').textContent))</script></body>"),
            ("https://b.example/other.html", "<body>secret</body>"));
        var top = page.Run();

        page.Execute(top, """
            const same = document.getElementById('same');
            const other = document.getElementById('other');
            log('cross-origin ' + other.contentDocument + ' ' + (other.contentWindow !== null));
            const childDocument = same.contentDocument;
            log('same-origin ' + childDocument.URL + ' ' + (childDocument === same.contentDocument) + ' ' + (childDocument !== document));
            childDocument.getElementById('p').textContent = 'changed by parent';
            childDocument.body.appendChild(childDocument.createElement('hr'));
            childDocument.dispatchEvent(new Event('changed'));
            log('child body now ' + childDocument.body.innerHTML.replace(/<script>.*<\/script>/, ''));
            log('other realm ' + (childDocument instanceof Document) + ' ' + (childDocument.body instanceof Node));
            """);

        Assert.Equal(
            [
                "cross-origin null true",
                "same-origin https://a.example/same.html true true",
                "child saw changed by parent",
                "child body now <p id=\"p\">changed by parent</p><hr>",
                "other realm false false",
            ],
            page.Log);
        var child = top.GetContentDocument(top.Document.GetElementById("same")!)!;
        Assert.Equal("changed by parent", child.Document.GetElementById("p")!.TextContent);
    }

    [Fact]
    public void IframeSrc_SetOnAConnectedIframe_NavigatesTheFrame()
    {
        using var page = DomPage.For(
            ("https://a.example/", "<iframe src='one.html'></iframe><script>document.querySelector('iframe').addEventListener('load', e => log('load ' + e.target.contentDocument.title))</script>"),
            ("https://a.example/one.html", "<title>one</title>"),
            ("https://a.example/two.html", "<title>two</title>"));
        var top = page.Run();

        page.Execute(top, "const f = document.querySelector('iframe'); f.src = 'two.html'; log('src ' + f.src + ' ' + f.getAttribute('src'))");

        Assert.Equal(["load one", "src https://a.example/two.html two.html", "load two"], page.Log);
    }

    [Fact]
    public void IframeSrcdoc_SetOnAConnectedIframe_LoadsTheNewDocument_AndRemovingItLoadsTheSrc()
    {
        using var page = DomPage.For(
            ("https://a.example/", "<iframe src='one.html'></iframe><script>document.querySelector('iframe').addEventListener('load', e => log('load ' + e.target.contentDocument.title + ' ' + e.target.contentWindow.location.href))</script>"),
            ("https://a.example/one.html", "<title>one</title>"));
        var top = page.Run();

        page.Execute(top, """document.querySelector('iframe').srcdoc = '<title>inline</title><script>log("srcdoc runs " + origin)<\/script>'""");
        page.Execute(top, "document.querySelector('iframe').removeAttribute('srcdoc')");

        Assert.Equal(["load one https://a.example/one.html", "srcdoc runs https://a.example", "load inline about:srcdoc", "load one https://a.example/one.html"], page.Log);
    }

    [Fact]
    public void FrameElement_IsTheIframeForASameOriginParent_AndNullOtherwise()
    {
        using var page = DomPage.For(
            ("https://a.example/", "<iframe id='same' src='same.html'></iframe><iframe src='https://b.example/other.html'></iframe>"),
            ("https://a.example/same.html", "<script>log('same ' + (frameElement === parent.document.getElementById('same')) + ' ' + (frameElement instanceof parent.HTMLIFrameElement))</script>"),
            ("https://b.example/other.html", "<script>log('other ' + frameElement)</script>"));
        var top = page.Run();

        page.Execute(top, "log('top ' + frameElement)");

        Assert.Equal(["same true true", "other null", "top null"], page.Log);
    }

    [Fact]
    public void ContentWindow_ReadBeforeTheFrameLoaded_IsTheSameObjectAfterwards_AndFollowsItAcrossOrigins()
    {
        using var page = DomPage.For(
            ("https://a.example/", """
                <iframe src="same.html"></iframe>
                <script>
                  const iframe = document.querySelector('iframe');
                  const early = iframe.contentWindow;
                  let loads = 0;
                  iframe.onload = () => {
                    if (++loads === 1) {
                      log('same ' + (early === iframe.contentWindow) + ' ' + (early === frames[0]) + ' ' + early.marker + ' ' + (early.self === early) + ' ' + (early.parent === window));
                      iframe.src = 'https://b.example/other.html';
                    } else {
                      let read; try { read = early.marker; } catch (e) { read = e.name; }
                      log('cross ' + (early === iframe.contentWindow) + ' ' + (early === frames[0]) + ' ' + read + ' ' + (early.self === early));
                    }
                  };
                </script>
                """),
            ("https://a.example/same.html", "<script>var marker = 'loaded'</script>"),
            ("https://b.example/other.html", "<script>var marker = 'other'</script>"));
        page.Run();

        Assert.Equal(["same true true loaded true true", "cross true true SecurityError true"], page.Log);
    }

    [Fact]
    public void IframeAttributes_ReflectSandboxNameAndSrcdoc()
    {
        var log = DomPage.RunPage("""
            <body><iframe id="f" sandbox="allow-scripts" name="n" srcdoc="<b>x</b>"></iframe><script>
              const f = document.getElementById('f');
              log(f.sandbox.value + ' ' + f.sandbox.contains('allow-scripts') + ' ' + f.sandbox.supports('allow-same-origin') + ' ' + f.sandbox.supports('nope'));
              f.sandbox.add('allow-forms');
              log(f.getAttribute('sandbox') + ' ' + f.name + ' ' + f.srcdoc + ' ' + (f.sandbox === f.sandbox));
              f.name = 'renamed';
              log(f.getAttribute('name') + ' ' + f.src);
            </script>
            """);
        Assert.Equal(["allow-scripts true true false", "allow-scripts allow-forms n <b>x</b> true", "renamed "], log);
    }
}

using WebMessaging.Events;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class EventDispatchTests
{
    [Fact]
    public void Click_BubblesThroughElementsToDocumentAndWindow()
    {
        using var page = DomPage.For(("https://a.example/", """
            <body><div id="outer"><button id="b" onclick="log('inline ' + this.id + ' ' + event.type)">go</button></div><script>
              const b = document.getElementById('b');
              document.getElementById('outer').addEventListener('click', e => log('outer ' + e.eventPhase + ' ' + (e.target === b) + ' ' + (e.currentTarget.id)));
              document.addEventListener('click', e => log('document ' + e.bubbles + ' ' + e.cancelable + ' ' + e.isTrusted));
              document.body.onclick = function (e) { log('body property ' + (this === document.body)); };
              b.addEventListener('click', () => log('listener'));
              document.addEventListener('click', e => log('capture ' + e.eventPhase), true);
            </script>
            """));
        var top = page.Run();
        top.Window.AddEventListener("click", evt => page.Log.Add("window " + evt.EventPhase));

        page.Execute(top, "document.getElementById('b').click()");

        Assert.Equal(["capture 1", "inline b click", "listener", "outer 3 true outer", "body property true", "document true true false", "window 3"], page.Log);
    }

    [Fact]
    public void InlineHandler_SeesElementAndDocumentOnItsScopeChain_AndFalseCancels()
    {
        var log = DomPage.RunPage("""
            <body><a id="link" title="t" onclick="log(title + ' ' + getElementById('link').id + ' ' + typeof body); return false">x</a><script>
              const link = document.getElementById('link');
              log(typeof link.onclick + ' ' + link.onclick.name);
              const notCanceled = link.dispatchEvent(new Event('click', { cancelable: true }));
              log(notCanceled);
            </script>
            """);
        Assert.Equal(["function onclick", "t link object", "false"], log);
    }

    [Fact]
    public void HandlerAttribute_SetByScript_CompilesAndRemoves()
    {
        var log = DomPage.RunPage("""
            <body><div id="d"></div><script>
              const d = document.getElementById('d');
              d.setAttribute('onclick', 'log("attr " + event.type)');
              d.click();
              d.removeAttribute('onclick');
              log(d.onclick);
              d.click();
              d.innerHTML = '<span onclick="log(\'parsed\')">s</span>';
              d.firstChild.click();
              d.onclick = () => log('property');
              d.click();
              d.onclick = null;
              d.click();
            </script>
            """);
        Assert.Equal(["attr click", "null", "parsed", "property"], log);
    }

    [Fact]
    public void InlineHandler_WithSyntaxError_IsReportedAndNull()
    {
        using var page = DomPage.For(("https://a.example/", "<button id='b' onclick='this is not js'>x</button><script>log(document.getElementById('b').onclick)</script>"));
        page.Run();
        Assert.Equal(["null"], page.Log);
        Assert.Contains(page.Errors, e => e.Message.Contains("SyntaxError", StringComparison.Ordinal));
    }

    [Fact]
    public void InputValue_ThenDispatchedChangeAndInput_ReachListenersAndHandlers()
    {
        var log = DomPage.RunPage("""
            <body><form id="f"><input id="name" oninput="log('oninput ' + this.value)"></form><script>
              const input = document.getElementById('name');
              input.addEventListener('change', e => log('change ' + e.target.value + ' ' + e.isTrusted));
              document.getElementById('f').addEventListener('change', () => log('form saw change'));
              input.value = 'Ada';
              input.dispatchEvent(new Event('input'));
              input.dispatchEvent(new Event('change', { bubbles: true }));
              input.onchange = () => log('onchange');
              input.dispatchEvent(new Event('change'));
            </script>
            """);
        Assert.Equal(["oninput Ada", "change Ada false", "form saw change", "change Ada false", "onchange"], log);
    }

    [Fact]
    public void Click_OnCheckbox_TogglesAndFiresInputThenChange_UnlessCanceled()
    {
        var log = DomPage.RunPage("""
            <body><input type="checkbox" id="c"><input type="checkbox" id="d" disabled><script>
              const c = document.getElementById('c');
              c.addEventListener('click', () => log('click sees ' + c.checked));
              c.addEventListener('input', () => log('input'));
              c.addEventListener('change', () => log('change ' + c.checked));
              c.click();
              c.addEventListener('click', e => e.preventDefault());
              c.click();
              log('after canceled ' + c.checked);
              const d = document.getElementById('d');
              d.addEventListener('click', () => log('disabled clicked'));
              d.click();
            </script>
            """);
        Assert.Equal(["click sees true", "input", "change true", "click sees false", "after canceled true"], log);
    }

    [Fact]
    public void CreateEvent_NeedsInitEventBeforeDispatch()
    {
        var log = DomPage.RunPage("""
            <body><script>
              const e = document.createEvent('Event');
              log(e instanceof Event && e.type === '');
              try { document.body.dispatchEvent(e); } catch (err) { log(err.name); }
              e.initEvent('custom', true, true);
              document.addEventListener('custom', ev => log('got ' + ev.type + ' ' + ev.bubbles + ' ' + (ev === e)));
              document.body.dispatchEvent(e);
              log(document.createEvent('HTMLEvents').type === '');
              try { document.createEvent('Nope'); } catch (err) { log(err.name); }
            </script>
            """);
        Assert.Equal(["true", "InvalidStateError", "got custom true true", "true", "NotSupportedError"], log);
    }

    [Fact]
    public void BodyOnloadAttribute_IsTheWindowsLoadHandler()
    {
        using var page = DomPage.For(("https://a.example/", "<body onload=\"log('loaded ' + document.readyState)\"><script>log('script ' + document.readyState)</script></body>"));
        var top = page.Run();
        Assert.Equal(["script loading", "loaded complete"], page.Log);
        Assert.NotNull(top.Window.GetEventHandler("load"));
    }
}

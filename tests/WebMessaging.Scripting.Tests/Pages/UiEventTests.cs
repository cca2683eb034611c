namespace WebMessaging.Scripting.Tests.Pages;

public sealed class UiEventTests
{
    [Fact]
    public void MouseAndKeyboardEvents_TakeTheirInitDictionaries_AndInheritFromUiEvent()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <div id="d"></div>
            <script>
            const d = document.getElementById('d');
            const m = new MouseEvent('click', { bubbles: true, clientX: 10.5, button: 2, ctrlKey: true, view: window, relatedTarget: d });
            log([m.type, m.bubbles, m.clientX, m.x, m.pageX, m.button, m.buttons, m.ctrlKey, m.getModifierState('Control'), m.getModifierState('Shift'), m.view === window, m.relatedTarget === d, m.detail, m.which].join(' '));
            log([m instanceof MouseEvent, m instanceof UIEvent, m instanceof Event, Object.getPrototypeOf(MouseEvent.prototype) === UIEvent.prototype].join(' '));
            const k = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, shiftKey: true, repeat: true });
            log([k.key, k.code, k.keyCode, k.which, k.shiftKey, k.repeat, k.location, KeyboardEvent.DOM_KEY_LOCATION_NUMPAD, k.isTrusted].join(' '));
            log([new InputEvent('input', { data: 'x', inputType: 'insertText' }).data, String(new InputEvent('input').data), new FocusEvent('focus').relatedTarget].join(' '));
            try { new MouseEvent('click', { view: {} }); } catch (e) { log(e.name); }
            try { Object.getOwnPropertyDescriptor(MouseEvent.prototype, 'clientX').get.call(k); } catch (e) { log('brand ' + e.name); }
            log([new PointerEvent('pointerdown', { pointerId: 3, pointerType: 'pen' }).pointerType, new PointerEvent('x').width, new HashChangeEvent('hashchange', { newURL: 'n' }).newURL, new PopStateEvent('popstate', { state: { a: 1 } }).state.a, new CloseEvent('close', { code: 1000 }).code].join(' '));
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "click true 10 10 10 2 0 true true false true true 0 3",
                "true true true true",
                "Enter Enter 13 13 true true 0 3 false",
                "x null ",
                "TypeError",
                "brand TypeError",
                "pen 1 n 1 1000",
            ],
            page.Log);
    }

    [Fact]
    public void ElementClick_FiresAnUntrustedPointerEventWithTheWindowAsView()
    {
        using var page = PageHarness.For(("https://a.example/", "<button id='b'>go</button><script>const b = document.getElementById('b'); b.addEventListener('click', e => log([e.constructor.name, e instanceof MouseEvent, e.isTrusted, e.bubbles, e.cancelable, e.composed, e.view === window, e.button].join(' '))); b.click();</script>"));

        page.Run();

        Assert.Equal(["PointerEvent true false true true true true 0"], page.Log);
    }
}

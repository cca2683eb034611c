using WebMessaging.Scripting.Tests.Pages;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class FocusAndFormControlTests
{
    [Fact]
    public void Focus_MovesActiveElement_WithBlurFocusoutFocusFocusin()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <input id="a"><input id="b"><div id="plain"></div><input id="h" type="hidden">
            <script>
            const a = document.getElementById('a'), b = document.getElementById('b');
            for (const type of ['focus', 'blur', 'focusin', 'focusout']) {
              document.addEventListener(type, e => log(type + ' ' + e.target.id + ' ' + (e.relatedTarget ? e.relatedTarget.id : '-') + ' ' + e.bubbles + ' ' + (e instanceof FocusEvent)), true);
            }
            log(document.activeElement === document.body);
            a.focus();
            b.focus();
            b.focus();
            document.getElementById('plain').focus();
            document.getElementById('h').focus();
            log(document.activeElement.id);
            b.blur();
            log(document.activeElement === document.body);
            a.focus(); a.remove();
            log(document.activeElement === document.body);
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "true",
                "focus a - false true", "focusin a - true true",
                "blur a b false true", "focusout a b true true", "focus b a false true", "focusin b a true true",
                "b",
                "blur b - false true", "focusout b - true true",
                "true",
                "focus a - false true", "focusin a - true true",
                "true",
            ],
            page.Log);
    }

    [Fact]
    public void Select_HasItsOptionsAsALiveCollection()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <select id="s"><option value="a">  First
              option </option><option selected>B</option></select>
            <script>
            const s = document.getElementById('s');
            log(s.options.length + ' ' + s.options[0].text + '|' + s.options[1].value + ' ' + s.options[1].selected + ' ' + s.options[1].index + ' ' + (s.options === s.options));
            const o = document.createElement('option'); o.textContent = 'C'; s.appendChild(o);
            o.selected = true;
            log(s.options.length + ' ' + s.value + ' ' + s.selectedIndex + ' ' + (o instanceof HTMLOptionElement));
            log(JSON.stringify(s.getBoundingClientRect()));
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "2 First option|B true 1 true",
                "3 C 2 true",
                "{\"x\":0,\"y\":0,\"width\":0,\"height\":0,\"top\":0,\"right\":0,\"bottom\":0,\"left\":0}",
            ],
            page.Log);
    }
}

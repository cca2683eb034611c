namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class ElementTests
{
    [Fact]
    public void Attributes_GetSetHasRemoveAndReflect()
    {
        var log = DomPage.RunPage("""
            <body><div id="d" data-x="1"></div><script>
              const d = document.getElementById('d');
              log(d.getAttribute('data-x') + ' ' + d.getAttribute('missing') + ' ' + d.hasAttribute('DATA-X'));
              d.setAttribute('Title', 'hello');
              log(d.getAttribute('title') + ' ' + d.title + ' ' + d.getAttributeNames().join());
              d.removeAttribute('data-x');
              log(d.hasAttribute('data-x') + ' ' + d.hasAttributes());
              d.id = 'e';
              d.className = 'a b';
              log(d.outerHTML + ' ' + (document.getElementById('e') === d));
              log(d.toggleAttribute('hidden') + ' ' + d.hidden + ' ' + d.toggleAttribute('hidden') + ' ' + d.hidden);
              d.hidden = true;
              log(d.getAttribute('hidden') === '');
            </script>
            """);
        Assert.Equal(["1 null true", "hello hello id,data-x,title", "false true", "<div id=\"e\" title=\"hello\" class=\"a b\"></div> true", "true true false false", "true"], log);
    }

    [Fact]
    public void MetaElement_ReflectsNameContentAndHttpEquiv()
    {
        var log = DomPage.RunPage("""
            <head><meta name="timeout" content="long"><meta http-equiv="refresh" content="5"></head><body><script>
              const [timeout, refresh] = document.getElementsByTagName('meta');
              log(timeout instanceof HTMLMetaElement);
              log(timeout.name + ' ' + timeout.content + ' ' + refresh.httpEquiv + ' ' + refresh.name.length);
              refresh.content = '6';
              log(refresh.getAttribute('content'));
            </script>
            """);
        Assert.Equal(["true", "timeout long refresh 0", "6"], log);
    }

    [Fact]
    public void BodyWindowReflectingHandlers_ReadAndWriteTheWindows_AndWindowOnloadFires()
    {
        var log = DomPage.RunPage("""
            <body><script>
              log(document.body.onmessageerror === null && document.body.onmessage === null);
              const handler = () => {};
              document.body.onmessage = handler;
              log(window.onmessage === handler);
              window.onload = handler;
              log(document.body.onload === handler);
              document.body.setAttribute('onmessageerror', 'log("compiled ran")');
              log(typeof document.body.onmessageerror);
              window.dispatchEvent(new Event('messageerror'));
              log(document.createElement('div').onload === null);
              window.onload = e => log('window onload: ' + e.type);
            </script>
            """);
        Assert.Equal(["true", "true", "true", "function", "compiled ran", "true", "window onload: load"], log);
    }

    [Fact]
    public void ClassList_AddRemoveToggleContains_UpdateTheClassAttribute()
    {
        var log = DomPage.RunPage("""
            <body><div id="d" class="a  b a"></div><script>
              const list = document.getElementById('d').classList;
              log(list.length + ' ' + list[0] + ' ' + list.item(1) + ' ' + list[2] + ' ' + list.item(5));
              list.add('c', 'a');
              log(document.getElementById('d').className);
              list.remove('a');
              log(list.value + ' ' + list.contains('a') + ' ' + list.contains('b'));
              log(list.toggle('z') + ' ' + list.toggle('z') + ' ' + list.toggle('b', true) + ' ' + list.toggle('q', false));
              log(list.replace('b', 'B') + ' ' + list + ' ' + [...list].join('|'));
              try { list.add(''); } catch (e) { log(e.name); }
              try { list.add('x y'); } catch (e) { log(e.name); }
              try { list.supports('a'); } catch (e) { log(e.constructor.name); }
              document.getElementById('d').classList = 'p q';
              log(list.value);
            </script>
            """);
        Assert.Equal(["2 a b undefined null", "a b c", "b c false true", "true false true false", "true B c B|c", "SyntaxError", "InvalidCharacterError", "TypeError", "p q"], log);
    }

    [Fact]
    public void InnerHtml_SetterParsesAndGetterSerializes()
    {
        var log = DomPage.RunPage("""
            <body><div id="d"></div><script>
              const d = document.getElementById('d');
              d.innerHTML = '<p class="x">one<b>two</b></p><input value="v">';
              log(d.children.length + ' ' + d.querySelector('b').textContent + ' ' + d.querySelector('input').value);
              log(d.innerHTML);
              d.querySelector('p').outerHTML = '<i>1</i><i>2</i>';
              log(d.innerHTML);
              d.insertAdjacentHTML('afterbegin', '<u>0</u>');
              d.insertAdjacentHTML('beforeend', '<u>3</u>');
              log(d.innerHTML);
              d.innerHTML = null;
              log(d.childNodes.length);
            </script>
            """);
        Assert.Equal(
            [
                "2 two v",
                "<p class=\"x\">one<b>two</b></p><input value=\"v\">",
                "<i>1</i><i>2</i><input value=\"v\">",
                "<u>0</u><i>1</i><i>2</i><input value=\"v\"><u>3</u>",
                "0",
            ],
            log);
    }

    [Fact]
    public void AppendAndPrepend_AcceptNodesAndStrings()
    {
        var log = DomPage.RunPage("""
            <body><div id="d"><span>mid</span></div><script>
              const d = document.getElementById('d');
              d.append('end', document.createElement('br'));
              d.prepend('start');
              log(d.innerHTML);
              d.querySelector('span').before('<');
              d.querySelector('span').after('>');
              log(d.innerHTML);
              d.querySelector('span').replaceWith('X');
              d.querySelector('br').remove();
              log(d.innerHTML + ' ' + d.childNodes.length);
              d.replaceChildren('only');
              log(d.innerHTML);
            </script>
            """);
        Assert.Equal(["start<span>mid</span>end<br>", "start&lt;<span>mid</span>&gt;end<br>", "start&lt;X&gt;end 5", "only"], log);
    }

    [Fact]
    public void ClosestAndMatches_UseSelectors()
    {
        var log = DomPage.RunPage("""
            <body><form id="f"><div class="row"><input id="i"></div></form><script>
              const input = document.getElementById('i');
              log(input.closest('form').id + ' ' + input.closest('.row').className + ' ' + input.closest('table'));
              log(input.matches('form input') + ' ' + input.matches('div > span'));
              log(document.getElementById('f').querySelectorAll('input').length + ' ' + document.getElementById('f').querySelector('#i').id);
              try { input.matches('[[['); } catch (e) { log(e.name); }
              try { document.querySelector(''); } catch (e) { log(e.name); }
            </script>
            """);
        Assert.Equal(["f row null", "true false", "1 i", "SyntaxError", "SyntaxError"], log);
    }

    [Fact]
    public void FormControls_ValueAndChecked_ReadAndWrite()
    {
        var log = DomPage.RunPage("""
            <body><input id="t" value="initial"><input id="c" type="checkbox"><textarea id="ta">text</textarea>
            <select id="s"><option value="a">A</option><option value="b" selected>B</option></select>
            <button id="b">go</button><script>
              const t = document.getElementById('t');
              log(t.value + ' ' + t.type + ' ' + t.defaultValue);
              t.value = 'typed';
              log(t.value + ' ' + t.getAttribute('value'));
              const c = document.getElementById('c');
              log(c.checked + ' ' + c.type);
              c.checked = true;
              log(c.checked);
              const ta = document.getElementById('ta');
              log(ta.value + ' ' + ta.type);
              ta.value = 'new';
              log(ta.value + ' ' + ta.defaultValue);
              const s = document.getElementById('s');
              log(s.value + ' ' + s.selectedIndex + ' ' + s.type + ' ' + s.length);
              s.value = 'a';
              log(s.selectedIndex);
              const b = document.getElementById('b');
              log(b.type + ' ' + (b instanceof HTMLButtonElement));
              t.disabled = true;
              log(t.hasAttribute('disabled') + ' ' + t.disabled);
            </script>
            """);
        Assert.Equal(["initial text initial", "typed initial", "false checkbox", "true", "text textarea", "new text", "b 1 select-one 2", "0", "submit true", "true true"], log);
    }

    [Fact]
    public void StyleAndInnerText_AreApproximations()
    {
        var log = DomPage.RunPage("""
            <body><div id="d">a<b>b</b></div><script>
              const d = document.getElementById('d');
              d.style.display = 'none';
              log(d.style.display + ' ' + (d.style === d.style));
              log(d.innerText);
              d.innerText = 'plain';
              log(d.innerHTML);
            </script>
            """);
        Assert.Equal(["none true", "ab", "plain"], log);
    }
}

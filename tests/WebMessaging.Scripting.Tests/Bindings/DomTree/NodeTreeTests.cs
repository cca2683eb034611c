namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class NodeTreeTests
{
    [Fact]
    public void Wrappers_SameNode_AreTheSameObject()
    {
        var log = DomPage.RunPage("""
            <body><div id="a" class="x"><p>t</p></div>
            <script>
              const a = document.getElementById('a');
              log(document.body === document.body);
              log(a === document.querySelector('.x'));
              log(a === document.body.firstElementChild);
              log(a.childNodes === a.childNodes);
              log(a.children === a.children);
              log(a.classList === a.classList);
              log(a.firstChild.parentNode === a);
              a.expando = 42;
              log(document.querySelector('#a').expando);
            </script>
            """);
        Assert.Equal(["true", "true", "true", "true", "true", "true", "true", "42"], log);
    }

    [Fact]
    public void Interfaces_HaveThePrototypeChainOfTheSpec()
    {
        var log = DomPage.RunPage("""
            <iframe></iframe><input><script>
              const iframe = document.querySelector('iframe');
              log([iframe instanceof HTMLIFrameElement, iframe instanceof HTMLElement, iframe instanceof Element, iframe instanceof Node, iframe instanceof EventTarget].join());
              log(Object.prototype.toString.call(iframe) + ' ' + iframe.constructor.name);
              log(Object.getPrototypeOf(HTMLIFrameElement.prototype) === HTMLElement.prototype);
              log(document instanceof HTMLDocument && document instanceof Document && document instanceof Node);
              log(document.createElement('div') instanceof HTMLDivElement);
              log(document.createElement('section').constructor.name);
              log(document.createElement('foo').constructor.name);
              log(document.createElement('my-widget').constructor.name);
              log(document.querySelector('input') instanceof HTMLInputElement);
              log(document.createTextNode('x') instanceof Text && new Text('y') instanceof CharacterData);
              log(document.createComment('c') instanceof Comment);
              log(document.createDocumentFragment() instanceof DocumentFragment);
              log(document.body.childNodes instanceof NodeList && document.body.children instanceof HTMLCollection);
              try { new Node(); } catch (e) { log(e.constructor.name + ': ' + e.message); }
              try { Node(); } catch (e) { log(e.constructor.name); }
              log(Node.ELEMENT_NODE + ' ' + document.TEXT_NODE + ' ' + Node.DOCUMENT_POSITION_FOLLOWING);
            </script>
            """);
        Assert.Equal(
            [
                "true,true,true,true,true",
                "[object HTMLIFrameElement] HTMLIFrameElement",
                "true",
                "true",
                "true",
                "HTMLElement",
                "HTMLUnknownElement",
                "HTMLElement",
                "true",
                "true",
                "true",
                "true",
                "true",
                "TypeError: Failed to construct 'Node': Illegal constructor",
                "TypeError",
                "1 3 4",
            ],
            log);
    }

    [Fact]
    public void Node_TreeAccessors_ReadTheTree()
    {
        var log = DomPage.RunPage("""
            <!DOCTYPE html><body><ul id="list"><li>one</li><!--c--><li>two</li></ul><script>
              const list = document.getElementById('list');
              const [first, comment, last] = list.childNodes;
              log(list.nodeType + ' ' + list.nodeName + ' ' + list.tagName + ' ' + list.localName);
              log(first.nodeName + ' ' + comment.nodeType + ' ' + comment.nodeName + ' ' + first.firstChild.nodeType + ' ' + first.firstChild.nodeName);
              log(list.firstChild === first && list.lastChild === last);
              log(first.nextSibling === comment && last.previousSibling === comment && first.previousSibling === null);
              log(first.parentElement === list && document.documentElement.parentNode === document && document.documentElement.parentElement === null);
              log(list.firstElementChild.textContent + ' ' + list.lastElementChild.textContent + ' ' + list.childElementCount);
              log(first.nextElementSibling === last);
              log(list.contains(first.firstChild) + ' ' + list.contains(list) + ' ' + first.contains(list) + ' ' + list.contains(null));
              log(first.ownerDocument === document && document.ownerDocument === null);
              log(list.isConnected + ' ' + document.createElement('p').isConnected);
              log(document.doctype.name + ' ' + document.childNodes[0].nodeType + ' ' + document.textContent);
              log(comment.nodeValue + ' ' + list.nodeValue + ' ' + list.hasChildNodes());
              log(first.getRootNode() === document);
              log(first.compareDocumentPosition(last) & Node.DOCUMENT_POSITION_FOLLOWING);
            </script>
            """);
        Assert.Equal(
            [
                "1 UL UL ul",
                "LI 8 #comment 3 #text",
                "true",
                "true",
                "true",
                "one two 2",
                "true",
                "true true false false",
                "true",
                "true false",
                "html 10 null",
                "c null true",
                "true",
                "4",
            ],
            log);
    }

    [Fact]
    public void Mutations_ReturnTheSpecifiedNodes()
    {
        var log = DomPage.RunPage("""
            <body><div id="box"><span id="old">old</span></div><script>
              const box = document.getElementById('box');
              const a = document.createElement('b');
              log(box.appendChild(a) === a);
              const b = document.createElement('i');
              log(box.insertBefore(b, a) === b);
              const old = document.getElementById('old');
              const fresh = document.createElement('em');
              log(box.replaceChild(fresh, old) === old && old.parentNode === null);
              log(box.removeChild(b) === b);
              log(box.innerHTML);
              box.insertBefore(document.createTextNode('end'), null);
              log(box.lastChild.data);
            </script>
            """);
        Assert.Equal(["true", "true", "true", "true", "<em></em><b></b>", "end"], log);
    }

    [Fact]
    public void Mutations_InvalidTree_ThrowDomExceptions()
    {
        var log = DomPage.RunPage("""
            <body><div id="outer"><div id="inner"></div></div><script>
              const outer = document.getElementById('outer');
              const inner = document.getElementById('inner');
              try { inner.appendChild(outer); } catch (e) { log(e.name + ' ' + (e instanceof DOMException) + ' ' + e.code); }
              try { outer.removeChild(document.body); } catch (e) { log(e.name + ' ' + e.code); }
              try { outer.appendChild('text'); } catch (e) { log(e.constructor.name + ': ' + e.message); }
              try { document.createElement('1x'); } catch (e) { log(e.name); }
              try { outer.appendChild(); } catch (e) { log(e.constructor.name); }
              try { Node.prototype.appendChild.call({}, inner); } catch (e) { log(e.message); }
            </script>
            """);
        Assert.Equal(
            [
                "HierarchyRequestError true 3",
                "NotFoundError 8",
                "TypeError: Failed to execute 'appendChild' on 'Node': parameter 1 is not of type 'Node'.",
                "InvalidCharacterError",
                "TypeError",
                "Illegal invocation",
            ],
            log);
    }

    [Fact]
    public void TextContent_SetterReplacesChildren_GetterConcatenatesText()
    {
        var log = DomPage.RunPage("""
            <body><div id="d">a<b>b</b>c</div><script>
              const d = document.getElementById('d');
              log(d.textContent);
              d.textContent = '<i>x</i>';
              log(d.childNodes.length + ' ' + d.firstChild.nodeType + ' ' + d.innerHTML);
              d.textContent = null;
              log(d.childNodes.length);
              const t = document.createTextNode('abc');
              t.textContent = 'xyz';
              t.appendData('!');
              log(t.data + ' ' + t.length + ' ' + t.substringData(1, 10));
            </script>
            """);
        Assert.Equal(["abc", "1 3 &lt;i&gt;x&lt;/i&gt;", "0", "xyz! 4 yz!"], log);
    }

    [Fact]
    public void CloneNode_CopiesShallowOrDeep()
    {
        var log = DomPage.RunPage("""
            <body><div id="d" class="k"><span>s</span></div><script>
              const d = document.getElementById('d');
              const shallow = d.cloneNode();
              const deep = d.cloneNode(true);
              log(shallow.outerHTML + ' ' + deep.outerHTML);
              log(deep !== d && deep.isEqualNode(d) && !shallow.isEqualNode(d) && d.isSameNode(d));
              log(deep.parentNode);
            </script>
            """);
        Assert.Equal(["<div id=\"d\" class=\"k\"></div> <div id=\"d\" class=\"k\"><span>s</span></div>", "true", "null"], log);
    }
}

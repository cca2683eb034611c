namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

public sealed class CollectionTests
{
    [Fact]
    public void QuerySelectorAll_IsStatic_GetElementsByTagName_IsLive()
    {
        var log = DomPage.RunPage("""
            <body><p>1</p><p>2</p><script>
              const fixed = document.querySelectorAll('p');
              const live = document.getElementsByTagName('p');
              const children = document.body.children;
              const childNodes = document.body.childNodes;
              const before = childNodes.length;
              document.body.appendChild(document.createElement('p'));
              log(fixed.length + ' ' + live.length + ' ' + (children.length - 0) + ' ' + (childNodes.length - before));
              live[0].remove();
              log(fixed.length + ' ' + live.length + ' ' + fixed[0].isConnected);
            </script>
            """);
        Assert.Equal(["2 3 4 1", "2 2 false"], log);
    }

    [Fact]
    public void Collections_IndexItemLengthAndIteration()
    {
        var log = DomPage.RunPage("""
            <body><i id="x">a</i><i name="n">b</i><i>c</i><script>
              const list = document.querySelectorAll('i');
              const live = document.getElementsByTagName('i');
              log(list.length + ' ' + list[1].textContent + ' ' + list.item(2).textContent + ' ' + list[3] + ' ' + list.item(3));
              const seen = [];
              for (const node of list) seen.push(node.textContent);
              list.forEach((node, i) => seen.push(i + node.textContent));
              log(seen.join());
              log([...live].map(e => e.textContent).join() + ' ' + Array.from(live).length + ' ' + Object.keys(live).join());
              log(live.namedItem('x').textContent + ' ' + live.namedItem('n').textContent + ' ' + live.namedItem('none'));
              log((0 in list) + ' ' + (5 in list) + ' ' + JSON.stringify(Object.getOwnPropertyDescriptor(list, '0').writable));
              list[0] = 'nope';
              log(list[0].textContent + ' ' + Array.prototype.map.call(live, e => e.textContent).join(''));
              log(typeof NodeList.prototype[Symbol.iterator] + ' ' + (HTMLCollection.prototype[Symbol.iterator] === Array.prototype.values) + ' ' + [...list.keys()].join());
              log(document.getElementsByClassName('none').length + ' ' + document.getElementsByName('n').length);
            </script>
            """);
        Assert.Equal(
            [
                "3 b c undefined null",
                "a,b,c,0a,1b,2c",
                "a,b,c 3 0,1,2",
                "a b null",
                "true false false",
                "a abc",
                "function true 0,1,2",
                "0 1",
            ],
            log);
    }
}

using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class FetchTests
{
    [Fact]
    public void Fetch_ReadsFilesFromTheSiteMap_AsAResponseInATask()
    {
        using var page = PageHarness.For(
            ("https://a.example/app/", "<script>fetch('config.json').then(r => { log(r.status + ' ' + r.ok + ' ' + r.statusText + ' ' + r.type + ' ' + r.url + ' ' + r.headers.get('content-type')); return r.json(); }).then(c => log('config ' + c.widget)); log('fetch returned');</script>"),
            ("https://a.example/app/config.json", "{\"widget\": \"chat\"}"));

        page.Run();

        Assert.Equal(3, page.Log.Count);
        Assert.Equal("fetch returned", page.Log[0]);
        Assert.StartsWith("200 true OK basic https://a.example/app/config.json ", page.Log[1]);
        Assert.Equal("config chat", page.Log[2]);
    }

    [Fact]
    public void Fetch_MissingFileIs404_UnknownOriginRejectsWithTypeError()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>fetch('/missing.txt').then(r => log(r.status + ' ' + r.ok)); fetch('https://nowhere.example/x').catch(e => log(e.name + ': ' + e.message)); fetch('https://[bad').catch(e => log(e.name));</script>"));

        page.Run();

        Assert.Equal(["TypeError", "404 false", "TypeError: Failed to fetch"], page.Log);
        Assert.Contains(page.Errors, d => d.Kind == PageDiagnosticKind.Network && d.SourceUrl == "https://nowhere.example/x");
    }

    [Fact]
    public void Response_ReadsItsBodyOnce_InEveryForm()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            (async () => {
              const r = new Response('héllo', { status: 201, statusText: 'Made', headers: { 'X-One': '1' } });
              log(r.status + ' ' + r.statusText + ' ' + r.ok + ' ' + r.headers.get('content-type') + ' ' + r.headers.get('x-one') + ' ' + r.bodyUsed);
              const copy = r.clone();
              log(await r.text());
              log(String(r.bodyUsed));
              try { await r.text(); } catch (e) { log('again: ' + e.name); }
              log(String((await copy.arrayBuffer()).byteLength));
              const blob = await new Response(new Blob(['ab'], { type: 'text/x-test' })).blob();
              log(blob.size + ' ' + blob.type);
              log(JSON.stringify(await Response.json({ a: [1] }).json()));
              log(Array.from(await new Response(new Uint8Array([7, 8])).bytes()).join());
              try { new Response('x', { status: 204 }); } catch (e) { log('204 body: ' + e.name); }
              try { new Response(null, { status: 99 }); } catch (e) { log('status 99: ' + e.name); }
              log(Response.error().type + ' ' + Response.error().status);
            })();
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "201 Made true text/plain;charset=UTF-8 1 false",
                "héllo",
                "true",
                "again: TypeError",
                "6",
                "2 text/x-test",
                "{\"a\":[1]}",
                "7,8",
                "204 body: TypeError",
                "status 99: RangeError",
                "error 0",
            ],
            page.Log);
    }

    [Fact]
    public void Headers_CombineValuesCaseInsensitively_AndIterateSorted()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const h = new Headers([['B', '2'], ['a', '1']]);
            h.append('b', ' 3 ');
            h.set('C', '4');
            log(h.get('b') + ' ' + h.has('A') + ' ' + String(h.get('missing')));
            log([...h].map(([k, v]) => k + '=' + v).join('&'));
            h.delete('B');
            log([...h.keys()].join());
            try { h.append('bad name', 'x'); } catch (e) { log(e.name); }
            </script>
            """));

        page.Run();

        Assert.Equal(["2, 3 true null", "a=1&b=2, 3&c=4", "a,c", "TypeError"], page.Log);
    }
}

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class WebStorageTests
{
    [Fact]
    public void LocalStorage_KeepsStringsSortedByKey_WithNamedPropertiesThePrototypeDoesNotShadow()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            localStorage.setItem('b', 1);
            localStorage.a = { toString() { return 'two'; } };
            localStorage['getItem'] = 'shadowed?';
            log(localStorage.length + ' ' + localStorage.key(0) + ' ' + localStorage.key(1) + ' ' + localStorage.key(5));
            log(localStorage.getItem('b') + ' ' + typeof localStorage.getItem('b') + ' ' + localStorage.a + ' ' + String(localStorage.getItem('missing')));
            log(typeof localStorage.getItem + ' ' + localStorage.getItem('getItem'));
            log(Object.keys(localStorage).join() + ' ' + ('a' in localStorage) + ' ' + JSON.stringify(localStorage));
            delete localStorage.a;
            localStorage.removeItem('b');
            log(localStorage.length + ' ' + (localStorage === window.localStorage) + ' ' + (localStorage instanceof Storage));
            localStorage.clear();
            log(String(localStorage.length));
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "3 a b null",
                "1 string two null",
                "function shadowed?",
                "a,b true {\"a\":\"two\",\"b\":\"1\"}",
                "1 true true",
                "0",
            ],
            page.Log);
    }

    [Fact]
    public void SetItem_FiresStorageEventsAtOtherSameOriginWindowsOnly()
    {
        using var page = PageHarness.For(
            ("https://a.example/", """
                <iframe name="same" src="https://a.example/frame.html"></iframe>
                <iframe name="other" src="https://b.example/frame.html"></iframe>
                <script>
                addEventListener('storage', () => log('top got its own event'));
                onload = () => { localStorage.setItem('k', 'v1'); localStorage.setItem('k', 'v1'); localStorage.setItem('k', 'v2'); localStorage.clear(); };
                </script>
                """),
            ("https://a.example/frame.html", "<script>addEventListener('storage', e => log([e.key, e.oldValue, e.newValue, e.url, e.storageArea === localStorage, e instanceof StorageEvent, e.isTrusted].join('|')));</script>"),
            ("https://b.example/frame.html", "<script>addEventListener('storage', () => log('cross-origin frame got an event'));</script>"));

        page.Run();

        Assert.Equal(
            [
                "k||v1|https://a.example/|true|true|true",
                "k|v1|v2|https://a.example/|true|true|true",
                "|||https://a.example/|true|true|true",
            ],
            page.Log);
    }

    [Fact]
    public void SessionStorage_IsPerTopLevelWindow_LocalStorageIsShared()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<script>sessionStorage.s = 'top session'; localStorage.l = 'shared'; const w = open('https://a.example/popup.html');</script>"),
            ("https://a.example/popup.html", "<script>log(String(sessionStorage.s) + ' / ' + localStorage.l);</script>"));

        page.Run();

        Assert.Equal(["undefined / shared"], page.Log);
    }

    [Fact]
    public void OpaqueOrigin_ThrowsSecurityErrorOnAccess()
    {
        using var page = PageHarness.For(("https://a.example/", "<iframe sandbox='allow-scripts' srcdoc=\"<script>try { localStorage; parent.postMessage('no error', '*'); } catch (e) { parent.postMessage(e.name, '*'); }</script>\"></iframe><script>onmessage = e => log(e.data);</script>"));

        page.Run();

        Assert.Equal(["SecurityError"], page.Log);
    }

    [Fact]
    public void SetItem_BeyondTheQuota_ThrowsQuotaExceededErrorAndKeepsTheArea()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>localStorage.small = 'x'; try { localStorage.setItem('big', 'y'.repeat(3 * 1024 * 1024)); } catch (e) { log(e.name); } log(localStorage.length + ' ' + String(localStorage.big));</script>"));

        page.Run();

        Assert.Equal(["QuotaExceededError", "1 undefined"], page.Log);
    }

    [Fact]
    public void StorageEventConstructor_TakesItsInitDictionary()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>const e = new StorageEvent('storage', { key: 'k', newValue: 'n', url: 'https://x.example/', storageArea: localStorage }); log([e.key, String(e.oldValue), e.newValue, e.url, e.storageArea === localStorage].join('|')); try { new StorageEvent('storage', { storageArea: {} }); } catch (err) { log(err.name); }</script>"));

        page.Run();

        Assert.Equal(["k|null|n|https://x.example/|true", "TypeError"], page.Log);
    }
}

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class HistoryTests
{
    [Fact]
    public void PushAndReplaceState_ChangeTheUrlAndStateWithoutEvents()
    {
        using var page = PageHarness.For(("https://a.example/app/", """
            <script>
            addEventListener('popstate', () => log('popstate'));
            const data = { step: 1 };
            history.pushState(data, '', 'step-1?x=1');
            log(location.href + ' ' + history.length + ' ' + history.state.step + ' ' + (history.state !== data) + ' ' + (history.state === history.state));
            history.replaceState(null, '', '/app/done');
            log(location.pathname + ' ' + history.length + ' ' + String(history.state));
            try { history.pushState(null, '', 'https://b.example/'); } catch (e) { log(e.name); }
            try { history.pushState(() => 1, ''); } catch (e) { log(e.name); }
            </script>
            """));

        page.Run();

        Assert.Equal(["https://a.example/app/step-1?x=1 2 1 true true", "/app/done 2 null", "SecurityError", "DataCloneError"], page.Log);
    }

    [Fact]
    public void FragmentNavigation_KeepsTheDocument_FiresPopstateThenHashchange()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            window.marker = 'same document';
            addEventListener('popstate', e => log('popstate ' + String(e.state) + ' ' + location.hash));
            addEventListener('hashchange', e => log('hashchange ' + e.oldURL + ' -> ' + e.newURL + ' ' + window.marker));
            onload = () => setTimeout(() => {
              location.hash = 'one';
              log('after set ' + location.href + ' ' + history.length);
              location.hash = 'two';
            });
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "popstate null #one",
                "after set https://a.example/#one 2",
                "popstate null #two",
                "hashchange https://a.example/ -> https://a.example/#one same document",
                "hashchange https://a.example/#one -> https://a.example/#two same document",
            ],
            page.Log);
    }

    [Fact]
    public void Back_TraversesToThePreviousEntryInATask_RestoringItsState()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            history.pushState({ n: 1 }, '', '?page=1');
            history.pushState({ n: 2 }, '', '?page=2');
            addEventListener('popstate', e => log('popstate ' + JSON.stringify(e.state) + ' ' + location.search + ' ' + history.length));
            history.back();
            log('back called ' + location.search);
            setTimeout(() => history.go(-1), 10);
            setTimeout(() => history.forward(), 20);
            setTimeout(() => history.go(5), 30);
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "back called ?page=2",
                "popstate {\"n\":1} ?page=1 3",
                "popstate null  3",
                "popstate {\"n\":1} ?page=1 3",
            ],
            page.Log);
    }

    [Fact]
    public void HashSetWhileTheDocumentLoads_ReplacesTheEntry()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>location.hash = 'early'; log(location.hash + ' ' + history.length);</script>"));

        page.Run();

        Assert.Equal(["#early 1"], page.Log);
    }

    [Fact]
    public void ParentSettingAFramesFragment_DeliversHashchangeInTheFrame()
    {
        using var page = PageHarness.For(
            ("https://a.example/", "<iframe id='f' src='/widget.html'></iframe><script>onload = () => { document.getElementById('f').src = '/widget.html#token=abc'; };</script>"),
            ("https://a.example/widget.html", "<script>window.loaded = (window.loaded || 0) + 1; addEventListener('hashchange', () => log('widget got ' + location.hash + ' loads ' + window.loaded));</script>"));

        page.Run();

        Assert.Equal(["widget got #token=abc loads 1"], page.Log);
    }
}

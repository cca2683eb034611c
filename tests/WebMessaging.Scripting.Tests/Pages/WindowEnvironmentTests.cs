using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class WindowEnvironmentTests
{
    [Fact]
    public void CustomEvent_CarriesItsDetailToListeners_AndInitCustomEventResetsIt()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const detail = { id: 7 };
            addEventListener('ping', e => log(e.type + ' ' + (e.detail === detail) + ' ' + (e instanceof CustomEvent) + ' ' + (e instanceof Event) + ' ' + e.bubbles));
            dispatchEvent(new CustomEvent('ping', { detail, bubbles: true }));
            const plain = new CustomEvent('x');
            log(String(plain.detail));
            plain.initCustomEvent('y', false, true, 'again');
            log(plain.type + ' ' + plain.cancelable + ' ' + plain.detail);
            </script>
            """));

        page.Run();

        Assert.Equal(["ping true true true true", "null", "y true again"], page.Log);
    }

    [Fact]
    public void RequestAnimationFrame_RunsCallbacksAtTheNextFrameInOrder_CancelledOnesNot()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const start = performance.now();
            requestAnimationFrame(t => { log('first ' + (t > start) + ' ' + (t - start <= 1000 / 60 + 0.001)); requestAnimationFrame(() => log('next frame')); });
            const cancelled = requestAnimationFrame(() => log('cancelled'));
            requestAnimationFrame(() => { throw new Error('frame callback error'); });
            requestAnimationFrame(t => log('third'));
            cancelAnimationFrame(cancelled);
            window.onerror = m => log('onerror ' + m);
            </script>
            """));

        page.Run();

        Assert.Equal(["first true true", "onerror Uncaught Error: frame callback error", "third", "next frame"], page.Log);
    }

    [Fact]
    public void Crypto_FillsIntegerArrays_AndRandomUuidIsVersion4InSecureContexts()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const bytes = new Uint8Array(32);
            log(String(crypto.getRandomValues(bytes) === bytes) + ' ' + bytes.some(b => b !== 0));
            try { crypto.getRandomValues(new Float32Array(2)); } catch (e) { log(e.name); }
            try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { log(e.name); }
            log(String(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(crypto.randomUUID())));
            log(String(crypto.randomUUID() !== crypto.randomUUID()) + ' ' + isSecureContext);
            </script>
            """));

        page.Run();

        Assert.Equal(["true true", "TypeMismatchError", "QuotaExceededError", "true", "true true"], page.Log);
    }

    [Fact]
    public void InsecureContext_HasNoRandomUuid()
    {
        using var page = PageHarness.For(("http://a.example/", "<script>log(isSecureContext + ' ' + typeof crypto.randomUUID + ' ' + typeof crypto.getRandomValues);</script>"));

        page.Run();

        Assert.Equal(["false undefined function"], page.Log);
    }

    [Fact]
    public void Navigator_DescribesAHeadlessUserAgent()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>log(navigator.userAgent.startsWith('Mozilla/5.0') + ' ' + navigator.appVersion.startsWith('5.0 (') + ' ' + navigator.language + ' ' + navigator.languages.join() + ' ' + Object.isFrozen(navigator.languages) + ' ' + navigator.onLine + ' ' + (navigator === window.navigator) + ' ' + (navigator instanceof Navigator));</script>"));

        page.Run();

        Assert.Equal(["true true en-US en-US true true true true"], page.Log);
    }

    [Fact]
    public void Dialogs_AreRecordedAndDismissed()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>alert('hello'); log(String(confirm('sure?'))); log(String(prompt('name?', 'x')));</script>"));

        page.Run();

        Assert.Equal(["false", "null"], page.Log);
        var dialogs = page.Browser.Diagnostics.Where(d => d.Kind == PageDiagnosticKind.Dialog).Select(d => d.Message).ToList();
        Assert.Equal(["alert: hello", "confirm: sure?", "prompt: name?"], dialogs);
    }

    [Fact]
    public void Viewport_IsFixedAndSharedArrayBufferIsHidden()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>log(innerWidth + 'x' + innerHeight + ' ' + devicePixelRatio + ' ' + scrollY + ' ' + crossOriginIsolated + ' ' + typeof SharedArrayBuffer); innerWidth = 5; log(String(innerWidth));</script>"));

        page.Run();

        Assert.Equal(["1280x720 1 0 false undefined", "5"], page.Log);
    }
}

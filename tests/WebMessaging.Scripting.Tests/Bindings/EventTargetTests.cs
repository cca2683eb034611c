using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class EventTargetTests
{
    [Fact]
    public void AddEventListener_Once_RunsListenerOnlyOnce()
    {
        using var host = new ScriptHost();
        Assert.Equal("1", host.Text("""
            const t = new EventTarget(); let n = 0;
            t.addEventListener('x', () => n++, { once: true });
            t.dispatchEvent(new Event('x')); t.dispatchEvent(new Event('x'));
            String(n)
            """));
    }

    [Fact]
    public void AddEventListener_SameFunctionTwice_AddsItOnce_ButCaptureMakesAnother()
    {
        using var host = new ScriptHost();
        Assert.Equal("2", host.Text("""
            const t = new EventTarget(); let n = 0; const f = () => n++;
            t.addEventListener('x', f); t.addEventListener('x', f); t.addEventListener('x', f, true);
            t.dispatchEvent(new Event('x'));
            String(n)
            """));
    }

    [Fact]
    public void RemoveEventListener_WithSameFunctionAndCapture_RemovesIt()
    {
        using var host = new ScriptHost();
        Assert.Equal("capture-kept", host.Text("""
            const t = new EventTarget(); const log = [];
            const f = () => log.push('bubble'); const g = () => log.push('capture-kept');
            t.addEventListener('x', f); t.addEventListener('x', g, { capture: true });
            t.removeEventListener('x', f); t.removeEventListener('x', g, false);
            t.dispatchEvent(new Event('x'));
            log.join()
            """));
    }

    [Fact]
    public void AddEventListener_WithSignal_IsRemovedOnAbort_AndNotAddedWhenAlreadyAborted()
    {
        using var host = new ScriptHost();
        Assert.Equal("1,0", host.Text("""
            const t = new EventTarget(); const c = new AbortController(); let n = 0, m = 0;
            t.addEventListener('x', () => n++, { signal: c.signal });
            t.dispatchEvent(new Event('x'));
            c.abort();
            t.dispatchEvent(new Event('x'));
            t.addEventListener('y', () => m++, { signal: AbortSignal.abort() });
            t.dispatchEvent(new Event('y'));
            [n, m].join()
            """));
    }

    [Fact]
    public void AddEventListener_WithNonSignal_ThrowsTypeError()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Failed to read the 'signal' property from 'AddEventListenerOptions' is not of type 'AbortSignal'.", host.Thrown("new EventTarget().addEventListener('x', () => {}, { signal: {} })"));
    }

    [Fact]
    public void AddEventListener_ReadsOptionsInLexicographicOrder()
    {
        using var host = new ScriptHost();
        Assert.Equal("capture,once,passive,signal", host.Text("""
            const read = [];
            const options = new Proxy({}, { get(_, key) { read.push(key); return undefined; } });
            new EventTarget().addEventListener('x', () => {}, options);
            read.join()
            """));
    }

    [Fact]
    public void AddEventListener_WithNonObjectCallback_ThrowsTypeError_AndNullIsIgnored()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'object'.", host.Thrown("new EventTarget().addEventListener('x', 5)"));
        Assert.Equal("TypeError: Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present.", host.Thrown("new EventTarget().addEventListener('x')"));
        Assert.Equal("undefined", host.Text("String(new EventTarget().addEventListener('x', null))"));
    }

    [Fact]
    public void HandleEventObject_IsLookedUpAtDispatchTime_WithObjectAsThis()
    {
        using var host = new ScriptHost();
        Assert.Equal("second:true", host.Text("""
            const t = new EventTarget(); const log = [];
            const listener = { handleEvent() { log.push('first'); } };
            t.addEventListener('x', listener);
            listener.handleEvent = function (e) { log.push('second:' + (this === listener)); };
            t.dispatchEvent(new Event('x'));
            log.join()
            """));
    }

    [Fact]
    public void ListenerException_IsReported_AndNextListenerRuns()
    {
        using var host = new ScriptHost();
        Assert.Equal("true", host.Text("""
            const t = new EventTarget(); let ran = false;
            t.addEventListener('x', () => { throw new RangeError('boom'); });
            t.addEventListener('x', () => { ran = true; });
            t.dispatchEvent(new Event('x'));
            String(ran)
            """));
        var reported = Assert.IsType<ScriptException>(Assert.Single(host.Reported));
        Assert.Equal("RangeError", reported.Value.Get("name").ToString());
        Assert.Contains("boom", reported.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HandleEventObject_WithoutCallableHandleEvent_ReportsTypeError()
    {
        using var host = new ScriptHost();
        host.Run("const t = new EventTarget(); t.addEventListener('x', {}); t.dispatchEvent(new Event('x'));");
        var reported = Assert.IsType<ScriptException>(Assert.Single(host.Reported));
        Assert.Equal("TypeError", reported.Value.Get("name").ToString());
    }

    [Fact]
    public void DispatchEvent_OfNonEvent_ThrowsTypeError()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.", host.Thrown("new EventTarget().dispatchEvent({ type: 'x' })"));
    }

    [Fact]
    public void Listener_FromCoreDispatch_GetsWrapperOfCurrentTargetAsThis()
    {
        using var host = new ScriptHost();
        host.Run("globalThis.t = new EventTarget(); globalThis.log = []; t.addEventListener('x', function (e) { log.push(this === t, e.isTrusted); });");
        Assert.True(BindingRealm.TryUnwrap(host.Engine.Global.Get("t"), out WebMessaging.Events.EventTarget? target));
        target.FireEvent(new WebMessaging.Events.Event("x"));
        Assert.Equal("true,true", host.Text("log.join()"));
    }
}

namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class EventTests
{
    [Fact]
    public void Constructor_WithInitDictionary_SetsAttributes()
    {
        using var host = new ScriptHost();
        Assert.Equal("ping,true,true,false,false,0,null,true,false", host.Text("""
            const e = new Event('ping', { bubbles: true, cancelable: 1 });
            [e.type, e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.eventPhase, String(e.target), e.returnValue, e.isTrusted].join()
            """));
    }

    [Fact]
    public void Constructor_WithoutType_ThrowsTypeError()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Failed to construct 'Event': 1 argument required, but only 0 present.", host.Thrown("new Event()"));
    }

    [Fact]
    public void Constructor_WithNonObjectInit_ThrowsTypeError()
    {
        using var host = new ScriptHost();
        Assert.StartsWith("TypeError: Failed to construct 'Event': parameter 2 is not of type 'object'", host.Thrown("new Event('x', 5)"));
    }

    [Fact]
    public void Flags_DuringAndAfterDispatch_FollowTheDispatchAlgorithm()
    {
        using var host = new ScriptHost();
        string result = host.Text("""
            const t = new EventTarget();
            const e = new Event('x', { cancelable: true });
            const seen = [];
            t.addEventListener('x', ev => {
              seen.push(ev === e, ev.eventPhase === Event.AT_TARGET, ev.currentTarget === t, ev.target === t, ev.composedPath().length === 1 && ev.composedPath()[0] === t);
              ev.preventDefault();
              seen.push(ev.defaultPrevented, ev.returnValue);
            });
            const notCanceled = t.dispatchEvent(e);
            seen.push(notCanceled, e.eventPhase, e.currentTarget, e.target === t, e.composedPath().length, e.isTrusted);
            seen.join()
            """);
        Assert.Equal("true,true,true,true,true,true,false,false,0,,true,0,false", result);
    }

    [Fact]
    public void PreventDefault_InPassiveListener_DoesNotCancel()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,false", host.Text("""
            const t = new EventTarget();
            let prevented;
            t.addEventListener('x', e => { e.preventDefault(); prevented = e.defaultPrevented; }, { passive: true });
            [t.dispatchEvent(new Event('x', { cancelable: true })), prevented].join()
            """));
    }

    [Fact]
    public void StopImmediatePropagation_SkipsLaterListeners_AndCancelBubbleReadsTrue()
    {
        using var host = new ScriptHost();
        Assert.Equal("a,true", host.Text("""
            const t = new EventTarget();
            const log = [];
            let cancelBubble;
            t.addEventListener('x', e => { log.push('a'); e.stopImmediatePropagation(); cancelBubble = e.cancelBubble; });
            t.addEventListener('x', () => log.push('b'));
            t.dispatchEvent(new Event('x'));
            [log.join(), cancelBubble].join()
            """));
    }

    [Fact]
    public void InitEvent_ReinitializesTypeAndFlags()
    {
        using var host = new ScriptHost();
        Assert.Equal("y,true,false", host.Text("const e = new Event('x'); e.initEvent('y', true); [e.type, e.bubbles, e.cancelable].join()"));
    }

    [Fact]
    public void IsTrusted_IsAnUnforgeableOwnAccessor()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,false,function", host.Text("""
            const e = new Event('x');
            const d = Object.getOwnPropertyDescriptor(e, 'isTrusted');
            [e.hasOwnProperty('isTrusted'), d.configurable, typeof d.get].join()
            """));
    }

    [Fact]
    public void Constants_AreOnConstructorAndPrototype()
    {
        using var host = new ScriptHost();
        Assert.Equal("0,1,2,3,3", host.Text("[Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, new Event('x').BUBBLING_PHASE].join()"));
    }

    [Fact]
    public void EventSubclass_IsDispatchedWithItsOwnPrototype()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,42", host.Text("""
            class PingEvent extends Event { constructor() { super('ping'); this.n = 42; } }
            const t = new EventTarget();
            let got;
            t.addEventListener('ping', e => got = e);
            t.dispatchEvent(new PingEvent());
            [got instanceof PingEvent, got.n].join()
            """));
    }
}

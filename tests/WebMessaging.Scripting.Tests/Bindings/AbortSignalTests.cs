namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class AbortSignalTests
{
    [Fact]
    public void Abort_WithoutReason_GivesAbortErrorDomException()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,true,AbortError,20,true", host.Text("""
            const c = new AbortController(); c.abort();
            [c.signal.aborted, c.signal.reason instanceof DOMException, c.signal.reason.name, c.signal.reason.code, c.signal.reason === c.signal.reason].join()
            """));
    }

    [Fact]
    public void Abort_WithNullOrValueReason_KeepsThatValue()
    {
        using var host = new ScriptHost();
        Assert.Equal("null,true", host.Text("""
            const a = new AbortController(); a.abort(null);
            const reason = { why: 1 }; const b = new AbortController(); b.abort(reason);
            [String(a.signal.reason), b.signal.reason === reason].join()
            """));
    }

    [Fact]
    public void ThrowIfAborted_ThrowsTheReasonItself()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,ok", host.Text("""
            const reason = new Error('why'); let caught;
            const s = AbortSignal.abort(reason);
            try { s.throwIfAborted(); } catch (e) { caught = e; }
            new AbortController().signal.throwIfAborted();
            [caught === reason, 'ok'].join()
            """));
    }

    [Fact]
    public void OnAbort_HandlerRunsWithSignalAsThis_AndNonObjectsReadAsNull()
    {
        using var host = new ScriptHost();
        Assert.Equal("abort:true,null,null,true", host.Text("""
            const c = new AbortController(); const log = [];
            c.signal.onabort = function (e) { log.push(e.type + ':' + (this === c.signal)); };
            c.abort();
            const s = new AbortController().signal;
            s.onabort = 5; const afterNumber = s.onabort;
            s.onabort = () => {}; s.onabort = null; const afterNull = s.onabort;
            const o = {}; s.onabort = o;
            [log.join(), String(afterNumber), String(afterNull), s.onabort === o].join()
            """));
    }

    [Fact]
    public void OnAbort_WithNonCallableObject_IsIgnoredWhenTheEventFires()
    {
        using var host = new ScriptHost();
        host.Run("const c = new AbortController(); c.signal.onabort = {}; c.abort();");
        Assert.Empty(host.Reported);
    }

    [Fact]
    public void OnAbort_KeepsItsPositionAmongListeners_WhenReplaced()
    {
        using var host = new ScriptHost();
        Assert.Equal("handler2,listener", host.Text("""
            const c = new AbortController(); const log = [];
            c.signal.onabort = () => log.push('handler1');
            c.signal.addEventListener('abort', () => log.push('listener'));
            c.signal.onabort = () => log.push('handler2');
            c.abort();
            log.join()
            """));
    }

    [Fact]
    public void Timeout_AbortsWithTimeoutErrorWhenTheLoopReachesIt()
    {
        using var host = new ScriptHost();
        host.Run("globalThis.s = AbortSignal.timeout(50); globalThis.log = []; s.addEventListener('abort', () => log.push(s.reason.name));");
        Assert.Equal("false", host.Text("String(s.aborted)"));
        host.EventLoop.RunUntilIdle();
        Assert.Equal("TimeoutError,true", host.Text("[log.join(), s.aborted].join()"));
        Assert.Equal(50, host.EventLoop.Now);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("2 ** 53")]
    public void Timeout_OutOfEnforcedRange_ThrowsTypeError(string milliseconds)
    {
        using var host = new ScriptHost();
        Assert.StartsWith("TypeError: Failed to execute 'timeout' on 'AbortSignal': parameter 1 is ", host.Thrown($"AbortSignal.timeout({milliseconds})"));
    }

    [Fact]
    public void Any_FollowsTheFirstSourceToAbort_AndRejectsNonIterables()
    {
        using var host = new ScriptHost();
        Assert.Equal("false,true,r2", host.Text("""
            const a = new AbortController(), b = new AbortController();
            const any = AbortSignal.any(new Set([a.signal, b.signal]));
            const before = any.aborted;
            b.abort('r2'); a.abort('r1');
            [before, any.aborted, any.reason].join()
            """));
        Assert.StartsWith("TypeError: Failed to execute 'any' on 'AbortSignal': parameter 1 cannot be converted to a sequence", host.Thrown("AbortSignal.any({})"));
        Assert.Equal("TypeError: Failed to execute 'any' on 'AbortSignal': element 1 of parameter 1 is not of type 'AbortSignal'.", host.Thrown("AbortSignal.any([AbortSignal.abort(), 5])"));
    }
}

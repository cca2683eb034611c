namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class MicrotaskCheckpointTests
{
    [Fact]
    public void PromiseReaction_InListenerOfCoreDispatch_RunsBeforeTheNextListener()
    {
        using var host = new ScriptHost();
        host.Run("""
            globalThis.log = [];
            globalThis.c = new AbortController();
            c.signal.addEventListener('abort', () => { log.push('first'); Promise.resolve().then(() => log.push('microtask')); });
            c.signal.addEventListener('abort', () => log.push('second'));
            """);

        // The abort comes from the core (a task), so each listener runs with an empty script
        // stack and the checkpoint after it drains the engine's promise jobs.
        WebMessaging.Events.AbortController controller = ControllerOf(host);
        host.EventLoop.QueueTask(WebMessaging.Scheduling.TaskSource.Host, null, () => controller.Abort(), "abort from host");
        host.EventLoop.RunUntilIdle();
        Assert.Equal("first,microtask,second", host.Text("log.join()"));
    }

    [Fact]
    public void PromiseReaction_InListenerOfScriptDispatch_RunsAfterTheScript()
    {
        using var host = new ScriptHost();
        Assert.Equal("first,second", host.Text("""
            globalThis.log = [];
            const t = new EventTarget();
            t.addEventListener('x', () => { log.push('first'); Promise.resolve().then(() => log.push('microtask')); });
            t.addEventListener('x', () => log.push('second'));
            t.dispatchEvent(new Event('x'));
            log.join()
            """));
        Assert.Equal("first,second,microtask", host.Text("log.join()"));
    }

    [Fact]
    public void CheckpointHook_ReportsWhetherPromiseJobsRan()
    {
        using var host = new ScriptHost();
        var fn = host.Engine.Evaluate("(function () { Promise.resolve().then(() => { globalThis.done = true; }); })");
        host.Engine.Call(fn);
        Assert.Equal("undefined", host.Engine.Global.Get("done").ToString());
        host.EventLoop.PerformMicrotaskCheckpoint();
        Assert.Equal("true", host.Engine.Global.Get("done").ToString());
    }

    private static WebMessaging.Events.AbortController ControllerOf(ScriptHost host)
    {
        Assert.True(WebMessaging.Scripting.Bindings.WebIdl.BindingRealm.TryUnwrap(host.Engine.Global.Get("c"), out WebMessaging.Events.AbortController? controller));
        return controller;
    }
}

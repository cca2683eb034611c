using WebMessaging.Events;
using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Events;

public sealed class MicrotaskCheckpointDuringDispatchTests
{
    [Fact]
    public void DispatchFromATask_RunsMicrotasksBetweenListeners()
    {
        var loop = new EventLoop();
        var environment = new EventEnvironment(loop);
        var target = new TreeNode("target", environment: environment);
        var log = new List<string>();
        target.AddEventListener("ping", _ =>
        {
            log.Add("listener 1");
            loop.QueueMicrotask(() => log.Add("microtask from 1"));
        });
        target.AddEventListener("ping", _ => log.Add("listener 2"));
        loop.QueueTask(TaskSource.PostedMessage, null, () => target.FireEvent(new Event("ping")), "deliver ping");

        loop.RunUntilIdle();

        Assert.Equal(["listener 1", "microtask from 1", "listener 2"], log);
    }

    [Fact]
    public void DispatchFromRunningScript_DefersMicrotasksUntilTheScriptEnds()
    {
        var loop = new EventLoop();
        var environment = new EventEnvironment(loop);
        var target = new TreeNode("target", environment: environment);
        var log = new List<string>();
        target.AddEventListener("ping", _ =>
        {
            log.Add("listener 1");
            loop.QueueMicrotask(() => log.Add("microtask"));
        });
        target.AddEventListener("ping", _ => log.Add("listener 2"));

        loop.PrepareToRunScript();
        target.DispatchEvent(new Event("ping"));
        log.Add("script after dispatchEvent");
        loop.CleanUpAfterRunningScript();

        Assert.Equal(["listener 1", "listener 2", "script after dispatchEvent", "microtask"], log);
    }

    [Fact]
    public void EventEnvironment_WithoutSubscribers_RoutesReportedExceptionsToTheLoop()
    {
        var loop = new EventLoop();
        var environment = new EventEnvironment(loop);
        var target = new TreeNode("target", environment: environment);
        Exception? seen = null;
        loop.UnhandledException += (_, args) => seen = args.Exception;
        target.AddEventListener("ping", _ => throw new InvalidOperationException("listener failed"));

        target.DispatchEvent(new Event("ping"));

        Assert.Equal("listener failed", seen?.Message);
    }

    [Fact]
    public void EventEnvironment_WithASubscriber_RaisesExceptionReported()
    {
        var loop = new EventLoop();
        var environment = new EventEnvironment(loop);
        var target = new TreeNode("target", environment: environment);
        var reported = new List<Exception>();
        environment.ExceptionReported += (_, args) => reported.Add(args.Exception);
        target.AddEventListener("ping", _ => throw new InvalidOperationException("listener failed"));

        target.DispatchEvent(new Event("ping"));

        Assert.Single(reported);
    }
}

using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

public sealed class EventLoopTaskTests
{
    [Fact]
    public void RunUntilIdle_WithTasksFromSeveralSources_RunsThemInQueueingOrder()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.QueueTask(TaskSource.PostedMessage, null, () => log.Add("message 1"), "message 1");
        loop.QueueTask(TaskSource.DomManipulation, null, () => log.Add("dom"), "dom");
        loop.QueueTask(TaskSource.Networking, null, () => log.Add("network"), "network");
        loop.QueueTask(TaskSource.PostedMessage, null, () => log.Add("message 2"), "message 2");

        loop.RunUntilIdle();

        Assert.Equal(["message 1", "dom", "network", "message 2"], log);
    }

    [Fact]
    public void RunUntilIdle_WithTaskQueuedByATask_RunsItAfterTasksQueuedBefore()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.QueueTask(TaskSource.PostedMessage, null, () =>
        {
            log.Add("a");
            loop.QueueTask(TaskSource.DomManipulation, null, () => log.Add("c"), "c");
        }, "a");
        loop.QueueTask(TaskSource.Networking, null, () => log.Add("b"), "b");

        loop.RunUntilIdle();

        Assert.Equal(["a", "b", "c"], log);
    }

    [Fact]
    public void RunUntilIdle_AfterEachTask_DrainsMicrotasksBeforeTheNextTask()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.QueueTask(TaskSource.PostedMessage, null, () =>
        {
            log.Add("task 1");
            loop.QueueMicrotask(() =>
            {
                log.Add("micro 1");
                loop.QueueMicrotask(() => log.Add("micro 1.1"));
            });
        }, "task 1");
        loop.QueueTask(TaskSource.PostedMessage, null, () => log.Add("task 2"), "task 2");

        loop.RunUntilIdle();

        Assert.Equal(["task 1", "micro 1", "micro 1.1", "task 2"], log);
    }

    [Fact]
    public void PerformMicrotaskCheckpoint_CalledFromAMicrotask_ReturnsWithoutRunningTheQueueReentrantly()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.QueueMicrotask(() =>
        {
            log.Add("first start");
            loop.QueueMicrotask(() => log.Add("second"));
            loop.PerformMicrotaskCheckpoint();
            log.Add("first end");
        });

        loop.PerformMicrotaskCheckpoint();

        Assert.Equal(["first start", "first end", "second"], log);
        Assert.False(loop.IsPerformingMicrotaskCheckpoint);
    }

    [Fact]
    public void PerformMicrotaskCheckpoint_RunsHooksAfterCoreMicrotasksAndAgainWhileTheyReportWork()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        int pendingJobs = 2;
        using IDisposable registration = loop.AddMicrotaskCheckpointHook(() =>
        {
            if (pendingJobs == 0)
            {
                return false;
            }

            log.Add("engine job " + pendingJobs--);
            loop.QueueMicrotask(() => log.Add("core after job"));
            return true;
        });
        loop.QueueMicrotask(() => log.Add("core"));

        loop.PerformMicrotaskCheckpoint();

        Assert.Equal(["core", "engine job 2", "core after job", "engine job 1", "core after job"], log);
    }

    [Fact]
    public void AddMicrotaskCheckpointHook_AfterDisposal_NoLongerRunsTheHook()
    {
        var loop = new EventLoop();
        int runs = 0;
        IDisposable registration = loop.AddMicrotaskCheckpointHook(() => runs++);
        loop.PerformMicrotaskCheckpoint();

        registration.Dispose();
        loop.PerformMicrotaskCheckpoint();

        Assert.Equal(1, runs);
    }

    [Fact]
    public void CleanUpAfterRunningScript_OnlyWhenTheScriptStackEmpties_PerformsACheckpoint()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.PrepareToRunScript();
        loop.PrepareToRunScript();
        loop.QueueMicrotask(() => log.Add("micro"));

        loop.CleanUpAfterRunningScript();
        log.Add("inner script done");
        loop.CleanUpAfterRunningScript();

        Assert.Equal(["inner script done", "micro"], log);
        Assert.Equal(0, loop.ScriptNestingDepth);
    }

    [Fact]
    public void RunUntilIdle_WhenATaskThrows_ReportsTheExceptionAndRunsTheNextTask()
    {
        var loop = new EventLoop();
        var reported = new List<EventLoopExceptionEventArgs>();
        loop.UnhandledException += (_, args) => reported.Add(args);
        bool secondRan = false;
        var owner = new object();
        loop.QueueTask(TaskSource.PostedMessage, owner, () => throw new InvalidOperationException("boom"), "failing task");
        loop.QueueTask(TaskSource.PostedMessage, null, () => secondRan = true, "second task");

        loop.RunUntilIdle();

        Assert.True(secondRan);
        EventLoopExceptionEventArgs report = Assert.Single(reported);
        Assert.Equal("boom", report.Exception.Message);
        Assert.Equal("failing task", report.Description);
        Assert.Equal(TaskSource.PostedMessage, report.Source);
        Assert.Same(owner, report.Owner);
    }

    [Fact]
    public void RunUntilIdle_WhenAMicrotaskThrows_ReportsItAndRunsTheRestOfTheQueue()
    {
        var loop = new EventLoop();
        int reported = 0;
        loop.UnhandledException += (_, _) => reported++;
        bool laterRan = false;
        loop.QueueTask(TaskSource.Host, null, () =>
        {
            loop.QueueMicrotask(() => throw new InvalidOperationException("micro boom"));
            loop.QueueMicrotask(() => laterRan = true);
        }, "task");

        loop.RunUntilIdle();

        Assert.Equal(1, reported);
        Assert.True(laterRan);
    }

    [Fact]
    public void DiscardOwner_DropsTheOwnersQueuedTasksAndTimersOnly()
    {
        var loop = new EventLoop();
        var discarded = new object();
        var kept = new object();
        var log = new List<string>();
        loop.QueueTask(TaskSource.PostedMessage, discarded, () => log.Add("discarded task"), "d");
        loop.QueueTask(TaskSource.PostedMessage, kept, () => log.Add("kept task"), "k");
        loop.SetTimeout(() => log.Add("discarded timer"), 10, discarded);
        loop.SetTimeout(() => log.Add("kept timer"), 10, kept);

        loop.DiscardOwner(discarded);
        loop.RunUntilIdle();

        Assert.Equal(["kept task", "kept timer"], log);
    }

    [Fact]
    public void QueueTask_SameStepQueuedSeveralTimesInARow_RunsOnceForEachInQueueingOrder()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        int runs = 0;
        Action step = null!;
        step = () =>
        {
            runs++;
            log.Add("step " + runs);

            // Queued while its own earlier copies wait: it comes after them and after "dom".
            if (runs == 1)
            {
                loop.QueueTask(TaskSource.PostedMessage, null, step, "step");
            }

            // Each run is a task of its own: a microtask it queues runs before the next.
            loop.QueueMicrotask(() => log.Add("microtask after step " + runs), "microtask");
        };
        loop.QueueTask(TaskSource.PostedMessage, null, step, "step");
        loop.QueueTask(TaskSource.PostedMessage, null, step, "step");
        loop.QueueTask(TaskSource.DomManipulation, null, () => log.Add("dom"), "dom");
        loop.QueueTask(TaskSource.PostedMessage, null, step, "step");
        loop.QueueTask(TaskSource.PostedMessage, null, step, "step");
        Assert.Equal(5, loop.QueuedTaskCount);

        loop.RunUntilIdle();

        Assert.Equal(
            [
                "step 1", "microtask after step 1", "step 2", "microtask after step 2", "dom",
                "step 3", "microtask after step 3", "step 4", "microtask after step 4",
                "step 5", "microtask after step 5",
            ],
            log);
        Assert.Equal(0, loop.QueuedTaskCount);
    }

    [Fact]
    public void DiscardOwner_SameTaskQueuedSeveralTimes_DropsEveryCopy()
    {
        var loop = new EventLoop();
        var discarded = new object();
        int ran = 0;
        Action step = () => ran++;
        for (int i = 0; i < 3; i++)
        {
            loop.QueueTask(TaskSource.PostedMessage, discarded, step, "step");
        }

        loop.QueueTask(TaskSource.PostedMessage, null, step, "kept");
        Assert.Equal(4, loop.QueuedTaskCount);

        loop.DiscardOwner(discarded);

        Assert.Equal(1, loop.QueuedTaskCount);
        loop.RunUntilIdle();
        Assert.Equal(1, ran);
    }

    [Fact]
    public void QueueTask_FromOtherThreads_LosesNoTask()
    {
        var loop = new EventLoop();
        int ran = 0;
        Parallel.For(0, 4, _ =>
        {
            for (int i = 0; i < 1000; i++)
            {
                loop.QueueTask(TaskSource.PostedMessage, null, () => ran++, "cross-thread");
            }
        });

        loop.RunUntilIdle();

        Assert.Equal(4000, ran);
    }

    [Fact]
    public void RunUntilIdle_CalledFromATask_ThrowsInvalidOperation()
    {
        var loop = new EventLoop();
        Exception? caught = null;
        loop.UnhandledException += (_, args) => caught = args.Exception;
        loop.QueueTask(TaskSource.Host, null, () => loop.RunUntilIdle(), "nested run");

        loop.RunUntilIdle();

        Assert.IsType<InvalidOperationException>(caught);
    }

    [Fact]
    public void QueueTask_WithUnknownSource_ThrowsNamingTheArgument()
    {
        var loop = new EventLoop();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => loop.QueueTask((TaskSource)99, null, () => { }, "bad"));

        Assert.Equal("source", error.ParamName);
    }
}

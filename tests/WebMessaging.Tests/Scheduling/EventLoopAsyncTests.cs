using System.Diagnostics;
using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

public sealed class EventLoopAsyncTests
{
    [Fact]
    public async Task RunUntilIdleAsync_OnARealClock_WaitsForTheTimer()
    {
        var loop = new EventLoop(new RealClock());
        double firedAt = -1;
        loop.SetTimeout(() => firedAt = loop.Now, 30);

        await loop.RunUntilIdleAsync();

        Assert.True(firedAt >= 30, $"fired at {firedAt} ms");
    }

    [Fact]
    public void RunUntilIdle_OnARealClock_BlocksUntilTheTimerIsDue()
    {
        var loop = new EventLoop(new RealClock());
        var watch = Stopwatch.StartNew();
        bool fired = false;
        loop.SetTimeout(() => fired = true, 20);

        loop.RunUntilIdle();

        Assert.True(fired);
        Assert.True(watch.ElapsedMilliseconds >= 19, $"returned after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task RunUntilIdleAsync_WhenCanceled_ThrowsOperationCanceledAndCanRunAgain()
    {
        var loop = new EventLoop(new RealClock());
        loop.SetTimeout(() => { }, 60_000);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(30));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => loop.RunUntilIdleAsync(cancellationToken: cancellation.Token));

        bool ran = false;
        loop.QueueTask(TaskSource.Host, null, () => ran = true, "after cancel");
        await loop.RunForAsync(TimeSpan.Zero);
        Assert.True(ran);
    }

    [Fact]
    public async Task RunUntilIdleAsync_WhileWaiting_WakesForATaskQueuedFromAnotherThread()
    {
        var loop = new EventLoop(new RealClock());
        bool ran = false;
        double ranAt = -1;
        loop.SetTimeout(() => { }, 5_000);
        var timer = new Timer(_ => loop.QueueTask(TaskSource.PostedMessage, null, () =>
        {
            ran = true;
            ranAt = loop.Now;
            loop.ClearTimer(1);
        }, "from another thread"), null, 20, Timeout.Infinite);

        await loop.RunUntilIdleAsync();
        await timer.DisposeAsync();

        Assert.True(ran);
        Assert.True(ranAt < 4_000, $"ran at {ranAt} ms");
    }

    [Fact]
    public async Task RunForAsync_OnTheVirtualClock_RunsTheSpanWithoutWaiting()
    {
        var loop = new EventLoop();
        int ticks = 0;
        loop.SetInterval(() => ticks++, 1000);
        var watch = Stopwatch.StartNew();

        await loop.RunForAsync(TimeSpan.FromMinutes(10));

        Assert.Equal(600, ticks);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void RunUntilIdle_OnARealClockPastTheWallClockTimeout_ThrowsTheLimitException()
    {
        var loop = new EventLoop(new RealClock());
        loop.SetTimeout(() => { }, 10_000, description: "slow timer");

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { WallClockTimeout = TimeSpan.FromMilliseconds(50) }));

        Assert.Equal(RunLimit.WallClockTimeout, error.Limit);
    }

    [Fact]
    public void RunUntilIdle_EndlessFastTasks_ThrowsTheWallClockLimitSoonAfterItPasses()
    {
        var loop = new EventLoop();
        Action step = null!;
        step = () => loop.QueueTask(TaskSource.PostedMessage, null, step, "ping");
        loop.QueueTask(TaskSource.PostedMessage, null, step, "ping");
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = long.MaxValue, WallClockTimeout = TimeSpan.FromMilliseconds(300) }));

        Assert.Equal(RunLimit.WallClockTimeout, error.Limit);
        Assert.InRange(watch.Elapsed, TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void RunUntilIdle_SlowTasksPastTheWallClockLimit_StopsAfterTheTaskThatCrossedIt()
    {
        // The turn after the task that crossed the limit throws: no task starts well after it
        // (the margin is for the machine's scheduling, far below another run of 40 ms tasks).
        Assert.InRange(LastTaskStartBeforeTheWallClockLimit(taskMs: 40, limitMs: 200), 0, 200 + 100);
    }

    [Fact]
    public async Task RunUntilIdle_SlowTasksPastTheWallClockLimitWhileTheThreadPoolIsBusy_StillStopsAtTheLimit()
    {
        // Every pool thread the pool has at hand is blocked, so that anything the limit would
        // need from the pool (a timer callback) waits; the limit must not.
        ThreadPool.GetMinThreads(out int poolThreads, out _);
        using var release = new ManualResetEventSlim();
        var blockers = Enumerable.Range(0, poolThreads).Select(_ => Task.Run(() => release.Wait())).ToArray();
        try
        {
            Assert.InRange(LastTaskStartBeforeTheWallClockLimit(taskMs: 20, limitMs: 200), 0, 200 + 100);
        }
        finally
        {
            release.Set();
            await Task.WhenAll(blockers);
        }
    }

    // Runs tasks of taskMs each (more than fit) under a wall-clock limit of limitMs, checks
    // that the run throws the limit's exception, and returns when the last task that ran
    // started (ms after the run began).
    private static double LastTaskStartBeforeTheWallClockLimit(int taskMs, int limitMs)
    {
        var loop = new EventLoop();
        var watch = new System.Diagnostics.Stopwatch();
        double lastStart = -1;
        for (int i = 0; i < 10 * limitMs / taskMs; i++)
        {
            loop.QueueTask(TaskSource.PostedMessage, null, () =>
            {
                lastStart = watch.Elapsed.TotalMilliseconds;
                Thread.Sleep(taskMs);
            }, "slow");
        }

        watch.Start();
        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { WallClockTimeout = TimeSpan.FromMilliseconds(limitMs) }));
        Assert.Equal(RunLimit.WallClockTimeout, error.Limit);
        return lastStart;
    }
}

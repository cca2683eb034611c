using System.Diagnostics;
using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

public sealed class TimerTests
{
    [Fact]
    public void SetTimeout_WithEqualDelays_FiresInInsertionOrder()
    {
        var loop = new EventLoop();
        var log = new List<int>();
        for (int i = 0; i < 5; i++)
        {
            int n = i;
            loop.SetTimeout(() => log.Add(n), 10);
        }

        loop.RunUntilIdle();

        Assert.Equal([0, 1, 2, 3, 4], log);
    }

    [Fact]
    public void SetTimeout_WithShorterDelaySetLater_FiresItFirst()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.SetTimeout(() => log.Add("long"), 20);
        loop.SetTimeout(() => log.Add("short"), 5);
        loop.SetTimeout(() => log.Add("zero"), 0);

        loop.RunUntilIdle();

        Assert.Equal(["zero", "short", "long"], log);
    }

    [Fact]
    public void SetTimeout_FiresAtItsDueTimeOnTheVirtualClock()
    {
        var loop = new EventLoop();
        double firedAt = -1;
        loop.SetTimeout(() => firedAt = loop.Now, 250);

        loop.RunUntilIdle();

        Assert.Equal(250, firedAt);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-5)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.PositiveInfinity)]
    public void SetTimeout_WithNegativeOrNonFiniteDelay_FiresWithoutDelay(double delay)
    {
        var loop = new EventLoop();
        double firedAt = -1;
        loop.SetTimeout(() => firedAt = loop.Now, delay);

        loop.RunUntilIdle();

        Assert.Equal(0, firedAt);
    }

    [Fact]
    public void SetTimeout_ReturnsPositiveIdsUniquePerOwner()
    {
        var loop = new EventLoop();
        var windowA = new object();
        var windowB = new object();

        int a1 = loop.SetTimeout(() => { }, 0, windowA);
        int a2 = loop.SetTimeout(() => { }, 0, windowA);
        int b1 = loop.SetInterval(() => { }, 0, windowB);

        Assert.True(a1 > 0);
        Assert.NotEqual(a1, a2);
        Assert.Equal(1, b1);
    }

    [Fact]
    public void ClearTimer_WithAnotherOwnersId_DoesNotClearThatTimer()
    {
        var loop = new EventLoop();
        var windowA = new object();
        var windowB = new object();
        bool fired = false;
        int id = loop.SetTimeout(() => fired = true, 10, windowA);

        loop.ClearTimer(id, windowB);
        loop.RunUntilIdle();

        Assert.True(fired);
    }

    [Fact]
    public void SetTimeout_NestedMoreThanFiveLevels_ClampsTheDelayToFourMilliseconds()
    {
        var loop = new EventLoop();
        var firedAt = new List<double>();

        void Nest()
        {
            firedAt.Add(loop.Now);
            if (firedAt.Count < 8)
            {
                loop.SetTimeout(Nest, 0);
            }
        }

        loop.SetTimeout(Nest, 0);
        loop.RunUntilIdle();

        // Timers 1-6 are set at nesting levels 0-5 (no clamp); timers 7 and 8 at levels 6 and 7.
        Assert.Equal([0, 0, 0, 0, 0, 0, 4, 8], firedAt);
    }

    [Fact]
    public void SetTimeout_FromAMicrotaskAfterATimerTask_DoesNotInheritTheNestingLevel()
    {
        var loop = new EventLoop();
        var firedAt = new List<double>();
        int depth = 0;

        void Nest()
        {
            if (++depth < 7)
            {
                loop.SetTimeout(Nest, 0);
                return;
            }

            double scheduledAt = loop.Now;
            loop.QueueMicrotask(() => loop.SetTimeout(() => firedAt.Add(loop.Now - scheduledAt), 0));
        }

        loop.SetTimeout(Nest, 0);
        loop.RunUntilIdle();

        Assert.Equal([0], firedAt);
    }

    [Fact]
    public void SetInterval_RearmsEveryIntervalUntilCleared()
    {
        var loop = new EventLoop();
        var firedAt = new List<double>();
        int id = 0;
        id = loop.SetInterval(() =>
        {
            firedAt.Add(loop.Now);
            if (firedAt.Count == 4)
            {
                loop.ClearTimer(id);
            }
        }, 100);

        loop.RunUntilIdle();

        Assert.Equal([100, 200, 300, 400], firedAt);
    }

    [Fact]
    public void ClearTimer_InsideItsOwnTimeoutCallback_IsHarmlessAndTheTimerDoesNotRepeat()
    {
        var loop = new EventLoop();
        int runs = 0;
        int id = 0;
        id = loop.SetTimeout(() =>
        {
            runs++;
            loop.ClearTimer(id);
        }, 5);

        loop.RunUntilIdle();

        Assert.Equal(1, runs);
        Assert.Equal(0, loop.PendingTimerCount);
    }

    [Fact]
    public void ClearTimer_BeforeItIsDue_PreventsTheCallbackAndTheClockSkip()
    {
        var loop = new EventLoop();
        bool fired = false;
        int id = loop.SetTimeout(() => fired = true, 1000);

        loop.ClearTimer(id);
        loop.RunUntilIdle();

        Assert.False(fired);
        Assert.Equal(0, loop.Now);
    }

    [Fact]
    public void SetInterval_WhenTheCallbackThrows_ReportsAndKeepsRepeating()
    {
        var loop = new EventLoop();
        int reported = 0;
        loop.UnhandledException += (_, _) => reported++;
        int runs = 0;
        int id = 0;
        id = loop.SetInterval(() =>
        {
            if (++runs == 3)
            {
                loop.ClearTimer(id);
            }

            throw new InvalidOperationException("tick failed");
        }, 10);

        loop.RunUntilIdle();

        Assert.Equal(3, runs);
        Assert.Equal(3, reported);
    }

    [Fact]
    public void RunUntilIdle_WithAZeroDelayTimerRearmingForever_ThrowsTheLimitExceptionNamingTheTimer()
    {
        var loop = new EventLoop();

        void Pump() => loop.SetTimeout(Pump, 0, description: "pump timer");

        loop.SetTimeout(Pump, 0, description: "pump timer");

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = 10_000 }));
        Assert.Equal(RunLimit.MaxTasks, error.Limit);
        Assert.Contains("pump timer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunUntilIdle_WithAnEndlessInterval_ThrowsTheVirtualTimeLimitNamingTheInterval()
    {
        var loop = new EventLoop();
        loop.SetInterval(() => { }, 60_000);

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle());

        Assert.Equal(RunLimit.MaxVirtualTime, error.Limit);
        Assert.Contains("setInterval #1 (60000 ms)", error.Message, StringComparison.Ordinal);
        Assert.Equal(3_600_000, loop.Now);
    }

    [Fact]
    public void RunUntilIdle_WithEndlessPingPongTasks_ThrowsNamingTheMostFrequentTasks()
    {
        var loop = new EventLoop();

        void Ping() => loop.QueueTask(TaskSource.PostedMessage, null, Pong, "ping message");
        void Pong() => loop.QueueTask(TaskSource.PostedMessage, null, Ping, "pong message");

        Ping();

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = 1000 }));
        Assert.Contains("ping message", error.Message, StringComparison.Ordinal);
        Assert.Contains("pong message", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunUntilIdle_WithOneTaskQueuingItselfEndlessly_NamesItWithItsRunsAmongTheLastOnes()
    {
        var loop = new EventLoop();
        Action spin = null!;
        spin = () => loop.QueueTask(TaskSource.PostedMessage, null, spin, "spin task");
        loop.QueueTask(TaskSource.PostedMessage, null, spin, "spin task");

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = 1000 }));

        Assert.Equal(RunLimit.MaxTasks, error.Limit);
        Assert.Contains("\"spin task\" (PostedMessage) x256", error.Message, StringComparison.Ordinal);
        Assert.True(error.MostlyPostedMessages);
    }

    [Fact]
    public void SetTimeout_OnAClockThatReadsTheLoop_SetsAndFiresTheTimer()
    {
        // The loop reads its clock without holding its own lock, so a clock may call back in.
        var clock = new LoopReadingClock();
        var loop = new EventLoop(clock);
        clock.Loop = loop;
        bool fired = false;

        loop.SetTimeout(() => fired = true, 10);
        loop.RunUntilIdle();

        Assert.True(fired);
        Assert.True(clock.Reads > 0);
    }

    [Fact]
    public void RunUntilIdle_BurstOfOneTaskThenManyOthers_JudgesByTheLast256Runs()
    {
        var loop = new EventLoop();
        Action message = () => { };
        for (int i = 0; i < 850; i++)
        {
            loop.QueueTask(TaskSource.PostedMessage, null, message, "port message");
        }

        for (int i = 0; i < 151; i++)
        {
            loop.QueueTask(TaskSource.DomManipulation, null, () => { }, "dom task");
        }

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = 1000 }));

        // The last 256 runs: 106 messages and 150 other tasks.
        Assert.Contains("\"dom task\" (DomManipulation) x150", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"port message\" (PostedMessage) x106", error.Message, StringComparison.Ordinal);
        Assert.False(error.MostlyPostedMessages);
    }

    [Fact]
    public void PerformMicrotaskCheckpoint_WithEndlessMicrotasks_ThrowsTheLimitException()
    {
        var loop = new EventLoop();

        void Spin() => loop.QueueMicrotask(Spin, "spinning microtask");

        loop.QueueTask(TaskSource.Host, null, Spin, "starter");

        var error = Assert.Throws<EventLoopLimitExceededException>(() => loop.RunUntilIdle(new RunLimits { MaxTasks = 5000 }));
        Assert.Contains("spinning microtask", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RunUntilIdle_WithAnHourLongTimeout_CompletesInstantlyOnTheVirtualClock()
    {
        var loop = new EventLoop();
        bool fired = false;
        loop.SetTimeout(() => fired = true, TimeSpan.FromMinutes(59).TotalMilliseconds);
        var watch = Stopwatch.StartNew();

        loop.RunUntilIdle();

        Assert.True(fired);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(TimeSpan.FromMinutes(59).TotalMilliseconds, loop.Now);
    }

    [Fact]
    public void RunFor_RunsTimersDueWithinTheSpanAndLeavesTheClockAtItsEnd()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.SetTimeout(() => log.Add("at 100"), 100);
        loop.SetTimeout(() => log.Add("at 500"), 500);
        loop.SetTimeout(() => log.Add("at 501"), 501);

        loop.RunFor(TimeSpan.FromMilliseconds(500));

        Assert.Equal(["at 100", "at 500"], log);
        Assert.Equal(500, loop.Now);
        Assert.Equal(1, loop.PendingTimerCount);
    }

    [Fact]
    public void RunFor_WithNothingToDo_StillAdvancesTheClock()
    {
        var loop = new EventLoop();

        loop.RunFor(TimeSpan.FromSeconds(2));

        Assert.Equal(2000, loop.Now);
    }

    [Fact]
    public void RunFor_WithNegativeDuration_ThrowsNamingTheArgument()
    {
        var loop = new EventLoop();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => loop.RunFor(TimeSpan.FromSeconds(-1)));

        Assert.Equal("duration", error.ParamName);
    }

    [Fact]
    public void Timers_AndPostedMessages_InterleaveByWhenTheirTasksWereQueued()
    {
        var loop = new EventLoop();
        var log = new List<string>();
        loop.QueueTask(TaskSource.Host, null, () =>
        {
            loop.SetTimeout(() => log.Add("timeout 0"), 0);
            loop.QueueTask(TaskSource.PostedMessage, null, () => log.Add("message"), "message");
        }, "script");

        loop.RunUntilIdle();

        // The timer's task is queued only once it is due, after the message queued by the same task.
        Assert.Equal(["message", "timeout 0"], log);
    }
}

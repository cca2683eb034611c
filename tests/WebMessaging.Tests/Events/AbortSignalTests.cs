using WebMessaging.Events;
using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Events;

public sealed class AbortSignalTests
{
    [Fact]
    public void Abort_SetsAbortedAndReason_AndFiresATrustedAbortEventOnce()
    {
        var controller = new AbortController();
        var events = new List<Event>();
        controller.Signal.AddEventListener("abort", e => events.Add(e));
        var reason = new InvalidOperationException("stop");

        controller.Abort(reason);
        controller.Abort(new InvalidOperationException("again"));

        Assert.True(controller.Signal.Aborted);
        Assert.Same(reason, controller.Signal.Reason);
        Event abort = Assert.Single(events);
        Assert.True(abort.IsTrusted);
    }

    [Fact]
    public void Abort_WithoutReason_UsesAnAbortErrorDomException()
    {
        var controller = new AbortController();

        controller.Abort();

        var reason = Assert.IsType<DomException>(controller.Signal.Reason);
        Assert.Equal("AbortError", reason.Name);
        var thrown = Assert.Throws<DomException>(() => controller.Signal.ThrowIfAborted());
        Assert.Same(reason, thrown);
    }

    [Fact]
    public void Timeout_AbortsWithTimeoutErrorWhenTheVirtualClockReachesIt()
    {
        var loop = new EventLoop();
        AbortSignal signal = AbortSignal.Timeout(loop, 500);
        double abortedAt = -1;
        signal.AddEventListener("abort", _ => abortedAt = loop.Now);

        loop.RunUntilIdle();

        Assert.Equal(500, abortedAt);
        Assert.Equal("TimeoutError", Assert.IsType<DomException>(signal.Reason).Name);
    }

    [Fact]
    public void Any_AbortsWhenOneSourceAborts_WithThatSourcesReason()
    {
        var first = new AbortController();
        var second = new AbortController();
        AbortSignal any = AbortSignal.Any([first.Signal, second.Signal]);
        AbortSignal anyOfAny = AbortSignal.Any([any]);

        second.Abort("second's reason");

        Assert.True(any.Aborted);
        Assert.Equal("second's reason", any.Reason);
        Assert.True(anyOfAny.Aborted);
    }

    [Fact]
    public void Any_OfAnAlreadyAbortedSignal_IsAbortedAtOnce()
    {
        AbortSignal any = AbortSignal.Any([new AbortController().Signal, AbortSignal.Abort("done")]);

        Assert.True(any.Aborted);
        Assert.Equal("done", any.Reason);
    }
}

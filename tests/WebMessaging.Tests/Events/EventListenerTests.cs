using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

public sealed class EventListenerTests
{
    [Fact]
    public void AddEventListener_WithTheSameCallbackAndCaptureTwice_AddsItOnce()
    {
        var target = new TreeNode("target");
        int runs = 0;
        void Handler(Event e) => runs++;
        target.AddEventListener("ping", Handler);
        target.AddEventListener("ping", Handler);

        target.DispatchEvent(new Event("ping"));

        Assert.Equal(1, runs);
    }

    [Fact]
    public void AddEventListener_WithTheSameCallbackButOtherCapture_AddsASecondListener()
    {
        var target = new TreeNode("target");
        int runs = 0;
        void Handler(Event e) => runs++;
        target.AddEventListener("ping", Handler);
        target.AddEventListener("ping", Handler, new AddEventListenerOptions { Capture = true });

        target.DispatchEvent(new Event("ping"));

        Assert.Equal(2, runs);
    }

    [Fact]
    public void RemoveEventListener_MatchesOnCallbackAndCapture()
    {
        var target = new TreeNode("target");
        int runs = 0;
        void Handler(Event e) => runs++;
        target.AddEventListener("ping", Handler, new AddEventListenerOptions { Capture = true });

        target.RemoveEventListener("ping", Handler);
        target.DispatchEvent(new Event("ping"));
        Assert.Equal(1, runs);

        target.RemoveEventListener("ping", Handler, new EventListenerOptions { Capture = true });
        target.DispatchEvent(new Event("ping"));
        Assert.Equal(1, runs);
    }

    [Fact]
    public void Once_RemovesTheListenerBeforeItRuns()
    {
        var target = new TreeNode("target");
        int runs = 0;
        target.AddEventListener("ping", e =>
        {
            runs++;
            target.DispatchEvent(new Event("ping"));
        }, new AddEventListenerOptions { Once = true });

        target.DispatchEvent(new Event("ping"));
        target.DispatchEvent(new Event("ping"));

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Passive_ListenerCannotCancelTheEvent_ButALaterOrdinaryListenerCan()
    {
        var target = new TreeNode("target");
        var evt = new Event("ping", new EventInit { Cancelable = true });
        bool preventedAfterPassive = true;
        target.AddEventListener("ping", e =>
        {
            e.PreventDefault();
            preventedAfterPassive = e.DefaultPrevented;
        }, new AddEventListenerOptions { Passive = true });
        target.AddEventListener("ping", e => e.PreventDefault());

        bool result = target.DispatchEvent(evt);

        Assert.False(preventedAfterPassive);
        Assert.False(result);
    }

    [Fact]
    public void Signal_AlreadyAborted_DoesNotAddTheListener()
    {
        var target = new TreeNode("target");
        bool ran = false;

        target.AddEventListener("ping", _ => ran = true, new AddEventListenerOptions { Signal = AbortSignal.Abort() });
        target.DispatchEvent(new Event("ping"));

        Assert.False(ran);
    }

    [Fact]
    public void Signal_WhenAborted_RemovesTheListener()
    {
        var target = new TreeNode("target");
        var controller = new AbortController();
        int runs = 0;
        target.AddEventListener("ping", _ => runs++, new AddEventListenerOptions { Signal = controller.Signal });
        target.DispatchEvent(new Event("ping"));

        controller.Abort();
        target.DispatchEvent(new Event("ping"));

        Assert.Equal(1, runs);
    }

    [Fact]
    public void Signal_AbortedDuringDispatch_StopsTheListenerBeforeItsTurn()
    {
        var target = new TreeNode("target");
        var controller = new AbortController();
        bool secondRan = false;
        target.AddEventListener("ping", _ => controller.Abort());
        target.AddEventListener("ping", _ => secondRan = true, new AddEventListenerOptions { Signal = controller.Signal });

        target.DispatchEvent(new Event("ping"));

        Assert.False(secondRan);
    }

    [Fact]
    public void RemoveEventListener_DuringDispatch_StopsTheRemovedListenerFromRunning()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        void Second(Event e) => log.Add("second");
        target.AddEventListener("ping", _ =>
        {
            log.Add("first");
            target.RemoveEventListener("ping", Second);
        });
        target.AddEventListener("ping", Second);

        target.DispatchEvent(new Event("ping"));

        Assert.Equal(["first"], log);
    }

    [Fact]
    public void AddEventListener_DuringDispatch_DoesNotRunTheNewListenerForThatDispatch()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        target.AddEventListener("ping", _ =>
        {
            log.Add("first");
            target.AddEventListener("ping", _ => log.Add("added"));
        });

        target.DispatchEvent(new Event("ping"));
        Assert.Equal(["first"], log);

        target.DispatchEvent(new Event("ping"));
        Assert.Equal(["first", "first", "added"], log);
    }

    [Fact]
    public void AddEventListener_ToAParentDuringCapture_RunsItInTheBubblingPhaseOfTheSameDispatch()
    {
        var root = new TreeNode("root");
        var leaf = new TreeNode("leaf", root);
        var log = new List<string>();
        root.AddEventListener("ping", _ =>
        {
            log.Add("capture");
            root.AddEventListener("ping", _ => log.Add("bubble added in capture"));
        }, new AddEventListenerOptions { Capture = true });

        leaf.DispatchEvent(new Event("ping", new EventInit { Bubbles = true }));

        Assert.Equal(["capture", "bubble added in capture"], log);
    }

    [Fact]
    public void ListenerException_IsReportedToTheTargetsEnvironment_AndTheNextListenerRuns()
    {
        var environment = new RecordingEnvironment();
        var target = new TreeNode("target", environment: environment);
        bool secondRan = false;
        target.AddEventListener("ping", _ => throw new InvalidOperationException("listener failed"));
        target.AddEventListener("ping", _ => secondRan = true);

        bool result = target.DispatchEvent(new Event("ping"));

        Assert.True(result);
        Assert.True(secondRan);
        Assert.Equal("listener failed", Assert.Single(environment.Reported).Message);
    }

    [Fact]
    public void ListenerException_OnATargetWithoutEnvironment_IsRethrownAfterAllListenersRan()
    {
        var target = new TreeNode("target");
        bool secondRan = false;
        target.AddEventListener("ping", _ => throw new InvalidOperationException("listener failed"));
        target.AddEventListener("ping", _ => secondRan = true);

        var error = Assert.Throws<InvalidOperationException>(() => target.DispatchEvent(new Event("ping")));

        Assert.Equal("listener failed", error.Message);
        Assert.True(secondRan);
    }

    [Fact]
    public void Environment_SeesEachListenerAsCallback_AndNestedDispatchDoesNotCheckpoint()
    {
        var environment = new RecordingEnvironment();
        var outer = new TreeNode("outer", environment: environment);
        var inner = new TreeNode("inner", environment: environment);
        var depths = new List<int>();
        inner.AddEventListener("ping", _ => depths.Add(environment.Depth));
        outer.AddEventListener("ping", _ =>
        {
            depths.Add(environment.Depth);
            inner.DispatchEvent(new Event("ping"));
        });
        outer.AddEventListener("ping", _ => depths.Add(environment.Depth));

        outer.DispatchEvent(new Event("ping"));

        Assert.Equal([1, 2, 1], depths);
        Assert.Equal(2, environment.Checkpoints);
    }

    [Fact]
    public void Environment_CurrentEvent_IsTheEventWhileAListenerRunsAndRestoredAfter()
    {
        var environment = new RecordingEnvironment();
        var target = new TreeNode("target", environment: environment);
        var evt = new Event("ping");
        Event? seen = null;
        target.AddEventListener("ping", _ => seen = environment.CurrentEvent);

        target.DispatchEvent(evt);

        Assert.Same(evt, seen);
        Assert.Null(environment.CurrentEvent);
    }

    [Fact]
    public void EventListener_OverEqualDelegates_AreTheSameListener()
    {
        var target = new TreeNode("target");
        int runs = 0;
        Action<Event> handler = _ => runs++;
        target.AddEventListener("ping", new EventListener(handler));

        target.RemoveEventListener("ping", new EventListener(handler));
        target.DispatchEvent(new Event("ping"));

        Assert.Equal(0, runs);
    }
}

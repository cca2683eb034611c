using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

public sealed class EventDispatchTests
{
    private static readonly AddEventListenerOptions Capture = new() { Capture = true };

    [Fact]
    public void DispatchEvent_ThatBubbles_RunsCaptureListenersRootFirstThenTargetThenBubbleListeners()
    {
        var root = new TreeNode("root");
        var middle = new TreeNode("middle", root);
        var leaf = new TreeNode("leaf", middle);
        var log = new List<string>();
        foreach (TreeNode node in new[] { root, middle, leaf })
        {
            node.AddEventListener("ping", e => log.Add($"{node} capture phase {e.EventPhase}"), Capture);
            node.AddEventListener("ping", e => log.Add($"{node} bubble phase {e.EventPhase}"));
        }

        leaf.DispatchEvent(new Event("ping", new EventInit { Bubbles = true }));

        Assert.Equal(
            [
                "root capture phase 1",
                "middle capture phase 1",
                "leaf capture phase 2",
                "leaf bubble phase 2",
                "middle bubble phase 3",
                "root bubble phase 3",
            ],
            log);
    }

    [Fact]
    public void DispatchEvent_ThatDoesNotBubble_SkipsTheBubblingPhaseButNotCapture()
    {
        var root = new TreeNode("root");
        var leaf = new TreeNode("leaf", root);
        var log = new List<string>();
        root.AddEventListener("ping", _ => log.Add("root capture"), Capture);
        root.AddEventListener("ping", _ => log.Add("root bubble"));
        leaf.AddEventListener("ping", _ => log.Add("leaf"));

        leaf.DispatchEvent(new Event("ping"));

        Assert.Equal(["root capture", "leaf"], log);
    }

    [Fact]
    public void DispatchEvent_SetsTargetAndCurrentTargetDuringDispatchAndResetsThemAfter()
    {
        var root = new TreeNode("root");
        var leaf = new TreeNode("leaf", root);
        EventTarget? seenTarget = null;
        EventTarget? seenCurrentTarget = null;
        IReadOnlyList<EventTarget>? path = null;
        root.AddEventListener("ping", e =>
        {
            seenTarget = e.Target;
            seenCurrentTarget = e.CurrentTarget;
            path = e.ComposedPath();
        });
        var evt = new Event("ping", new EventInit { Bubbles = true });

        leaf.DispatchEvent(evt);

        Assert.Same(leaf, seenTarget);
        Assert.Same(root, seenCurrentTarget);
        Assert.Equal<EventTarget>([leaf, root], path!);
        Assert.Same(leaf, evt.Target);
        Assert.Null(evt.CurrentTarget);
        Assert.Equal(Event.None, evt.EventPhase);
        Assert.Empty(evt.ComposedPath());
    }

    [Fact]
    public void DispatchEvent_AtATargetWithoutParentFromItsOwnListener_EachEventHasThatTargetAloneAsItsPath()
    {
        var target = new TreeNode("alone");
        var paths = new List<string>();
        target.AddEventListener("outer", e =>
        {
            var inner = new Event("inner");
            target.DispatchEvent(inner);
            Assert.Empty(inner.ComposedPath());
            paths.Add("outer after inner: " + string.Join(",", e.ComposedPath().Select(t => ((TreeNode)t).Name)));
        });
        target.AddEventListener("inner", e => paths.Add("inner: " + string.Join(",", e.ComposedPath().Select(t => ((TreeNode)t).Name))));
        var outer = new Event("outer");

        target.DispatchEvent(outer);
        target.DispatchEvent(outer);

        Assert.Equal(["inner: alone", "outer after inner: alone", "inner: alone", "outer after inner: alone"], paths);
        Assert.Empty(outer.ComposedPath());
    }

    [Fact]
    public void DispatchEvent_CaptureListenerAddedDuringDispatchAndRemovedLater_RunsOnlyForTheEventsBetween()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        int dispatch = 0;
        Action<Event> capture = _ => log.Add("capture " + dispatch);
        target.AddEventListener("ping", _ =>
        {
            log.Add("bubble " + dispatch);
            target.AddEventListener("ping", capture, Capture);
        });

        dispatch = 1;
        target.DispatchEvent(new Event("ping"));
        dispatch = 2;
        target.DispatchEvent(new Event("ping"));
        target.RemoveEventListener("ping", capture, new EventListenerOptions { Capture = true });
        target.RemoveEventListener("ping", capture, new EventListenerOptions { Capture = true });
        log.Add("removed");
        dispatch = 3;
        target.DispatchEvent(new Event("ping"));

        // The capture listener added while "ping" 1 was at its target runs from the next
        // event on (it came after the clone of the list), and not once removed (the bubble
        // listener of "ping" 3 adds it again only after the capturing phase).
        Assert.Equal(["bubble 1", "capture 2", "bubble 2", "removed", "bubble 3"], log);
    }

    [Fact]
    public void DispatchEvent_AtATargetWhoseParentComesAndGoes_HasThePathOfEachMoment()
    {
        var root = new TreeNode("root");
        var node = new TreeNode("node");
        var paths = new List<string>();
        node.AddEventListener("ping", e => paths.Add(string.Join(",", e.ComposedPath().Select(t => ((TreeNode)t).Name))));

        foreach (TreeNode? parent in new[] { null, root, null, null, root })
        {
            node.Parent = parent;
            node.DispatchEvent(new Event("ping"));
        }

        Assert.Equal(["node", "node,root", "node", "node", "node,root"], paths);
    }

    [Fact]
    public void StopPropagation_InACaptureListener_StopsTheEventReachingLaterObjectsButNotSameObjectListeners()
    {
        var root = new TreeNode("root");
        var leaf = new TreeNode("leaf", root);
        var log = new List<string>();
        root.AddEventListener("ping", e =>
        {
            log.Add("root 1");
            e.StopPropagation();
        }, Capture);
        root.AddEventListener("ping", _ => log.Add("root 2"), Capture);
        leaf.AddEventListener("ping", _ => log.Add("leaf"));

        leaf.DispatchEvent(new Event("ping"));

        Assert.Equal(["root 1", "root 2"], log);
    }

    [Fact]
    public void StopImmediatePropagation_SkipsTheRemainingListenersOfTheSameObject()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        target.AddEventListener("ping", e =>
        {
            log.Add("first");
            e.StopImmediatePropagation();
        });
        target.AddEventListener("ping", _ => log.Add("second"));

        var evt = new Event("ping");
        target.DispatchEvent(evt);

        Assert.Equal(["first"], log);
        Assert.False(evt.CancelBubble);
    }

    [Fact]
    public void CancelBubble_SetToTrueInAListener_StopsPropagation()
    {
        var root = new TreeNode("root");
        var leaf = new TreeNode("leaf", root);
        bool rootRan = false;
        leaf.AddEventListener("ping", e => e.CancelBubble = true);
        root.AddEventListener("ping", _ => rootRan = true);

        leaf.DispatchEvent(new Event("ping", new EventInit { Bubbles = true }));

        Assert.False(rootRan);
    }

    [Fact]
    public void PreventDefault_OnACancelableEvent_MakesDispatchReturnFalse()
    {
        var target = new TreeNode("target");
        target.AddEventListener("ping", e => e.PreventDefault());
        var evt = new Event("ping", new EventInit { Cancelable = true });

        bool result = target.DispatchEvent(evt);

        Assert.False(result);
        Assert.True(evt.DefaultPrevented);
        Assert.False(evt.ReturnValue);
    }

    [Fact]
    public void PreventDefault_OnANonCancelableEvent_IsIgnored()
    {
        var target = new TreeNode("target");
        target.AddEventListener("ping", e => e.PreventDefault());
        var evt = new Event("ping");

        Assert.True(target.DispatchEvent(evt));
        Assert.False(evt.DefaultPrevented);
    }

    [Fact]
    public void ReturnValue_SetToFalse_CancelsACancelableEvent()
    {
        var target = new TreeNode("target");
        target.AddEventListener("ping", e => e.ReturnValue = false);

        Assert.False(target.DispatchEvent(new Event("ping", new EventInit { Cancelable = true })));
    }

    [Fact]
    public void DispatchEvent_OfAnEventBeingDispatched_ThrowsInvalidStateError()
    {
        var target = new TreeNode("target");
        DomException? error = null;
        target.AddEventListener("ping", e => error = Assert.Throws<DomException>(() => target.DispatchEvent(e)));

        target.DispatchEvent(new Event("ping"));

        Assert.NotNull(error);
        Assert.Equal("InvalidStateError", error!.Name);
    }

    [Fact]
    public void DispatchEvent_OfAnUninitializedEvent_ThrowsInvalidStateError()
    {
        var target = new TreeNode("target");

        var error = Assert.Throws<DomException>(() => target.DispatchEvent(new UninitializedEvent()));

        Assert.Equal("InvalidStateError", error.Name);
    }

    [Fact]
    public void DispatchEvent_OfAnUninitializedEventAfterInitEvent_RunsListenersForTheNewType()
    {
        var target = new TreeNode("target");
        bool ran = false;
        target.AddEventListener("late", _ => ran = true);
        var evt = new UninitializedEvent();

        evt.InitEvent("late", bubbles: true, cancelable: true);
        target.DispatchEvent(evt);

        Assert.True(ran);
        Assert.True(evt.Bubbles);
        Assert.True(evt.Cancelable);
    }

    [Fact]
    public void DispatchEvent_TheSameEventTwiceInSequence_RunsListenersBothTimes()
    {
        var target = new TreeNode("target");
        int runs = 0;
        target.AddEventListener("ping", _ => runs++);
        var evt = new Event("ping");

        target.DispatchEvent(evt);
        target.DispatchEvent(evt);

        Assert.Equal(2, runs);
    }

    [Fact]
    public void DispatchEvent_MarksTheEventUntrusted_WhileFireEventMarksItTrusted()
    {
        var target = new TreeNode("target");
        var trust = new List<bool>();
        target.AddEventListener("ping", e => trust.Add(e.IsTrusted));

        target.DispatchEvent(new Event("ping"));
        target.FireEvent(new Event("ping"));

        Assert.Equal([false, true], trust);
    }

    [Fact]
    public void DispatchEvent_OnlyRunsListenersOfTheEventsType()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        target.AddEventListener("message", _ => log.Add("message"));
        target.AddEventListener("Message", _ => log.Add("Message"));

        target.DispatchEvent(new Event("message"));

        Assert.Equal(["message"], log);
    }
}

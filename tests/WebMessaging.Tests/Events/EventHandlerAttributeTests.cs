using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

public sealed class EventHandlerAttributeTests
{
    [Fact]
    public void SetEventHandler_KeepsItsRegistrationPositionWhenReplaced()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        target.AddEventListener("x", _ => log.Add("A"));
        target.SetEventHandler("x", new EventHandlerCallback(_ => log.Add("onx 1")));
        target.AddEventListener("x", _ => log.Add("B"));
        target.SetEventHandler("x", new EventHandlerCallback(_ => log.Add("onx 2")));

        target.DispatchEvent(new Event("x"));

        Assert.Equal(["A", "onx 2", "B"], log);
    }

    [Fact]
    public void SetEventHandler_ToNullThenAgain_RegistersItAfterTheExistingListeners()
    {
        var target = new TreeNode("target");
        var log = new List<string>();
        target.SetEventHandler("x", new EventHandlerCallback(_ => log.Add("onx 1")));
        target.AddEventListener("x", _ => log.Add("A"));
        target.SetEventHandler("x", null);
        target.SetEventHandler("x", new EventHandlerCallback(_ => log.Add("onx 2")));

        target.DispatchEvent(new Event("x"));

        Assert.Equal(["A", "onx 2"], log);
    }

    [Fact]
    public void SetEventHandler_ToNull_StopsTheHandlerRunning()
    {
        var target = new TreeNode("target");
        bool ran = false;
        target.SetEventHandler("x", new EventHandlerCallback(_ => ran = true));

        target.SetEventHandler("x", null);
        target.DispatchEvent(new Event("x"));

        Assert.False(ran);
        Assert.Null(target.GetEventHandler("x"));
    }

    [Fact]
    public void GetEventHandler_ReturnsTheValueThatWasSet()
    {
        var target = new TreeNode("target");
        var handler = new EventHandlerCallback(_ => { });

        target.SetEventHandler("message", handler);

        Assert.Same(handler, target.GetEventHandler("message"));
        Assert.Null(target.GetEventHandler("messageerror"));
    }

    [Fact]
    public void Handler_ReturningFalse_CancelsACancelableEvent()
    {
        var target = new TreeNode("target");
        target.SetEventHandler("x", new EventHandlerCallback(_ => false));
        var evt = new Event("x", new EventInit { Cancelable = true });

        Assert.False(target.DispatchEvent(evt));
        Assert.True(evt.DefaultPrevented);
    }

    [Fact]
    public void Handler_ReturningTrueOrNothing_DoesNotCancel()
    {
        var target = new TreeNode("target");
        target.SetEventHandler("x", new EventHandlerCallback(_ => true));
        target.SetEventHandler("y", new EventHandlerCallback(_ => null));

        Assert.True(target.DispatchEvent(new Event("x", new EventInit { Cancelable = true })));
        Assert.True(target.DispatchEvent(new Event("y", new EventInit { Cancelable = true })));
    }

    [Fact]
    public void Handler_ThatThrows_IsReportedLikeAListener()
    {
        var environment = new RecordingEnvironment();
        var target = new TreeNode("target", environment: environment);
        bool laterRan = false;
        target.SetEventHandler("x", new EventHandlerCallback(_ => throw new InvalidOperationException("handler failed")));
        target.AddEventListener("x", _ => laterRan = true);

        target.DispatchEvent(new Event("x"));

        Assert.True(laterRan);
        Assert.Equal("handler failed", Assert.Single(environment.Reported).Message);
    }

    [Fact]
    public void OnEventHandlerSet_IsCalledForEverySetIncludingNull()
    {
        var port = new StartOnHandlerTarget();

        port.SetEventHandler("message", new EventHandlerCallback(_ => { }));
        port.SetEventHandler("message", null);

        Assert.Equal(["message:set", "message:null"], port.Calls);
    }

    private sealed class StartOnHandlerTarget : EventTarget
    {
        public List<string> Calls { get; } = [];

        protected override void OnEventHandlerSet(string type, IEventHandler? handler) =>
            Calls.Add($"{type}:{(handler is null ? "null" : "set")}");
    }
}

namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class InterfaceObjectTests
{
    [Theory]
    [InlineData("EventTarget")]
    [InlineData("Event")]
    [InlineData("AbortController")]
    [InlineData("DOMException")]
    public void Constructor_CalledWithoutNew_ThrowsTypeError(string name)
    {
        using var host = new ScriptHost();
        Assert.Equal($"TypeError: Failed to construct '{name}': Please use the 'new' operator, this DOM object constructor cannot be called as a function.", host.Thrown($"{name}('x')"));
    }

    [Fact]
    public void AbortSignal_Constructed_ThrowsIllegalConstructor()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Failed to construct 'AbortSignal': Illegal constructor", host.Thrown("new AbortSignal()"));
    }

    [Fact]
    public void EventTargetSubclass_WithListeners_ReceivesEventsAndKeepsItsPrototype()
    {
        using var host = new ScriptHost();
        string result = host.Text("""
            class MyTarget extends EventTarget {
              constructor() { super(); this.seen = []; }
              fire(type) { return this.dispatchEvent(new Event(type)); }
            }
            const t = new MyTarget();
            t.addEventListener('ping', function (e) { this.seen.push(e.type + ':' + (this === t) + ':' + (e.target === t)); });
            t.fire('ping');
            [t instanceof MyTarget, t instanceof EventTarget, Object.getPrototypeOf(t) === MyTarget.prototype, t.seen.join()].join()
            """);
        Assert.Equal("true,true,true,ping:true:true", result);
    }

    [Fact]
    public void Operation_OnWrongThis_ThrowsIllegalInvocation()
    {
        using var host = new ScriptHost();
        Assert.Equal("TypeError: Illegal invocation", host.Thrown("EventTarget.prototype.addEventListener.call({}, 'x', null)"));
        Assert.Equal("TypeError: Illegal invocation", host.Thrown("Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call(new EventTarget())"));
        Assert.Equal("TypeError: Illegal invocation", host.Thrown("AbortSignal.prototype.throwIfAborted.call(new EventTarget())"));
    }

    [Fact]
    public void Members_HaveWebIdlLengthsNamesAndTags()
    {
        using var host = new ScriptHost();
        string result = host.Text("""
            [EventTarget.length, Event.length, DOMException.length,
             EventTarget.prototype.addEventListener.length, EventTarget.prototype.addEventListener.name,
             EventTarget.prototype.dispatchEvent.length, Event.prototype.initEvent.length,
             Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.name,
             Object.getOwnPropertyDescriptor(Event.prototype, 'cancelBubble').set.name,
             AbortSignal.timeout.length, AbortSignal.any.length, AbortSignal.abort.length,
             Object.prototype.toString.call(new EventTarget()), Object.prototype.toString.call(EventTarget.prototype),
             Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(AbortSignal.prototype) === EventTarget.prototype,
             Object.getPrototypeOf(EventTarget) === Function.prototype,
             Object.keys(globalThis).includes('EventTarget'),
             Object.getOwnPropertyDescriptor(EventTarget, 'prototype').writable].join()
            """);
        Assert.Equal("0,1,0,2,addEventListener,1,1,get type,set cancelBubble,1,1,0,[object EventTarget],[object EventTarget],true,true,true,false,false", result);
    }

    [Fact]
    public void Wrapper_OfSameCoreObject_IsSameScriptObject()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,true", host.Text("""
            const c = new AbortController();
            c.signal.expando = 1;
            [c.signal === c.signal, c.signal.expando === 1].join()
            """));
        var target = new WebMessaging.Events.EventTarget();
        Assert.Same(host.Realm.GetWrapper(target), host.Realm.GetWrapper(target));
        Assert.Same(target, host.Realm.GetWrapper(target).Impl);
    }

    [Fact]
    public void ScriptConstructedObject_UnwrapsToItsCoreObject_AndWrapsBackToItself()
    {
        using var host = new ScriptHost();
        Jint.Native.JsValue wrapper = host.Run("globalThis.t = new EventTarget(); t");
        Assert.True(WebMessaging.Scripting.Bindings.WebIdl.BindingRealm.TryUnwrap(wrapper, out WebMessaging.Events.EventTarget? core));
        Assert.Same(wrapper, host.Realm.Wrap(core));
    }
}

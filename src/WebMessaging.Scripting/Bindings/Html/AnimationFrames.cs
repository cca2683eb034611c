using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#animation-frames
/// A window's map of animation frame callbacks, run at the next rendering opportunity.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: headless, a window has a rendering opportunity every 1000/60 ms of
/// the event loop's clock (virtual time unless the browser runs in real time), on frame
/// boundaries counted from time zero, like a 60 Hz display; the callbacks run in a timer task
/// at that time.
/// </remarks>
internal sealed class AnimationFrames
{
    /// <summary>The time between two rendering opportunities, in milliseconds.</summary>
    public const double FrameInterval = 1000.0 / 60;

    private readonly WindowGlobal _global;
    private readonly Dictionary<int, ObjectInstance> _callbacks = [];
    private int _identifier;
    private bool _frameScheduled;

    private AnimationFrames(WindowGlobal global)
    {
        _global = global;
    }

    /// <summary>Defines requestAnimationFrame and cancelAnimationFrame on the global object.</summary>
    public static void Define(WindowGlobal global)
    {
        var frames = new AnimationFrames(global);
        var engine = global.Engine;

        // unsigned long requestAnimationFrame(FrameRequestCallback callback);
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "requestAnimationFrame", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'requestAnimationFrame' on 'Window'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            if (arguments[0] is not ObjectInstance callback || !callback.IsCallable())
            {
                throw ScriptErrors.TypeError(engine, context + ": The callback provided as parameter 1 is not a function.");
            }

            return JsNumber.Create(frames.Request(callback));
        });

        // undefined cancelAnimationFrame(unsigned long handle);
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "cancelAnimationFrame", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'cancelAnimationFrame' on 'Window'";
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            uint handle = WebIdlConversions.ToUnsignedLong(engine, arguments[0], context + ": parameter 1");

            // "The cancelAnimationFrame(handle) method steps are: ... 3. Remove target's map of
            // animation frame callbacks[handle]."
            frames._callbacks.Remove((int)handle);
            return JsValue.Undefined;
        });
    }

    // https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#dom-animationframeprovider-requestanimationframe
    private int Request(ObjectInstance callback)
    {
        // "3. Increment target's animation frame callback identifier by one, and let handle be the result."
        // "4. Let callbacks be target's map of animation frame callbacks."
        // "5. Set callbacks[handle] to callback."
        // "6. Return handle."
        var handle = ++_identifier;
        _callbacks[handle] = callback;
        ScheduleFrame();
        return handle;
    }

    private void ScheduleFrame()
    {
        if (_frameScheduled)
        {
            return;
        }

        var loop = _global.Window.EventLoop;
        var now = loop.Now;
        var nextFrame = (Math.Floor(now / FrameInterval) + 1) * FrameInterval;
        _frameScheduled = true;
        loop.SetTimeout(RunFrame, nextFrame - now, _global.Window, "animation frame of " + _global.Window.Id);
    }

    // https://html.spec.whatwg.org/multipage/imagebitmap-and-animations.html#run-the-animation-frame-callbacks
    private void RunFrame()
    {
        _frameScheduled = false;
        if (_global.Window.Closed)
        {
            return;
        }

        // "now" is the frame's time relative to the window's time origin (performance.now()).
        var now = JsNumber.Create(_global.Window.EventLoop.Now - _global.TimeOriginClock);

        // "1. Let callbacks be target's map of animation frame callbacks."
        // "2. Let callbackHandles be the result of getting the keys of callbacks."
        var callbackHandles = new List<int>(_callbacks.Keys);

        // "3. For each handle in callbackHandles, if handle exists in callbacks: 1. Let callback
        // be callbacks[handle]. 2. Remove callbacks[handle]. 3. Invoke callback with « now » and "report"."
        foreach (var handle in callbackHandles)
        {
            if (!_callbacks.Remove(handle, out var callback))
            {
                continue;
            }

            Invoke(callback, now);
        }

        // Callbacks requested while these ran wait for the next rendering opportunity.
        if (_callbacks.Count > 0)
        {
            ScheduleFrame();
        }
    }

    private void Invoke(ObjectInstance callback, JsValue now)
    {
        var window = _global.Window;
        window.PrepareToRunCallback();
        try
        {
            using EnteredScript entered = _global.Bindings.EnterScript();
            _global.Engine.Call(callback, JsValue.Undefined, [now]);
        }
        catch (JavaScriptException exception)
        {
            window.ReportException(new ScriptException(exception, _global.Bindings));
        }
        finally
        {
            window.CleanUpAfterRunningCallback();
        }
    }
}

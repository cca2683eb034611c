using Jint;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A window's Performance object (https://w3c.github.io/hr-time/#the-performance-attribute):
/// the window's time origin, and the current time relative to it on the event loop's clock
/// (virtual time unless the browser runs in real time).
/// </summary>
internal sealed class WindowPerformance : EventTarget
{
    private readonly IScriptGlobal _global;

    public WindowPerformance(IScriptGlobal global)
        : base(global.Scope)
    {
        _global = global;
    }

    /// <summary>https://w3c.github.io/hr-time/#dom-performance-timeorigin: "return the relevant global object's time origin" (ms since the Unix epoch).</summary>
    public double TimeOrigin => _global.TimeOrigin;

    /// <summary>
    /// https://w3c.github.io/hr-time/#dom-performance-now: "return the current high resolution
    /// time given this's relevant global object": the duration since the time origin.
    /// </summary>
    public double Now => _global.Scope.EventLoop.Now - _global.TimeOriginClock;
}

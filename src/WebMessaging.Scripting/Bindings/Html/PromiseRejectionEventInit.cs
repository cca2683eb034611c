using Jint.Native.Object;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#promiserejectioneventinit
/// The PromiseRejectionEventInit dictionary: the promise and why it was rejected.
/// </summary>
public sealed class PromiseRejectionEventInit : EventInit
{
    /// <summary>promise: the rejected promise (required).</summary>
    public required ObjectInstance Promise { get; init; }

    /// <summary>reason: the rejection's value (a script value of the event's realm), null stands for undefined.</summary>
    public object? Reason { get; init; }
}

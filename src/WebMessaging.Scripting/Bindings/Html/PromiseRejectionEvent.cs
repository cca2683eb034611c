using Jint.Native.Object;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#promiserejectionevent
/// The event fired at a window when one of its promises is rejected and no handler takes it by
/// the end of the microtask checkpoint ("unhandledrejection"), or when a handler comes later
/// ("rejectionhandled").
/// </summary>
public sealed class PromiseRejectionEvent : Event
{
    /// <summary>Creates a promise rejection event of <paramref name="type"/> (new PromiseRejectionEvent(type, eventInitDict)).</summary>
    public PromiseRejectionEvent(string type, PromiseRejectionEventInit eventInitDict)
        : base(type, eventInitDict)
    {
        ArgumentNullException.ThrowIfNull(eventInitDict);

        // https://dom.spec.whatwg.org/#inner-event-creation-steps
        // "4. For each member → value of dictionary, if event has an attribute whose identifier
        //  is member, then initialize that attribute to value."
        Promise = eventInitDict.Promise;
        Reason = eventInitDict.Reason;
    }

    /// <summary>The promise that was rejected (an object of the event's realm).</summary>
    public ObjectInstance Promise { get; }

    /// <summary>The rejection's value (a script value); null stands for undefined.</summary>
    public object? Reason { get; }
}

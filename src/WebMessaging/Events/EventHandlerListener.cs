namespace WebMessaging.Events;

/// <summary>
/// The EventListener that runs an event handler: it performs the event handler processing
/// algorithm for its target and event type. Each instance is a listener of its own.
/// </summary>
internal sealed class EventHandlerListener : IEventListener
{
    private readonly EventTarget _eventTarget;
    private readonly string _type;

    public EventHandlerListener(EventTarget eventTarget, string type)
    {
        _eventTarget = eventTarget;
        _type = type;
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#the-event-handler-processing-algorithm
    public void HandleEvent(Event evt)
    {
        // 1. "Let callback be the result of getting the current value of the event handler given eventTarget and name."
        IEventHandler? callback = _eventTarget.GetEventHandler(_type);

        // 2. "If callback is null, then return."
        if (callback is null)
        {
            return;
        }

        // 3. "Let special error event handling be true if event is an ErrorEvent object,
        //    event's type is "error", and event's currentTarget implements the
        //    WindowOrWorkerGlobalScope mixin. Otherwise, let special error event handling be false."
        // FIXME: there is no ErrorEvent yet, so special error event handling is always false
        // (the five-argument onerror call and its "return value is true" rule come with it).

        // 4. "Process the Event object event as follows: ... Otherwise: Invoke callback with one
        //    argument, the value of which is the Event object event, with the callback this
        //    value set to event's currentTarget. Let return value be the callback's return value."
        //    "If an exception gets thrown by the callback, end these steps and allow the
        //    exception to propagate. (It will propagate to the DOM event dispatch logic, which
        //    will then report the exception.)"
        bool? returnValue = callback.Invoke(evt);

        // 5. "Process return value as follows:"
        //    FIXME: "If event is a BeforeUnloadEvent object and event's type is "beforeunload"" (no BeforeUnloadEvent yet)
        //    "Otherwise: If return value is false, then set event's canceled flag."
        //    The flag is set through DOM's "set the canceled flag", which respects cancelable.
        if (returnValue == false)
        {
            evt.SetCanceledFlag();
        }
    }
}

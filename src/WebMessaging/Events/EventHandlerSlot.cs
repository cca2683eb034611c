namespace WebMessaging.Events;

/// <summary>
/// An event handler (https://html.spec.whatwg.org/multipage/webappapis.html#event-handlers):
/// its value and the event listener that runs it once activated.
/// </summary>
internal sealed class EventHandlerSlot
{
    public IEventHandler? Value { get; set; }

    public EventListenerEntry? Listener { get; set; }
}

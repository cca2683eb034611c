namespace WebMessaging.Events;

/// <summary>The EventListenerOptions dictionary (https://dom.spec.whatwg.org/#dictdef-eventlisteneroptions).</summary>
public class EventListenerOptions
{
    /// <summary>Whether the listener runs in the capturing phase instead of the bubbling phase.</summary>
    public bool Capture { get; init; }
}

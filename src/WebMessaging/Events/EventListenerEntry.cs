namespace WebMessaging.Events;

/// <summary>An event listener (https://dom.spec.whatwg.org/#concept-event-listener) in a target's event listener list.</summary>
internal sealed class EventListenerEntry
{
    public EventListenerEntry(string type, IEventListener callback, bool capture, bool passive, bool once, AbortSignal? signal)
    {
        Type = type;
        Callback = callback;
        Capture = capture;
        Passive = passive;
        Once = once;
        Signal = signal;
    }

    public string Type { get; }

    public IEventListener Callback { get; }

    public bool Capture { get; }

    public bool Passive { get; }

    public bool Once { get; }

    public AbortSignal? Signal { get; }

    /// <summary>Set when the listener is removed, so that a dispatch already under way skips it.</summary>
    public bool Removed { get; set; }
}

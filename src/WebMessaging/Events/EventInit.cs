namespace WebMessaging.Events;

/// <summary>The EventInit dictionary (https://dom.spec.whatwg.org/#dictdef-eventinit): options for constructing an <see cref="Event"/>.</summary>
public class EventInit
{
    /// <summary>Whether the event goes through the bubbling phase; false by default.</summary>
    public bool Bubbles { get; init; }

    /// <summary>Whether the event can be canceled with preventDefault(); false by default.</summary>
    public bool Cancelable { get; init; }

    /// <summary>Whether the event propagates across shadow root boundaries; false by default.</summary>
    public bool Composed { get; init; }
}

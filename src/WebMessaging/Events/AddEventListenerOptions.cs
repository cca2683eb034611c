namespace WebMessaging.Events;

/// <summary>The AddEventListenerOptions dictionary (https://dom.spec.whatwg.org/#dictdef-addeventlisteneroptions).</summary>
public sealed class AddEventListenerOptions : EventListenerOptions
{
    /// <summary>Whether preventDefault() is ignored inside the listener; null means the target's default.</summary>
    public bool? Passive { get; init; }

    /// <summary>Whether the listener is removed before it runs for the first time.</summary>
    public bool Once { get; init; }

    /// <summary>A signal whose abort removes the listener; an already aborted signal means the listener is not added.</summary>
    public AbortSignal? Signal { get; init; }
}

namespace WebMessaging.Events;

/// <summary>
/// An <see cref="IEventListener"/> over a .NET delegate; two instances over equal delegates are
/// the same listener, so a listener added with one can be removed with the other.
/// </summary>
public sealed class EventListener : IEventListener, IEquatable<EventListener>
{
    private readonly Action<Event> _callback;

    /// <summary>Creates a listener that calls <paramref name="callback"/>.</summary>
    public EventListener(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _callback = callback;
    }

    /// <inheritdoc/>
    public void HandleEvent(Event evt) => _callback(evt);

    /// <summary>True when <paramref name="other"/> wraps an equal delegate.</summary>
    public bool Equals(EventListener? other) => other is not null && _callback.Equals(other._callback);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EventListener);

    /// <inheritdoc/>
    public override int GetHashCode() => _callback.GetHashCode();
}

namespace WebMessaging.Events;

/// <summary>An <see cref="IEventHandler"/> over a .NET delegate.</summary>
public sealed class EventHandlerCallback : IEventHandler
{
    private readonly Func<Event, bool?> _callback;

    /// <summary>Creates a handler whose return value false cancels the event.</summary>
    public EventHandlerCallback(Func<Event, bool?> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _callback = callback;
    }

    /// <summary>Creates a handler that returns nothing.</summary>
    public EventHandlerCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        _callback = evt =>
        {
            callback(evt);
            return null;
        };
    }

    /// <inheritdoc/>
    public bool? Invoke(Event evt) => _callback(evt);
}

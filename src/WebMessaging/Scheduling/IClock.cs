namespace WebMessaging.Scheduling;

/// <summary>
/// The time source of an <see cref="EventLoop"/>, in milliseconds since the clock's origin
/// (the unit of performance.now() and Event.timeStamp).
/// </summary>
public interface IClock
{
    /// <summary>The current time in milliseconds since the clock's origin.</summary>
    double Now { get; }

    /// <summary>
    /// Moves the clock forward to <paramref name="time"/> if the event loop may do so (a virtual
    /// clock) and returns true; a real clock returns false and the loop waits instead.
    /// </summary>
    bool TryAdvanceTo(double time);
}

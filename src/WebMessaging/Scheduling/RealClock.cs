using System.Diagnostics;

namespace WebMessaging.Scheduling;

/// <summary>
/// A clock that follows wall time (a monotonic <see cref="Stopwatch"/> started when the clock is
/// created); the event loop waits for real time to pass before timers fire.
/// </summary>
public sealed class RealClock : IClock
{
    private readonly long _origin = Stopwatch.GetTimestamp();

    /// <inheritdoc/>
    public double Now => Stopwatch.GetElapsedTime(_origin).TotalMilliseconds;

    /// <inheritdoc/>
    public bool TryAdvanceTo(double time) => false;
}

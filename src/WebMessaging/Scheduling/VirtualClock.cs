namespace WebMessaging.Scheduling;

/// <summary>
/// A deterministic clock whose time only moves when told to: the event loop skips it ahead to
/// the next timer at once when it has nothing else to do, so an hour of timers runs in
/// microseconds of wall time.
/// </summary>
public sealed class VirtualClock : IClock
{
    private double _now;

    /// <summary>Creates a virtual clock that starts at <paramref name="start"/> milliseconds.</summary>
    public VirtualClock(double start = 0)
    {
        if (!double.IsFinite(start) || start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "The start time of a virtual clock must be a finite, non-negative number of milliseconds.");
        }

        _now = start;
    }

    /// <inheritdoc/>
    public double Now => Volatile.Read(ref _now);

    /// <inheritdoc/>
    public bool TryAdvanceTo(double time)
    {
        if (time > _now)
        {
            Volatile.Write(ref _now, time);
        }

        return true;
    }

    /// <summary>Moves the clock forward by <paramref name="milliseconds"/> (a negative or NaN amount is an error).</summary>
    public void Advance(double milliseconds)
    {
        if (!(milliseconds >= 0) || double.IsPositiveInfinity(milliseconds))
        {
            throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "A virtual clock can only move forward by a finite, non-negative number of milliseconds.");
        }

        TryAdvanceTo(_now + milliseconds);
    }
}

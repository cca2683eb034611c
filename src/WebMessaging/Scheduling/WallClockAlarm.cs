namespace WebMessaging.Scheduling;

/// <summary>
/// Rings shortly before a run's wall-clock limit: a timer on the thread pool sets a flag, so
/// that the loop's turns read a field instead of a clock until the deadline is near.
/// </summary>
internal sealed class WallClockAlarm : IDisposable
{
    private readonly Timer? _timer;
    private volatile bool _rang;

    /// <summary>An alarm that rings in <paramref name="dueMs"/> milliseconds (at once when not positive; never beyond the timer's range).</summary>
    public WallClockAlarm(long dueMs)
    {
        if (dueMs <= 0)
        {
            _rang = true;
        }
        else if (dueMs < int.MaxValue)
        {
            _timer = new Timer(static state => ((WallClockAlarm)state!)._rang = true, this, dueMs, Timeout.Infinite);
        }
    }

    /// <summary>Whether the alarm has rung.</summary>
    public bool Rang => _rang;

    /// <summary>Stops the timer (the run is over).</summary>
    public void Dispose() => _timer?.Dispose();
}

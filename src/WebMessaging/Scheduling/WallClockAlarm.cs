namespace WebMessaging.Scheduling;

/// <summary>
/// Rings shortly before a run's wall-clock limit, so that the loop's turns read a field instead
/// of a clock until the deadline is near. One background thread of its own (not the thread
/// pool, which a busy application can starve for long stretches) rings every alarm in the
/// process when it is due.
/// </summary>
internal sealed class WallClockAlarm : IDisposable
{
    private static readonly object Gate = new();
    private static readonly List<WallClockAlarm> Pending = [];
    private static Thread? s_ringer;

    // When the ringer wakes next by itself (TickCount64): a new alarm wakes it sooner only if
    // it is due before then.
    private static long s_ringerWakes = long.MaxValue;

    private readonly long _dueTick;
    private volatile bool _rang;

    /// <summary>An alarm that rings in <paramref name="dueMs"/> milliseconds (at once when not positive).</summary>
    public WallClockAlarm(long dueMs)
    {
        if (dueMs <= 0)
        {
            _rang = true;
            return;
        }

        _dueTick = Environment.TickCount64 + dueMs;
        lock (Gate)
        {
            Pending.Add(this);
            if (s_ringer is null)
            {
                s_ringer = new Thread(Ring) { IsBackground = true, Name = "WebMessaging wall-clock alarms" };
                s_ringer.Start();
            }

            if (_dueTick < s_ringerWakes)
            {
                Monitor.Pulse(Gate);
            }
        }
    }

    /// <summary>Whether the alarm has rung.</summary>
    public bool Rang => _rang;

    /// <summary>Takes the alarm back (the run is over).</summary>
    public void Dispose()
    {
        if (_rang)
        {
            return;
        }

        lock (Gate)
        {
            Pending.Remove(this);
        }
    }

    // The ringer thread: rings what is due, then sleeps until the next alarm is (or a new one comes).
    private static void Ring()
    {
        lock (Gate)
        {
            while (true)
            {
                long now = Environment.TickCount64;
                long next = long.MaxValue;
                for (int i = Pending.Count - 1; i >= 0; i--)
                {
                    WallClockAlarm alarm = Pending[i];
                    if (alarm._dueTick <= now)
                    {
                        alarm._rang = true;
                        Pending.RemoveAt(i);
                    }
                    else
                    {
                        next = Math.Min(next, alarm._dueTick);
                    }
                }

                int wait = next == long.MaxValue ? Timeout.Infinite : (int)Math.Min(next - now, int.MaxValue);
                s_ringerWakes = wait == Timeout.Infinite ? long.MaxValue : now + wait;
                Monitor.Wait(Gate, wait);
                s_ringerWakes = 0;
            }
        }
    }
}

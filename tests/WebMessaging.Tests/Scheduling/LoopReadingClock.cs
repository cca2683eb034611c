using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

/// <summary>An application's clock that looks at the loop whenever it is read (as a clock that logs what is queued might).</summary>
public sealed class LoopReadingClock : IClock
{
    private double _now;

    /// <summary>The loop the clock looks at once it is set.</summary>
    public EventLoop? Loop { get; set; }

    /// <summary>How many times the clock saw tasks queued.</summary>
    public int Reads { get; private set; }

    /// <inheritdoc />
    public double Now
    {
        get
        {
            if (Loop is { } loop)
            {
                Reads += loop.QueuedTaskCount >= 0 ? 1 : 0;
            }

            return _now;
        }
    }

    /// <inheritdoc />
    public bool TryAdvanceTo(double time)
    {
        _now = Math.Max(_now, time);
        return true;
    }
}

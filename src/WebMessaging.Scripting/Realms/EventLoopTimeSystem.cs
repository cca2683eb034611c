using System.Globalization;
using Jint.Runtime;
using WebMessaging.Scheduling;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// The clock JavaScript's Date reads (Date.now(), new Date()): the event loop's clock, so that
/// pages see time pass as their timers do — in virtual time, a setTimeout of 1000 ms is followed
/// by a Date.now() 1000 ms later. Parsing and time zones are Jint's defaults (the machine's zone).
/// </summary>
internal sealed class EventLoopTimeSystem : ITimeSystem
{
    private readonly EventLoop _loop;
    private readonly double _epochAtClockZero;
    private readonly DefaultTimeSystem _zone = new(TimeZoneInfo.Local, CultureInfo.InvariantCulture);

    /// <param name="loop">The event loop whose clock is read.</param>
    /// <param name="epochAtClockZero">The wall-clock time, in milliseconds since the Unix epoch, at which the loop's clock read zero.</param>
    public EventLoopTimeSystem(EventLoop loop, double epochAtClockZero)
    {
        _loop = loop;
        _epochAtClockZero = epochAtClockZero;
    }

    /// <inheritdoc />
    public TimeZoneInfo DefaultTimeZone => _zone.DefaultTimeZone;

    /// <inheritdoc />
    public DateTimeOffset GetUtcNow() => DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Floor(_epochAtClockZero + _loop.Now));

    /// <inheritdoc />
    public bool TryParse(string date, out long epochMilliseconds) => _zone.TryParse(date, out epochMilliseconds);

    /// <inheritdoc />
    public TimeSpan GetUtcOffset(long epochMilliseconds) => _zone.GetUtcOffset(epochMilliseconds);
}

using System.Globalization;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Date whose time value does not fit a <see cref="DateTimeOffset"/>: an invalid
/// date (NaN) or one outside the years 1 to 9999. Dates that fit deserialize to
/// <see cref="DateTimeOffset"/> in UTC instead.
/// </summary>
public sealed class JsDate
{
    /// <summary>The largest magnitude of a JavaScript time value: 8.64e15 ms, 100 million days.</summary>
    public const double MaxTimeValue = 8.64e15;

    /// <summary>Creates a date from a time value (milliseconds since 1970-01-01T00:00:00Z); NaN makes an invalid date.</summary>
    public JsDate(double timeValue)
    {
        // Like the ECMAScript TimeClip: out of range becomes NaN, fractions are truncated.
        TimeValue = double.IsNaN(timeValue) || Math.Abs(timeValue) > MaxTimeValue ? double.NaN : Math.Truncate(timeValue) + 0.0;
    }

    /// <summary>An invalid date (time value NaN).</summary>
    public static JsDate Invalid { get; } = new(double.NaN);

    /// <summary>Milliseconds since the epoch, UTC; NaN for an invalid date.</summary>
    public double TimeValue { get; }

    /// <summary>Whether the time value is not NaN.</summary>
    public bool IsValid => !double.IsNaN(TimeValue);

    /// <summary>Converts to a <see cref="DateTimeOffset"/> in UTC, or null when the date is invalid or out of its range.</summary>
    public DateTimeOffset? ToDateTimeOffset()
    {
        if (!IsValid || TimeValue < MinDateTimeOffsetMilliseconds || TimeValue > MaxDateTimeOffsetMilliseconds)
        {
            return null;
        }

        return DateTimeOffset.UnixEpoch.AddMilliseconds(TimeValue);
    }

    /// <inheritdoc />
    public override string ToString() => IsValid ? TimeValue.ToString("R", CultureInfo.InvariantCulture) + " ms" : "Invalid Date";

    internal static readonly double MinDateTimeOffsetMilliseconds = (DateTimeOffset.MinValue - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerMillisecond;

    internal static readonly double MaxDateTimeOffsetMilliseconds = Math.Floor((DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / (double)TimeSpan.TicksPerMillisecond);
}

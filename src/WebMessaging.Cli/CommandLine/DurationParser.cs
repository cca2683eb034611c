using System.CommandLine.Parsing;
using System.Globalization;

namespace WebMessaging.Cli.CommandLine;

/// <summary>Reads durations such as <c>500ms</c>, <c>2s</c>, <c>1.5m</c> or <c>1h</c>; a bare number is seconds.</summary>
internal static class DurationParser
{
    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong.</summary>
    public static bool TryParse(string text, out TimeSpan duration, out string problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        duration = default;
        var trimmed = text.Trim();
        var unitStart = trimmed.Length;
        while (unitStart > 0 && char.IsAsciiLetter(trimmed[unitStart - 1]))
        {
            unitStart--;
        }

        var unit = trimmed[unitStart..].ToLowerInvariant();
        var number = trimmed[..unitStart];
        double scaleMs = unit switch
        {
            "ms" => 1,
            "" or "s" => 1_000,
            "m" or "min" => 60_000,
            "h" => 3_600_000,
            _ => double.NaN,
        };

        if (number.Length == 0)
        {
            problem = "not a duration (write a number and a unit, as in 500ms, 2s, 1m)";
            return false;
        }

        if (double.IsNaN(scaleMs))
        {
            problem = $"unknown unit '{unit}' (use ms, s, m or h, as in 500ms, 2s, 1m)";
            return false;
        }

        if ( !double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            || double.IsInfinity(value))
        {
            problem = "not a duration (write a number and a unit, as in 500ms, 2s, 1m)";
            return false;
        }

        var milliseconds = value * scaleMs;
        if (milliseconds > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            problem = "too long";
            return false;
        }

        duration = TimeSpan.FromMilliseconds(milliseconds);
        problem = "";
        return true;
    }

    /// <summary>
    /// The custom parser of a duration option such as <c>--timeout</c>: the duration, or null
    /// with an error naming <paramref name="option"/>, its text and the problem.
    /// </summary>
    public static TimeSpan? ParseOption(ArgumentResult result, string option, bool allowZero)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Tokens.Count == 0)
        {
            result.AddError($"{option} needs a duration, as in 500ms, 2s or 1m");
            return null;
        }

        var text = result.Tokens[0].Value;
        if (!TryParse(text, out var duration, out var problem))
        {
            result.AddError($"{option} '{text}': {problem}");
            return null;
        }

        if (!allowZero && duration <= TimeSpan.Zero)
        {
            result.AddError($"{option} '{text}': must be more than zero");
            return null;
        }

        return duration;
    }

    /// <summary>Formats <paramref name="duration"/> the way it is written on the command line.</summary>
    public static string Format(TimeSpan duration)
    {
        var ms = duration.TotalMilliseconds;
        return ms switch
        {
            < 1_000 => ms.ToString("0.###", CultureInfo.InvariantCulture) + "ms",
            < 60_000 => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s",
            < 3_600_000 => duration.TotalMinutes.ToString("0.###", CultureInfo.InvariantCulture) + "m",
            _ => duration.TotalHours.ToString("0.###", CultureInfo.InvariantCulture) + "h",
        };
    }
}

using System.Globalization;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://drafts.csswg.org/mediaqueries/#evaluating
/// Evaluates a media query list against the headless environment: a 1280×720 screen viewport at
/// 1 device pixel per CSS pixel, light colour scheme, no reduced motion, a fine hovering pointer.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the media types all, screen and print, and the features width,
/// height (with min-/max-), aspect-ratio, orientation, resolution, prefers-color-scheme,
/// prefers-reduced-motion, prefers-contrast, hover, any-hover, pointer, any-pointer, color and
/// monochrome are understood; any other feature makes its query false, as a browser treats an
/// unknown feature.
/// </remarks>
internal static class MediaQueryEvaluator
{
    /// <summary>Whether the comma-separated media query list matches (an empty list matches).</summary>
    public static bool Matches(string mediaQueryList)
    {
        var queries = mediaQueryList.Split(',');
        if (mediaQueryList.Trim().Length == 0)
        {
            return true;
        }

        foreach (var query in queries)
        {
            if (MatchesQuery(query.Trim().ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The serialized form of a media query list: its queries lowercased, trimmed and joined by ", ".</summary>
    public static string Serialize(string mediaQueryList) =>
        string.Join(", ", mediaQueryList.Split(',').Select(q => string.Join(' ', q.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant()).Where(q => q.Length > 0));

    private static bool MatchesQuery(string query)
    {
        var negate = false;
        if (query.StartsWith("not ", StringComparison.Ordinal))
        {
            negate = true;
            query = query[4..].TrimStart();
        }
        else if (query.StartsWith("only ", StringComparison.Ordinal))
        {
            query = query[5..].TrimStart();
        }

        var result = true;
        foreach (var part in query.Split(" and ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            result &= part.StartsWith('(') ? MatchesFeature(part.Trim('(', ')', ' ')) : part is "all" or "screen";
        }

        return result != negate;
    }

    private static bool MatchesFeature(string feature)
    {
        var colon = feature.IndexOf(':');
        var name = (colon < 0 ? feature : feature[..colon]).Trim();
        var value = colon < 0 ? null : feature[(colon + 1)..].Trim();
        var prefix = name.StartsWith("min-", StringComparison.Ordinal) ? "min" : name.StartsWith("max-", StringComparison.Ordinal) ? "max" : null;
        var baseName = prefix is null ? name : name[4..];
        return baseName switch
        {
            "width" => Compare(WindowViewMembers.ViewportWidth, value, prefix),
            "height" => Compare(WindowViewMembers.ViewportHeight, value, prefix),
            "device-width" => Compare(WindowViewMembers.ViewportWidth, value, prefix),
            "device-height" => Compare(WindowViewMembers.ViewportHeight, value, prefix),
            "resolution" => CompareResolution(value, prefix),
            "aspect-ratio" => value is null || CompareRatio(value, prefix),
            "orientation" => value is null or "landscape",
            "prefers-color-scheme" => value is null or "light",
            "prefers-reduced-motion" or "prefers-reduced-transparency" => value is "no-preference",
            "prefers-contrast" => value is "no-preference",
            "hover" or "any-hover" => value is null or "hover",
            "pointer" or "any-pointer" => value is null or "fine",
            "color" => value is null || Compare(8, value + "px", prefix),
            "monochrome" => value is not null && Compare(0, value + "px", prefix),
            _ => false,
        };
    }

    private static bool Compare(double actual, string? value, string? prefix)
    {
        if (value is null)
        {
            return prefix is null && actual != 0;
        }

        var number = value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value.EndsWith("em", StringComparison.Ordinal) ? value[..^2] : value;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        if (value.EndsWith("em", StringComparison.Ordinal))
        {
            expected *= 16;
        }

        return prefix switch
        {
            "min" => actual >= expected,
            "max" => actual <= expected,
            _ => actual == expected,
        };
    }

    // One device pixel per CSS pixel: 1dppx, 1x, 96dpi.
    private static bool CompareResolution(string? value, string? prefix)
    {
        if (value is null)
        {
            return prefix is null;
        }

        var (number, scale) = value.EndsWith("dppx", StringComparison.Ordinal) ? (value[..^4], 1.0)
            : value.EndsWith("dpi", StringComparison.Ordinal) ? (value[..^3], 1 / 96.0)
            : value.EndsWith("dpcm", StringComparison.Ordinal) ? (value[..^4], 2.54 / 96)
            : value.EndsWith('x') ? (value[..^1], 1.0)
            : (value, double.NaN);
        if (double.IsNaN(scale) || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var given))
        {
            return false;
        }

        var expected = given * scale;
        return prefix switch
        {
            "min" => 1 >= expected,
            "max" => 1 <= expected,
            _ => Math.Abs(1 - expected) < 1e-9,
        };
    }

    private static bool CompareRatio(string value, string? prefix)
    {
        var parts = value.Split('/', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !double.TryParse(parts[0], CultureInfo.InvariantCulture, out var w) || !double.TryParse(parts[1], CultureInfo.InvariantCulture, out var h) || h == 0)
        {
            return false;
        }

        var actual = (double)WindowViewMembers.ViewportWidth / WindowViewMembers.ViewportHeight;
        return prefix switch
        {
            "min" => actual >= w / h,
            "max" => actual <= w / h,
            _ => Math.Abs(actual - (w / h)) < 1e-9,
        };
    }
}

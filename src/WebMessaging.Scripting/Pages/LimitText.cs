using System.Globalization;

namespace WebMessaging.Scripting.Pages;

/// <summary>How limits read in error messages: "5 s", "0.3 s", "64 MB".</summary>
internal static class LimitText
{
    /// <summary>A duration in seconds, e.g. "5 s" or "0.25 s".</summary>
    public static string Duration(TimeSpan duration) =>
        duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";

    /// <summary>A byte count in whole mebibytes when it is one ("64 MB"), else in bytes.</summary>
    public static string Bytes(long bytes)
    {
        const long Mebibyte = 1024 * 1024;
        return bytes > 0 && bytes % Mebibyte == 0
            ? (bytes / Mebibyte).ToString(CultureInfo.InvariantCulture) + " MB"
            : bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
    }
}

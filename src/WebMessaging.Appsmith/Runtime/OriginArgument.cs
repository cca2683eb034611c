using WebMessaging.Origins;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>The origin argument of <c>windowMessageListener</c> and <c>unlistenWindowMessage</c>.</summary>
internal static class OriginArgument
{
    /// <summary>
    /// Checks that <paramref name="text"/> is a bare origin (a URL with no path, query, fragment
    /// or trailing slash) and returns it serialized, or null with <paramref name="problem"/>.
    /// </summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: Appsmith compares the string as given with the message's origin,
    /// so https://Example.com or https://example.com:443 never match; the origin is normalized
    /// here (lower-case scheme and host, default port left out) because the message's origin
    /// always is.
    /// </remarks>
    public static string? Normalize(string text, out string problem)
    {
        problem = "";
        if (!Url.TryParse(text, null, out var url) || url.Scheme is not ("http" or "https") || url.Host is null)
        {
            problem = $"'{text}' is not an origin: give a URL such as https://parent.example";
            return null;
        }

        if (url.Username.Length > 0 || url.Password.Length > 0)
        {
            problem = $"'{text}' is not an origin: it has a user name or password";
            return null;
        }

        if (url.Path != "/" || text.TrimEnd().EndsWith('/') || url.Query is not null || url.Fragment is not null)
        {
            problem = $"'{text}' is not an origin: it must have no path, query, fragment or trailing slash (as in {url.Origin.Serialize()})";
            return null;
        }

        return url.Origin.Serialize();
    }
}

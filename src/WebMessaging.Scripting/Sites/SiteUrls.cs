using System.Diagnostics.CodeAnalysis;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>Checks the URLs a site map is written with: origin keys and the entry.</summary>
internal static class SiteUrls
{
    /// <summary>
    /// Parses an origin key such as "https://app.example" or "http://localhost:8080/": an http
    /// or https URL with no credentials, path, query or fragment. The problem says what is wrong otherwise.
    /// </summary>
    public static bool TryParseOrigin(string text, [NotNullWhen(true)] out Origin? origin, out string problem)
    {
        origin = null;
        var quoted = DisplayText.Quote(text);
        if (!Url.TryParse(text, null, out var url))
        {
            problem = $"the origin '{quoted}' is not a valid absolute URL";
            return false;
        }

        if (url.Scheme is not ("http" or "https"))
        {
            problem = $"the origin '{quoted}' must be an http or https URL";
            return false;
        }

        if (url.Username.Length > 0 || url.Password.Length > 0)
        {
            problem = $"the origin '{quoted}' must not have a user name or password";
            return false;
        }

        if (url.Path != "/" || url.Query is not null || url.Fragment is not null)
        {
            problem = $"the origin '{quoted}' has a path, query or fragment; write only scheme, host and port, e.g. '{url.Origin.Serialize()}'";
            return false;
        }

        origin = url.Origin;
        problem = string.Empty;
        return true;
    }

    /// <summary>Parses an entry URL: an absolute http or https URL. The problem says what is wrong otherwise.</summary>
    public static bool TryParseEntry(string text, [NotNullWhen(true)] out Url? entry, out string problem)
    {
        entry = null;
        if (!Url.TryParse(text, null, out var url))
        {
            problem = $"the entry '{DisplayText.Quote(text)}' is not a valid absolute URL";
            return false;
        }

        if (url.Scheme is not ("http" or "https"))
        {
            problem = $"the entry '{DisplayText.Quote(text)}' must be an http or https URL";
            return false;
        }

        entry = url;
        problem = string.Empty;
        return true;
    }
}

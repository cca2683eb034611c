using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// An immutable URL record (https://url.spec.whatwg.org/#concept-url) produced by the URL
/// standard's basic URL parser; its components are kept in their serialized forms.
/// </summary>
public sealed class Url
{
    private string? href;

    internal Url(string scheme, string username, string password, string? host, int? port, string path, bool hasOpaquePath, string? query, string? fragment)
    {
        Scheme = scheme;
        Username = username;
        Password = password;
        Host = host;
        Port = port;
        Path = path;
        HasOpaquePath = hasOpaquePath;
        Query = query;
        Fragment = fragment;
    }

    /// <summary>The scheme, ASCII lowercase and without the trailing ':' (e.g. "https").</summary>
    public string Scheme { get; }

    /// <summary>The percent-encoded username, or the empty string.</summary>
    public string Username { get; }

    /// <summary>The percent-encoded password, or the empty string.</summary>
    public string Password { get; }

    /// <summary>The serialized host (a domain, "[...]" IPv6 address, dotted IPv4 address, opaque host or empty host), or null when the URL has none.</summary>
    public string? Host { get; }

    /// <summary>The port, or null when absent or equal to the scheme's default port.</summary>
    public int? Port { get; }

    /// <summary>The URL path serialized (https://url.spec.whatwg.org/#url-path-serializer): "/a/b" for a list of segments, or the opaque path itself.</summary>
    public string Path { get; }

    /// <summary>Whether the path is an opaque path (e.g. "blank" in "about:blank") rather than a list of segments.</summary>
    public bool HasOpaquePath { get; }

    /// <summary>The percent-encoded query without its leading '?', or null when there is none.</summary>
    public string? Query { get; }

    /// <summary>The percent-encoded fragment without its leading '#', or null when there is none.</summary>
    public string? Fragment { get; }

    /// <summary>Whether the scheme is a special scheme (http, https, ws, wss, ftp or file).</summary>
    public bool IsSpecial => IsSpecialScheme(Scheme);

    /// <summary>The URL serialized by the URL serializer (https://url.spec.whatwg.org/#concept-url-serializer).</summary>
    public string Href => href ??= Serialize();

    /// <summary>
    /// https://url.spec.whatwg.org/#concept-url-serializer with exclude fragment set to true:
    /// the serialization without the fragment and its "#".
    /// </summary>
    public string HrefExcludingFragment => Fragment is null ? Href : Href[..^(Fragment.Length + 1)];

    /// <summary>
    /// The URL's origin (https://url.spec.whatwg.org/#concept-url-origin). A tuple origin for
    /// http, https, ws, wss and ftp (and for blob: URLs wrapping those); otherwise a new opaque
    /// origin on every read, because each one must be distinct.
    /// </summary>
    public Origin Origin => GetOrigin(this);

    /// <summary>Parses <paramref name="input"/> with the basic URL parser, resolving it against <paramref name="baseUrl"/> when given.</summary>
    /// <exception cref="OriginSyntaxException">The input is not a valid URL; the message names the input and the problem.</exception>
    public static Url Parse(string input, Url? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return UrlParser.Parse(input, baseUrl, out var error) ?? throw new OriginSyntaxException(input, error!);
    }

    /// <summary>Parses <paramref name="input"/> like <see cref="Parse"/>, returning false instead of throwing when it is not a valid URL.</summary>
    public static bool TryParse(string input, Url? baseUrl, [NotNullWhen(true)] out Url? url)
    {
        ArgumentNullException.ThrowIfNull(input);
        url = UrlParser.Parse(input, baseUrl, out _);
        return url is not null;
    }

    /// <summary>Returns <see cref="Href"/>.</summary>
    public override string ToString() => Href;

    /// <summary>https://url.spec.whatwg.org/#special-scheme</summary>
    internal static bool IsSpecialScheme(string scheme) =>
        scheme is "http" or "https" or "ws" or "wss" or "ftp" or "file";

    /// <summary>https://url.spec.whatwg.org/#default-port: ftp 21, http 80, https 443, ws 80, wss 443, otherwise null.</summary>
    internal static int? DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        "ftp" => 21,
        _ => null,
    };

    // https://url.spec.whatwg.org/#concept-url-origin
    private static Origin GetOrigin(Url url)
    {
        // "The origin of a URL url is the origin returned by running these steps, switching on
        // url's scheme:"
        switch (url.Scheme)
        {
            case "blob":
                // FIXME: "1. If url's blob URL entry is non-null, then return url's blob URL
                // entry's environment's origin." (There is no blob URL store yet.)

                // "2. Let pathURL be the result of parsing the result of URL path serializing
                // url."
                // "3. If pathURL is failure, then return a new opaque origin."
                // "4. If pathURL's scheme is "http", "https", or "file", then return pathURL's
                // origin."
                // "5. Return a new opaque origin."
                var pathUrl = UrlParser.Parse(url.Path, null, out _);
                return pathUrl is not null && pathUrl.Scheme is "http" or "https" or "file"
                    ? GetOrigin(pathUrl)
                    : Origin.CreateOpaque();

            case "ftp":
            case "http":
            case "https":
            case "ws":
            case "wss":
                // "Return the tuple origin (url's scheme, url's host, url's port, null)."
                return Origin.CreateTupleUnchecked(url.Scheme, url.Host!, url.Port);

            case "file":
                // "Unfortunate as it is, this is left as an exercise to the reader. When in
                // doubt, return a new opaque origin."
                return Origin.CreateOpaque();

            default:
                // "Return a new opaque origin."
                return Origin.CreateOpaque();
        }
    }

    // https://url.spec.whatwg.org/#concept-url-serializer
    private string Serialize()
    {
        // "1. Let output be url's scheme and U+003A (:) concatenated."
        var output = new StringBuilder(Scheme.Length + (Host?.Length ?? 0) + Path.Length + (Query?.Length ?? 0) + (Fragment?.Length ?? 0) + 16);
        output.Append(Scheme).Append(':');

        // "2. If url's host is non-null:"
        if (Host is not null)
        {
            // "1. Append "//" to output."
            output.Append("//");

            // "2. If url includes credentials, then: 1. Append url's username to output. 2. If
            // url's password is not the empty string, then append U+003A (:), followed by url's
            // password, to output. 3. Append U+0040 (@) to output."
            if (Username.Length > 0 || Password.Length > 0)
            {
                output.Append(Username);
                if (Password.Length > 0)
                {
                    output.Append(':').Append(Password);
                }

                output.Append('@');
            }

            // "3. Append url's host, serialized, to output."
            output.Append(Host);

            // "4. If url's port is non-null, append U+003A (:) followed by url's port,
            // serialized, to output."
            if (Port is { } port)
            {
                output.Append(CultureInfo.InvariantCulture, $":{port}");
            }
        }

        // "3. If url's host is null, url does not have an opaque path, url's path's size is
        // greater than 1, and url's path[0] is the empty string, then append U+002F (/) followed
        // by U+002E (.) to output."
        else if (!HasOpaquePath && Path.StartsWith("//", StringComparison.Ordinal))
        {
            output.Append("/.");
        }

        // "4. Append the result of URL path serializing url to output."
        output.Append(Path);

        // "5. If url's query is non-null, append U+003F (?), followed by url's query, to
        // output."
        if (Query is not null)
        {
            output.Append('?').Append(Query);
        }

        // "6. If exclude fragment is false and url's fragment is non-null, then append U+0023
        // (#), followed by url's fragment, to output." (Href never excludes the fragment.)
        if (Fragment is not null)
        {
            output.Append('#').Append(Fragment);
        }

        // "7. Return output."
        return output.ToString();
    }
}

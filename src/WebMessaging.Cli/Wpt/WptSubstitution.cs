using System.Globalization;
using System.Text;
using WebMessaging.Origins;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// wptserve's "sub" pipe for files whose name holds <c>.sub.</c>: each <c>{{...}}</c> is replaced
/// by facts about the server and the request, HTML-escaped.
/// </summary>
/// <remarks>
/// Supported: <c>{{host}}</c>, <c>{{domains[sub]}}</c>, <c>{{hosts[alt][sub]}}</c>,
/// <c>{{ports[scheme][i]}}</c>, <c>{{location[key]}}</c> (server, scheme, host, hostname, port,
/// path, pathname, query, href), <c>{{GET[name]}}</c>, <c>{{headers[name]}}</c> (always empty:
/// requests carry no headers here), <c>{{uuid()}}</c>, <c>{{url_base}}</c> and variables
/// (<c>{{$id:uuid()}}</c> then <c>{{$id}}</c>). IMPLEMENTATION DEFINED: a substitution that
/// cannot be made stays in the text as written, where wptserve would answer with a server error.
/// </remarks>
internal static class WptSubstitution
{
    /// <summary>Substitutes every <c>{{...}}</c> of <paramref name="text"/>, served at <paramref name="url"/>.</summary>
    public static string Apply(string text, Url url)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        var start = text.IndexOf("{{", StringComparison.Ordinal);
        if (start < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        while (start >= 0)
        {
            // The content runs to the first "}" after "{{" and must be followed by "}}".
            var end = text.IndexOf('}', start + 2);
            if (end < 0 || end + 1 >= text.Length || text[end + 1] != '}')
            {
                break;
            }

            result.Append(text, position, start - position);
            var expression = text.Substring(start + 2, end - start - 2);
            result.Append(Evaluate(expression, url, variables) is { } value ? EscapeHtml(value) : text.Substring(start, end + 2 - start));
            position = end + 2;
            start = text.IndexOf("{{", position, StringComparison.Ordinal);
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    // The value of one expression: [$var:] name then [index] or (arguments) parts; null when it cannot be made.
    private static string? Evaluate(string expression, Url url, Dictionary<string, string> variables)
    {
        var rest = expression.Trim();
        string? assignTo = null;
        if (rest.StartsWith('$') && rest.IndexOf(':', StringComparison.Ordinal) is var colon and > 1 && IsWord(rest.AsSpan(1, colon - 1)))
        {
            assignTo = rest[..colon];
            rest = rest[(colon + 1)..];
        }

        var nameLength = 0;
        while (nameLength < rest.Length && (char.IsAsciiLetterOrDigit(rest[nameLength]) || rest[nameLength] is '_' or '$'))
        {
            nameLength++;
        }

        var name = rest[..nameLength];
        var parts = new List<string>();
        var call = false;
        var index = nameLength;
        while (index < rest.Length)
        {
            var open = rest[index];
            var close = open switch { '[' => ']', '(' => ')', _ => '\0' };
            var closeAt = close == '\0' ? -1 : rest.IndexOf(close, index + 1);
            if (closeAt < 0)
            {
                return null;
            }

            if (open == '(')
            {
                call = true;
            }
            else
            {
                parts.Add(rest[(index + 1)..closeAt]);
            }

            index = closeAt + 1;
        }

        var value = Lookup(name, parts, call, url, variables);
        if (value is not null && assignTo is not null)
        {
            variables[assignTo] = value;
        }

        return value;
    }

    private static string? Lookup(string name, List<string> parts, bool call, Url url, Dictionary<string, string> variables)
    {
        if (variables.TryGetValue(name, out var variable))
        {
            return parts.Count == 0 ? variable : null;
        }

        return (name, parts.Count) switch
        {
            ("host", 0) => WptHosts.Host,
            ("domains", 1) => WptHosts.HostFor("", parts[0]),
            ("hosts", 2) => WptHosts.HostFor(parts[0], parts[1]),
            ("ports", 2) => Port(parts[0], parts[1]),
            ("location", 1) => Location(url, parts[0]),
            ("GET", 1) => QueryValue(url, parts[0]) ?? "",
            ("headers", 1) => "",
            ("uuid", 0) when call => Guid.NewGuid().ToString(),
            ("url_base", 0) => "/",
            _ => null,
        };
    }

    private static string? Port(string scheme, string index)
    {
        if (WptHosts.PortsFor(scheme) is not { } ports || !int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) || i >= ports.Count)
        {
            return null;
        }

        return ports[i].ToString(CultureInfo.InvariantCulture);
    }

    private static string? Location(Url url, string key)
    {
        var port = (url.Port ?? (url.Scheme == "https" ? 443 : 80)).ToString(CultureInfo.InvariantCulture);
        return key switch
        {
            "server" => $"{url.Scheme}://{url.Host}:{port}",
            "scheme" => url.Scheme,
            "host" => $"{url.Host}:{port}",
            "hostname" => url.Host,
            "port" => port,
            "path" or "pathname" => url.Path,
            "query" => "?" + url.Query,
            "href" => url.Href,
            _ => null,
        };
    }

    // The first value of the query parameter name, form-urlencoded as wptserve reads it.
    private static string? QueryValue(Url url, string name)
    {
        if (url.Query is not { Length: > 0 } query)
        {
            return null;
        }

        foreach (var pair in query.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            if (key == name)
            {
                return equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            }
        }

        return null;

        static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }

    // As wptserve escapes by default: the five characters that matter in HTML, nothing else.
    private static string EscapeHtml(string value)
    {
        if (value.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '"' => escaped.Append("&quot;"),
                '\'' => escaped.Append("&#x27;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static bool IsWord(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}

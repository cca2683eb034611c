using System.Globalization;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// The host names and ports the web-platform-tests server answers on, as <c>webmsg wpt</c>
/// maps them: every host on every port is an origin of its own, served from the checkout's root.
/// </summary>
/// <remarks>
/// The names are wptserve's defaults (web-platform.test with the subdomains www, www1 and www2,
/// and the "alt" host not-web-platform.test). IMPLEMENTATION DEFINED: the first http and https
/// ports are the standard 80 and 443, so origins serialize without a port; the second ports
/// (8001 and 8444) exist for tests that need the same host on another port.
/// </remarks>
internal static class WptHosts
{
    /// <summary>The main host, <c>{{host}}</c>.</summary>
    public const string Host = "web-platform.test";

    /// <summary>The host of another site, <c>{{hosts[alt][]}}</c>.</summary>
    public const string AltHost = "not-web-platform.test";

    /// <summary>The subdomains each host has (<c>{{domains[www]}}</c> and so on).</summary>
    public static IReadOnlyList<string> Subdomains { get; } = ["www", "www1", "www2"];

    /// <summary>The http ports, <c>{{ports[http][0]}}</c> and <c>{{ports[http][1]}}</c>.</summary>
    public static IReadOnlyList<int> HttpPorts { get; } = [80, 8001];

    /// <summary>The https ports, <c>{{ports[https][0]}}</c> and <c>{{ports[https][1]}}</c>.</summary>
    public static IReadOnlyList<int> HttpsPorts { get; } = [443, 8444];

    /// <summary>Every host name served: both hosts and each of their subdomains.</summary>
    public static IEnumerable<string> AllHostNames()
    {
        foreach (var host in (string[])[Host, AltHost])
        {
            yield return host;
            foreach (var subdomain in Subdomains)
            {
                yield return subdomain + "." + host;
            }
        }
    }

    /// <summary>Every origin served, e.g. "http://www1.web-platform.test" or "https://web-platform.test:8444".</summary>
    public static IEnumerable<string> AllOrigins()
    {
        foreach (var hostName in AllHostNames())
        {
            foreach (var port in HttpPorts)
            {
                yield return Origin("http", hostName, port);
            }

            foreach (var port in HttpsPorts)
            {
                yield return Origin("https", hostName, port);
            }
        }
    }

    /// <summary>The host <c>{{hosts[base][subdomain]}}</c> names: <paramref name="hostKey"/> is "" (the main host) or "alt".</summary>
    public static string? HostFor(string hostKey, string subdomain)
    {
        var host = hostKey switch
        {
            "" => Host,
            "alt" => AltHost,
            _ => null,
        };
        return host is null ? null : subdomain.Length == 0 ? host : subdomain + "." + host;
    }

    /// <summary>The ports of <paramref name="scheme"/> ("http" or "https"), or null for a scheme the runner does not serve.</summary>
    public static IReadOnlyList<int>? PortsFor(string scheme) => scheme switch
    {
        "http" => HttpPorts,
        "https" => HttpsPorts,
        _ => null,
    };

    private static string Origin(string scheme, string hostName, int port)
    {
        var standard = scheme == "http" ? 80 : 443;
        return port == standard ? $"{scheme}://{hostName}" : $"{scheme}://{hostName}:{port.ToString(CultureInfo.InvariantCulture)}";
    }
}

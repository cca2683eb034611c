using System.Text.RegularExpressions;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// The <c>// META: key=value</c> lines at the top of a <c>.any.js</c>, <c>.window.js</c> or
/// <c>.worker.js</c> test: scripts to include, the title, a long timeout, the globals to run in
/// and the variants.
/// </summary>
/// <remarks>As wptserve reads them: only the leading lines that are META comments count; the first other line ends them.</remarks>
internal sealed partial class WptMetadata
{
    private WptMetadata(IReadOnlyList<KeyValuePair<string, string>> entries)
    {
        Entries = entries;
    }

    /// <summary>Every META entry, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Entries { get; }

    /// <summary>Whether <c>// META: timeout=long</c> asks for the long timeout.</summary>
    public bool LongTimeout => Value("timeout") == "long";

    /// <summary>The global scopes the test runs in: the <c>global=</c> list, or window and dedicated worker by default.</summary>
    public IReadOnlySet<string> Globals => ParseGlobals(Value("global"));

    /// <summary>The URL suffixes of <c>// META: variant=</c> (e.g. "?wss"), or one empty variant when there are none.</summary>
    public IReadOnlyList<string> Variants
    {
        get
        {
            var variants = new List<string>();
            foreach (var (key, value) in Entries)
            {
                if (key == "variant")
                {
                    variants.Add(value);
                }
            }

            return variants.Count == 0 ? [""] : variants;
        }
    }

    /// <summary>Reads the META lines at the top of <paramref name="source"/>.</summary>
    public static WptMetadata Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entries = new List<KeyValuePair<string, string>>();
        using var reader = new StringReader(source);
        while (reader.ReadLine() is { } line)
        {
            var match = MetaLine().Match(line);
            if (!match.Success)
            {
                break;
            }

            entries.Add(new(match.Groups[1].Value, match.Groups[2].Value.TrimEnd('\r')));
        }

        return new WptMetadata(entries);
    }

    /// <summary>
    /// The global scopes a <c>global=</c> value names: "window", "dedicatedworker",
    /// "sharedworker", "serviceworker" and their "-module" forms; "worker" stands for the three
    /// worker kinds and "shadowrealm" for every ShadowRealm scope. Empty means window and dedicated worker.
    /// </summary>
    public static IReadOnlySet<string> ParseGlobals(string? value)
    {
        var globals = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(value))
        {
            globals.Add("window");
            globals.Add("dedicatedworker");
            return globals;
        }

        foreach (var part in value.Split(','))
        {
            var name = part.Trim();
            switch (name)
            {
                case "":
                    break;
                case "default":
                    globals.Add("window");
                    globals.Add("dedicatedworker");
                    break;
                case "worker":
                    globals.Add("dedicatedworker");
                    globals.Add("sharedworker");
                    globals.Add("serviceworker");
                    break;
                case "shadowrealm":
                    globals.Add("shadowrealm-in-window");
                    globals.Add("shadowrealm-in-shadowrealm");
                    globals.Add("shadowrealm-in-dedicatedworker");
                    break;
                default:
                    globals.Add(name);
                    break;
            }
        }

        return globals;
    }

    /// <summary>The value of the first entry named <paramref name="key"/>, or null.</summary>
    public string? Value(string key)
    {
        foreach (var (entryKey, value) in Entries)
        {
            if (entryKey == key)
            {
                return value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^//\s*META:\s*(\w*)=(.*)$")]
    private static partial Regex MetaLine();
}

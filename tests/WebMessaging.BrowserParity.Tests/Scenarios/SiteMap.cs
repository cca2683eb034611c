using System.Text.Json;

namespace WebMessaging.BrowserParity.Tests.Scenarios;

/// <summary>
/// A scenario's <c>sites.json</c>: the entry URL and, for each origin, the folder that serves it.
/// </summary>
public sealed class SiteMap
{
    private readonly Dictionary<string, string> _folderByOrigin;

    private SiteMap(Uri entry, Dictionary<string, string> folderByOrigin)
    {
        Entry = entry;
        _folderByOrigin = folderByOrigin;
    }

    /// <summary>The URL the top-level page is navigated to.</summary>
    public Uri Entry { get; }

    /// <summary>The serialized origins this site map serves, each mapped to its absolute folder.</summary>
    public IReadOnlyDictionary<string, string> FolderByOrigin => _folderByOrigin;

    /// <summary>Reads a <c>sites.json</c> file; folder paths in it are relative to the file.</summary>
    public static SiteMap Load(string sitesJsonPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(sitesJsonPath);
        var baseFolder = Path.GetDirectoryName(Path.GetFullPath(sitesJsonPath))!;
        using var document = JsonDocument.Parse(File.ReadAllText(sitesJsonPath));
        var root = document.RootElement;

        if (!root.TryGetProperty("entry", out var entryElement) || entryElement.ValueKind != JsonValueKind.String
            || !Uri.TryCreate(entryElement.GetString(), UriKind.Absolute, out var entry))
        {
            throw new InvalidDataException($"{sitesJsonPath}: \"entry\" must be an absolute URL string.");
        }

        if (!root.TryGetProperty("origins", out var originsElement) || originsElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{sitesJsonPath}: \"origins\" must be an object mapping origins to folders.");
        }

        var folders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in originsElement.EnumerateObject())
        {
            if (!Uri.TryCreate(property.Name, UriKind.Absolute, out var originUrl)
                || SerializeOrigin(originUrl) != property.Name)
            {
                throw new InvalidDataException(
                    $"{sitesJsonPath}: origin key \"{property.Name}\" is not a serialized origin such as \"https://app.example\".");
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{sitesJsonPath}: the folder of origin \"{property.Name}\" must be a string.");
            }

            var folder = Path.GetFullPath(Path.Combine(baseFolder, property.Value.GetString()!));
            if (!Directory.Exists(folder))
            {
                throw new InvalidDataException($"{sitesJsonPath}: the folder \"{folder}\" of origin \"{property.Name}\" does not exist.");
            }

            folders.Add(property.Name, folder);
        }

        if (!folders.ContainsKey(SerializeOrigin(entry)))
        {
            throw new InvalidDataException($"{sitesJsonPath}: the entry \"{entry}\" is not served by any origin of the site map.");
        }

        return new SiteMap(entry, folders);
    }

    /// <summary>
    /// Finds the file that serves <paramref name="url"/>: the path under its origin's folder, with
    /// "/" and paths ending in "/" mapped to index.html; query and fragment are ignored.
    /// </summary>
    /// <returns>The file's absolute path, or null when no origin or no file serves the URL.</returns>
    public string? Resolve(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || !_folderByOrigin.TryGetValue(SerializeOrigin(url), out var folder))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(url.AbsolutePath);
        if (path.EndsWith('/'))
        {
            path += "index.html";
        }

        var file = Path.GetFullPath(Path.Combine(folder, path.TrimStart('/')));
        // A path with ".." segments must not escape the origin's folder.
        if (!file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        return File.Exists(file) ? file : null;
    }

    /// <summary>Serializes a URL's origin as "scheme://host[:port]", leaving out the scheme's default port.</summary>
    public static string SerializeOrigin(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsDefaultPort
            ? $"{url.Scheme}://{url.IdnHost}"
            : $"{url.Scheme}://{url.IdnHost}:{url.Port}";
    }
}

using System.Collections.Frozen;
using System.Text;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Builds a <see cref="SiteMap"/> in code: origins served from folders, and pages or files
/// given as content (in-memory files win over files on disk at the same URL).
/// </summary>
/// <example>
/// <code>
/// var sites = new SiteMapBuilder()
///     .AddOrigin("https://a.example", "site/a")
///     .AddPage("https://b.example/frame.html", "&lt;script&gt;...&lt;/script&gt;")
///     .SetEntry("https://a.example/")
///     .Build();
/// </code>
/// </example>
public sealed class SiteMapBuilder
{
    private readonly Dictionary<Origin, SiteOriginContent> origins = [];
    private readonly List<ISiteContentProvider> providers = [];
    private Url? entry;
    private Url? firstPage;

    /// <summary>Serves the origin <paramref name="origin"/> (e.g. "https://a.example") from the folder <paramref name="folder"/>; several origins may share a folder.</summary>
    /// <exception cref="ArgumentException">The origin is not an http or https origin, or it already has another folder.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public SiteMapBuilder AddOrigin(string origin, string folder)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        if (!SiteUrls.TryParseOrigin(origin, out var parsed, out var problem))
        {
            throw new ArgumentException($"Cannot add an origin: {problem}.", nameof(origin));
        }

        var fullFolder = Path.GetFullPath(folder);
        var realFolder = Directory.Exists(fullFolder) ? RealPath.Resolve(fullFolder) : null;
        if (realFolder is null)
        {
            throw new DirectoryNotFoundException($"Cannot serve {parsed.Serialize()} from the folder '{folder}': it does not exist.");
        }

        AddFolder(parsed, fullFolder, realFolder, nameof(origin));
        return this;
    }

    /// <summary>Serves the HTML string <paramref name="html"/> as text/html at <paramref name="url"/>; the first page added is the entry unless <see cref="SetEntry"/> says otherwise.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL, or its path cannot name a file.</exception>
    public SiteMapBuilder AddPage(string url, string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parsed = AddContent(url, Encoding.UTF8.GetBytes(html), "text/html");
        firstPage ??= parsed;
        return this;
    }

    /// <summary>Serves the text <paramref name="text"/> as UTF-8 at <paramref name="url"/>, with <paramref name="contentType"/> or the type its extension gives.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL, or its path cannot name a file.</exception>
    public SiteMapBuilder AddFile(string url, string text, string? contentType = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        AddContent(url, Encoding.UTF8.GetBytes(text), contentType);
        return this;
    }

    /// <summary>Serves the bytes <paramref name="content"/> at <paramref name="url"/>, with <paramref name="contentType"/> or the type its extension gives.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL, or its path cannot name a file.</exception>
    public SiteMapBuilder AddFile(string url, ReadOnlyMemory<byte> content, string? contentType = null)
    {
        AddContent(url, content.ToArray(), contentType);
        return this;
    }

    /// <summary>Asks <paramref name="provider"/> first, in the order added, for every URL of a mapped origin: generated content wins over stored files.</summary>
    public SiteMapBuilder AddContentProvider(ISiteContentProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        providers.Add(provider);
        return this;
    }

    /// <summary>Sets the URL of the first page to open (by default the first page added).</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL.</exception>
    public SiteMapBuilder SetEntry(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!SiteUrls.TryParseEntry(url, out var parsed, out var problem))
        {
            throw new ArgumentException($"Cannot set the entry: {problem}.", nameof(url));
        }

        entry = parsed;
        return this;
    }

    /// <summary>Makes the site map.</summary>
    /// <exception cref="InvalidOperationException">No entry was set and no page was added, or the entry's origin is not mapped.</exception>
    public SiteMap Build()
    {
        var chosen = entry ?? firstPage
            ?? throw new InvalidOperationException("The site map has no entry: call SetEntry or AddPage.");
        if (!origins.ContainsKey(chosen.Origin))
        {
            throw new InvalidOperationException($"The entry {chosen.Href} is on the origin {chosen.Origin.Serialize()}, which has no folder or files: call AddOrigin or AddPage for it.");
        }

        return BuildWithEntry(chosen);
    }

    /// <summary>Serves an origin from a folder already checked and resolved.</summary>
    internal void AddFolder(Origin origin, string fullFolder, string realFolder, string parameterName)
    {
        var content = GetOrAdd(origin);
        if (content.Folder is not null && !string.Equals(content.Folder, fullFolder, RealPath.Comparison))
        {
            throw new ArgumentException($"The origin {origin.Serialize()} is already served from the folder '{content.Folder}'.", parameterName);
        }

        content.Folder = fullFolder;
        content.RealFolder = realFolder;
    }

    /// <summary>Makes the site map with <paramref name="chosenEntry"/>, whose origin the caller has checked is mapped.</summary>
    internal SiteMap BuildWithEntry(Url chosenEntry)
    {
        var roots = new Dictionary<Origin, SiteRoot>(origins.Count);
        foreach (var (origin, content) in origins)
        {
            roots.Add(origin, new SiteRoot(origin, content.Folder, content.RealFolder, content.Files.ToFrozenDictionary(StringComparer.Ordinal)));
        }

        return new SiteMap(chosenEntry, roots.ToFrozenDictionary(), providers.ToArray());
    }

    private Url AddContent(string url, byte[] content, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!SiteUrls.TryParseEntry(url, out var parsed, out var problem))
        {
            throw new ArgumentException($"Cannot add a file: {problem}.", nameof(url));
        }

        if (!SitePath.TryMap(parsed.Path, out var relativePath, out _, out problem))
        {
            throw new ArgumentException($"Cannot add a file at {parsed.Href}: {problem}.", nameof(url));
        }

        GetOrAdd(parsed.Origin).Files[relativePath] = new InMemoryFile(content, contentType ?? SiteContentTypes.ForPath(relativePath));
        return parsed;
    }

    private SiteOriginContent GetOrAdd(Origin origin)
    {
        if (!origins.TryGetValue(origin, out var content))
        {
            content = new SiteOriginContent();
            origins.Add(origin, content);
        }

        return content;
    }
}

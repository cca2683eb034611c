using System.Collections.Frozen;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Maps origins to folders (or in-memory files) and URLs to files: the stand-in for the
/// network that pages, frames and scripts are fetched from.
/// </summary>
/// <remarks>The format of <c>sites.json</c> and the lookup rules are in docs/sites-format.md.</remarks>
public sealed class SiteMap
{
    /// <summary>The name of the site map file looked for when <see cref="Load"/> is given a folder.</summary>
    public const string FileName = "sites.json";

    private readonly FrozenDictionary<Origin, SiteRoot> origins;
    private readonly ISiteContentProvider[] providers;

    internal SiteMap(Url entry, FrozenDictionary<Origin, SiteRoot> origins, ISiteContentProvider[]? providers = null)
    {
        Entry = entry;
        this.origins = origins;
        this.providers = providers ?? [];
    }

    /// <summary>The URL of the first page to open.</summary>
    public Url Entry { get; }

    /// <summary>Each mapped origin and where its files come from.</summary>
    public IReadOnlyDictionary<Origin, SiteRoot> Origins => origins;

    /// <summary>Loads a site map from a <c>sites.json</c> file, or from a folder holding one.</summary>
    /// <exception cref="SiteMapException">The file is missing, unreadable or invalid, or the entry cannot be loaded; the message names the file and the problem.</exception>
    public static SiteMap Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return SiteMapLoader.Load(path);
    }

    /// <summary>
    /// Serves one HTML file at <paramref name="origin"/>: the file's folder becomes the origin's
    /// folder (so files next to it load too) and the entry is the origin plus "/" plus the file's name.
    /// </summary>
    /// <exception cref="SiteMapException">The file does not exist or cannot be read, or the origin is not an http or https origin.</exception>
    public static SiteMap FromFile(string htmlFile, string origin)
    {
        ArgumentNullException.ThrowIfNull(htmlFile);
        ArgumentNullException.ThrowIfNull(origin);
        return SiteMapLoader.FromFile(htmlFile, origin);
    }

    /// <summary>Serves the HTML string <paramref name="html"/> at <paramref name="url"/>, which becomes the entry.</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http or https URL.</exception>
    public static SiteMap FromHtml(string html, string url)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(url);
        return new SiteMapBuilder().AddPage(url, html).SetEntry(url).Build();
    }

    /// <summary>
    /// Fetches <paramref name="url"/>: what a content provider serves there, else the file its
    /// path names under its origin's folder, or a network error whose reason says why. Query
    /// and fragment are ignored by the file lookup; "/" and paths ending in "/" name index.html.
    /// </summary>
    public SiteFetchResult Fetch(Url url) => FetchFrom(url, useProviders: true);

    /// <summary>Fetches <paramref name="url"/> from the stored files alone (in-memory, then the folder), without asking the content providers.</summary>
    public SiteFetchResult FetchStored(Url url) => FetchFrom(url, useProviders: false);

    private SiteFetchResult FetchFrom(Url url, bool useProviders)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Only http and https URLs are looked up; every other scheme has an opaque origin or
        // one that no folder can be mapped to.
        if (url.Scheme is not ("http" or "https") || !origins.TryGetValue(url.Origin, out var root))
        {
            return SiteFetchResult.Failure(url, SiteFetchError.UnknownOrigin, $"no folder is mapped to the origin {url.Origin.Serialize()}");
        }

        if (!SitePath.TryMap(url.Path, out var relativePath, out var error, out var problem))
        {
            return SiteFetchResult.Failure(url, error, problem);
        }

        if (useProviders)
        {
            foreach (var provider in providers)
            {
                if (provider.Provide(url, this) is { } content)
                {
                    return SiteFetchResult.Success(url, content.Body, content.ContentType, null);
                }
            }
        }

        if (root.Files.TryGetValue(relativePath, out var file))
        {
            return SiteFetchResult.Success(url, file.Content, file.ContentType, null);
        }

        if (root.RealFolder is null)
        {
            return SiteFetchResult.Failure(url, SiteFetchError.MissingFile, $"no file '{DisplayText.Quote(relativePath)}' is mapped to {root.Origin.Serialize()}");
        }

        return FetchFromFolder(url, root.RealFolder, relativePath);
    }

    private static SiteFetchResult FetchFromFolder(Url url, string realFolder, string relativePath)
    {
        var quotedPath = DisplayText.Quote(relativePath);
        try
        {
            // SitePath guarantees relativePath has no dot segments, encoded separators or rooted
            // parts, so it names a place under the folder; symbolic links can still point
            // anywhere, so the fully resolved path is checked again.
            var resolved = RealPath.Resolve(realFolder, relativePath);
            if (resolved is null)
            {
                return SiteFetchResult.Failure(url, SiteFetchError.MissingFile, $"no file '{quotedPath}' in the origin's folder");
            }

            if (!RealPath.IsInside(resolved, realFolder))
            {
                return SiteFetchResult.Failure(url, SiteFetchError.OutsideFolder, $"'{quotedPath}' resolves through a symbolic link to outside the origin's folder");
            }

            if (!File.Exists(resolved))
            {
                return SiteFetchResult.Failure(url, SiteFetchError.NotAFile, $"'{quotedPath}' is not a file");
            }

            return SiteFetchResult.Success(url, File.ReadAllBytes(resolved), SiteContentTypes.ForPath(relativePath), resolved);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return SiteFetchResult.Failure(url, SiteFetchError.MissingFile, $"no file '{quotedPath}' in the origin's folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return SiteFetchResult.Failure(url, SiteFetchError.Unreadable, $"'{quotedPath}' could not be read: {DisplayText.Quote(e.Message)}");
        }
    }
}

using System.Collections.Frozen;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>Where one origin's files come from: a folder on disk, in-memory files, or both (in-memory files win).</summary>
public sealed class SiteRoot
{
    internal SiteRoot(Origin origin, string? folder, string? realFolder, FrozenDictionary<string, InMemoryFile> files)
    {
        Origin = origin;
        Folder = folder;
        RealFolder = realFolder;
        Files = files;
    }

    /// <summary>The origin served from this root.</summary>
    public Origin Origin { get; }

    /// <summary>The full path of the origin's folder, or null when the origin has only in-memory files.</summary>
    public string? Folder { get; }

    /// <summary>The number of in-memory files mapped to this origin.</summary>
    public int InMemoryFileCount => Files.Count;

    /// <summary>The folder with every symbolic link resolved: fetched files must stay under it.</summary>
    internal string? RealFolder { get; }

    /// <summary>In-memory files by their relative path ("index.html", "a/b.js"), as <see cref="SitePath"/> maps URL paths.</summary>
    internal FrozenDictionary<string, InMemoryFile> Files { get; }
}

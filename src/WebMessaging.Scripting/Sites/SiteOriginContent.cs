namespace WebMessaging.Scripting.Sites;

/// <summary>What a <see cref="SiteMapBuilder"/> has gathered for one origin so far.</summary>
internal sealed class SiteOriginContent
{
    /// <summary>The full path of the origin's folder, or null.</summary>
    public string? Folder { get; set; }

    /// <summary>The folder with its symbolic links resolved, or null.</summary>
    public string? RealFolder { get; set; }

    /// <summary>In-memory files by relative path.</summary>
    public Dictionary<string, InMemoryFile> Files { get; } = new(StringComparer.Ordinal);
}

namespace WebMessaging.Scripting.Sites;

/// <summary>Why a <see cref="SiteMap.Fetch"/> ended in a network error.</summary>
public enum SiteFetchError
{
    /// <summary>The fetch succeeded.</summary>
    None = 0,

    /// <summary>The URL is not http or https, or no folder or in-memory file is mapped to its origin.</summary>
    UnknownOrigin,

    /// <summary>No file exists at the path, or the path cannot name a file (e.g. it holds an encoded NUL).</summary>
    MissingFile,

    /// <summary>The path would leave the origin's folder (encoded separators or dot segments, or a symbolic link pointing outside).</summary>
    OutsideFolder,

    /// <summary>The path names something that is not a file, such as a folder.</summary>
    NotAFile,

    /// <summary>The file exists but could not be read.</summary>
    Unreadable,
}

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Resolves every symbolic link in a path, as POSIX realpath() does, so that a file's final
/// location can be checked against its origin's folder.
/// </summary>
internal static class RealPath
{
    // The number of links followed before giving up, as Linux's ELOOP limit.
    private const int MaxLinks = 40;

    private static readonly char[] SeparatorChars = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>Whether paths on this system compare without regard to case (Windows, macOS).</summary>
    public static readonly StringComparison Comparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Returns the full path of <paramref name="path"/> with every symbolic link in it resolved,
    /// or null when a part of it does not exist or the links loop.
    /// </summary>
    /// <exception cref="IOException">A part of the path could not be examined.</exception>
    /// <exception cref="UnauthorizedAccessException">A part of the path may not be examined.</exception>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        return Resolve(root, full[root.Length..]);
    }

    /// <summary>
    /// Returns <paramref name="relativePath"/> joined to the already resolved folder
    /// <paramref name="realFolder"/> with every symbolic link resolved, or null when a part of
    /// it does not exist or the links loop. Only the parts of the relative path are examined.
    /// </summary>
    /// <exception cref="IOException">A part of the path could not be examined.</exception>
    /// <exception cref="UnauthorizedAccessException">A part of the path may not be examined.</exception>
    public static string? Resolve(string realFolder, string relativePath)
    {
        var pending = new Stack<string>();
        PushParts(pending, relativePath);

        var current = realFolder;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (++links > MaxLinks)
                {
                    return null;
                }

                // A relative link target is relative to the folder holding the link.
                if (Path.IsPathRooted(target))
                {
                    var targetRoot = Path.GetPathRoot(Path.GetFullPath(target))!;
                    current = targetRoot;
                    PushParts(pending, Path.GetFullPath(target)[targetRoot.Length..]);
                }
                else
                {
                    PushParts(pending, target);
                }

                continue;
            }

            if (!Path.Exists(next))
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether the resolved path <paramref name="path"/> lies strictly inside the resolved folder <paramref name="folder"/>.</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefixLength = folder.Length;
        if (!Path.EndsInDirectorySeparator(folder))
        {
            if (path.Length <= folder.Length || !IsSeparator(path[folder.Length]))
            {
                return false;
            }

            prefixLength++;
        }

        return path.Length > prefixLength && path.AsSpan(0, folder.Length).Equals(folder, Comparison);
    }

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;

    // Pushes the parts of a relative path so that the first part is popped first.
    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split(SeparatorChars);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}

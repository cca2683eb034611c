using AngleSharp.Html.Parser;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// Finds the testharness.js tests that the paths given on the command line name, as the
/// web-platform-tests manifest would: HTML files that load testharness.js, and the pages
/// generated for <c>.any.js</c>, <c>.window.js</c> and <c>.worker.js</c> tests, with their variants.
/// </summary>
internal sealed class WptTestDiscovery
{
    // Folders that hold no tests when a whole folder is searched.
    private static readonly HashSet<string> SupportFolders = new(StringComparer.Ordinal) { "resources", "support", "tools", "common", "node_modules" };

    private readonly string _root;

    /// <summary>Discovers tests under the checkout whose root folder is <paramref name="root"/> (a full path).</summary>
    public WptTestDiscovery(string root)
    {
        _root = root;
    }

    /// <summary>
    /// The tests that <paramref name="paths"/> name (files or folders, relative to the checkout's
    /// root or to the current folder, or absolute), in path order without repeats; the whole
    /// checkout when there are none.
    /// </summary>
    /// <exception cref="WptInputException">A path does not exist, is outside the checkout, or names a file that is not a test.</exception>
    public IReadOnlyList<WptTest> Discover(IReadOnlyList<string> paths)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var explicitWrappers = new List<WptTest>();
        foreach (var path in paths.Count == 0 ? (IReadOnlyList<string>)["."] : paths)
        {
            var full = Resolve(path);
            if (Directory.Exists(full))
            {
                AddFolder(full, files);
            }
            else if (File.Exists(full))
            {
                if (Classify(full) == WptFileKind.None)
                {
                    throw new WptInputException($"'{path}' is not a testharness.js test: expected an .html or .htm file that loads /resources/testharness.js, or an .any.js, .window.js or .worker.js file.");
                }

                files.Add(full);
            }
            else if (WptWrappers.TryMatch(ToUrlPath(full), out _, out var sourcePath) && File.Exists(ToFilePath(sourcePath)))
            {
                // A generated page named by its URL (x.any.worker.html): that page only.
                explicitWrappers.Add(new WptTest(ToUrlPath(full), IsHttps(full), WptMetadata.Parse(File.ReadAllText(ToFilePath(sourcePath))).LongTimeout));
            }
            else
            {
                throw new WptInputException($"'{path}': no such file or folder in the checkout '{_root}'.");
            }
        }

        var tests = new List<WptTest>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var test in TestsOf(file))
            {
                if (seen.Add(test.Path))
                {
                    tests.Add(test);
                }
            }
        }

        foreach (var test in explicitWrappers)
        {
            if (seen.Add(test.Path))
            {
                tests.Add(test);
            }
        }

        return tests;
    }

    private string Resolve(string path)
    {
        string full;
        try
        {
            // A relative path names a place in the checkout, unless only the current folder has it.
            var underRoot = Path.GetFullPath(Path.Combine(_root, path));
            var underCurrent = Path.GetFullPath(path);
            full = Path.IsPathRooted(path) || (!Path.Exists(underRoot) && Path.Exists(underCurrent)) ? underCurrent : underRoot;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new WptInputException($"'{path}' is not a valid path: {e.Message}");
        }

        var relative = Path.GetRelativePath(_root, full);
        if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            throw new WptInputException($"'{path}' is outside the checkout '{_root}'.");
        }

        return full;
    }

    private void AddFolder(string folder, SortedSet<string> files)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(folder))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.'))
            {
                continue;
            }

            if (Directory.Exists(entry))
            {
                // A linked folder is not followed: links can loop, and the manifest skips them too.
                if (!SupportFolders.Contains(name) && new DirectoryInfo(entry).LinkTarget is null)
                {
                    AddFolder(entry, files);
                }
            }
            else if (Classify(entry) != WptFileKind.None)
            {
                files.Add(entry);
            }
        }
    }

    private static WptFileKind Classify(string file)
    {
        var name = Path.GetFileName(file);
        if (name.Contains("-manual.", StringComparison.Ordinal) || name.Contains("-ref.", StringComparison.Ordinal) || name.Contains("-notref.", StringComparison.Ordinal))
        {
            return WptFileKind.None;
        }

        if (name.EndsWith(".any.js", StringComparison.Ordinal))
        {
            return WptFileKind.AnyJs;
        }

        if (name.EndsWith(".window.js", StringComparison.Ordinal))
        {
            return WptFileKind.WindowJs;
        }

        if (name.EndsWith(".worker.js", StringComparison.Ordinal))
        {
            return WptFileKind.WorkerJs;
        }

        if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            // A testharness.js test loads the harness; other HTML files are references, support or manual tests.
            return ReadText(file).Contains("/resources/testharness.js", StringComparison.Ordinal) ? WptFileKind.Html : WptFileKind.None;
        }

        return WptFileKind.None;
    }

    private IEnumerable<WptTest> TestsOf(string file)
    {
        var urlPath = ToUrlPath(file);
        var https = IsHttps(file);
        switch (Classify(file))
        {
            case WptFileKind.Html:
                var document = new HtmlParser().ParseDocument(ReadText(file));
                var longTimeout = document.QuerySelector("meta[name=timeout]")?.GetAttribute("content") == "long";
                var variants = new List<string>();
                foreach (var meta in document.QuerySelectorAll("meta[name=variant]"))
                {
                    variants.Add(meta.GetAttribute("content") ?? "");
                }

                foreach (var variant in variants.Count == 0 ? [""] : variants)
                {
                    yield return new WptTest(urlPath + variant, https, longTimeout);
                }

                break;
            case WptFileKind.AnyJs:
                var metadata = WptMetadata.Parse(ReadText(file));
                var stem = urlPath[..^".js".Length];
                var globals = metadata.Globals;
                foreach (var variant in metadata.Variants)
                {
                    if (globals.Contains("window"))
                    {
                        yield return new WptTest(stem + ".html" + variant, https, metadata.LongTimeout);
                    }

                    if (globals.Contains("dedicatedworker"))
                    {
                        yield return new WptTest(stem + ".worker.html" + variant, https, metadata.LongTimeout);
                    }

                    // FIXME: the sharedworker, serviceworker, module and shadowrealm scopes are not run.
                }

                break;
            case WptFileKind.WindowJs:
            case WptFileKind.WorkerJs:
                var scriptMetadata = WptMetadata.Parse(ReadText(file));
                foreach (var variant in scriptMetadata.Variants)
                {
                    yield return new WptTest(urlPath[..^".js".Length] + ".html" + variant, https, scriptMetadata.LongTimeout);
                }

                break;
        }
    }

    private string ToUrlPath(string file)
    {
        var relative = Path.GetRelativePath(_root, file).Replace(Path.DirectorySeparatorChar, '/');
        var path = new System.Text.StringBuilder("/", relative.Length + 1);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in relative.EnumerateRunes())
        {
            // Only what a URL path cannot hold as it is gets percent-encoded.
            if (rune.Value is > 0x20 and < 0x7F and not ('%' or '?' or '#'))
            {
                path.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                path.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return path.ToString();
    }

    private string ToFilePath(string urlPath) =>
        Path.Combine(_root, Uri.UnescapeDataString(urlPath.TrimStart('/')).Replace('/', Path.DirectorySeparatorChar));

    private static bool IsHttps(string file) => Path.GetFileName(file).Contains(".https.", StringComparison.Ordinal);

    private static string ReadText(string file)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new WptInputException($"'{file}' cannot be read: {e.Message}");
        }
    }
}

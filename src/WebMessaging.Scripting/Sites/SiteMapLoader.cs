using System.Security;
using System.Text.Json;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Reads <c>sites.json</c> files and single HTML files into site maps. Every problem with the
/// input becomes a <see cref="SiteMapException"/> naming the file; no other exception escapes.
/// </summary>
internal static class SiteMapLoader
{
    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Loads the <c>sites.json</c> file at <paramref name="path"/>, or the one inside the folder <paramref name="path"/>.</summary>
    public static SiteMap Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new SiteMapException(path, "no site map path was given");
        }

        var file = path;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                file = Path.Join(path, SiteMap.FileName);
                if (!File.Exists(file))
                {
                    throw new SiteMapException(path, $"the folder holds no {SiteMap.FileName}");
                }
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SiteMapException(file, "file not found", e);
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw new SiteMapException(file, $"the file cannot be read: {DisplayText.Quote(e.Message)}", e);
        }

        string baseFolder;
        try
        {
            baseFolder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? Path.GetFullPath(file);
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw new SiteMapException(file, $"the path is not valid: {DisplayText.Quote(e.Message)}", e);
        }

        return Parse(bytes, file, baseFolder);
    }

    /// <summary>
    /// Makes a site map from the contents of a <c>sites.json</c> file named <paramref name="file"/>
    /// (for messages), whose relative folders are relative to <paramref name="baseFolder"/>.
    /// </summary>
    public static SiteMap Parse(ReadOnlySpan<byte> json, string file, string baseFolder)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), JsonOptions);
        }
        catch (JsonException e)
        {
            throw new SiteMapException(file, $"invalid JSON at line {e.LineNumber + 1 ?? 1}, position {e.BytePositionInLine + 1 ?? 1}: {JsonProblem(e)}", e);
        }
        catch (ArgumentException e)
        {
            throw new SiteMapException(file, $"invalid JSON: {DisplayText.Quote(e.Message)}", e);
        }

        using (document)
        {
            return Read(document.RootElement, file, baseFolder);
        }
    }

    /// <summary>Serves the HTML file <paramref name="htmlFile"/> at the origin <paramref name="origin"/>.</summary>
    public static SiteMap FromFile(string htmlFile, string origin)
    {
        if (!SiteUrls.TryParseOrigin(origin, out var parsedOrigin, out var problem))
        {
            throw new SiteMapException(htmlFile, problem);
        }

        string? realFile;
        try
        {
            if (string.IsNullOrWhiteSpace(htmlFile))
            {
                throw new SiteMapException(htmlFile, "no HTML file was given");
            }

            if (Directory.Exists(htmlFile))
            {
                throw new SiteMapException(htmlFile, "is a folder, not an HTML file");
            }

            // The file the caller named is served even when it is a link to elsewhere: its
            // resolved folder becomes the origin's folder.
            realFile = File.Exists(htmlFile) ? RealPath.Resolve(htmlFile) : null;
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw new SiteMapException(htmlFile, $"the file cannot be read: {DisplayText.Quote(e.Message)}", e);
        }

        if (realFile is null)
        {
            throw new SiteMapException(htmlFile, "file not found");
        }

        var folder = Path.GetDirectoryName(realFile)!;
        var entry = Url.Parse(parsedOrigin.Serialize() + "/" + Uri.EscapeDataString(Path.GetFileName(realFile)));
        var builder = new SiteMapBuilder();
        builder.AddFolder(parsedOrigin, folder, folder, nameof(origin));
        var map = builder.BuildWithEntry(entry);
        CheckEntryLoads(map, htmlFile);
        return map;
    }

    private static SiteMap Read(JsonElement root, string file, string baseFolder)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SiteMapException(file, $"the top level must be a JSON object with \"entry\" and \"origins\", not {Describe(root.ValueKind)}");
        }

        JsonElement? entryElement = null;
        JsonElement? originsElement = null;
        foreach (var property in root.EnumerateObject())
        {
            var name = ReadName(property, file);
            switch (name)
            {
                case "entry":
                    entryElement = entryElement is null ? property.Value : throw Duplicate(file, name);
                    break;
                case "origins":
                    originsElement = originsElement is null ? property.Value : throw Duplicate(file, name);
                    break;
                default:
                    throw new SiteMapException(file, $"unknown property \"{DisplayText.Quote(name)}\"; a site map has only \"entry\" and \"origins\"");
            }
        }

        if (entryElement is not { } entryValue)
        {
            throw new SiteMapException(file, "missing \"entry\" (the URL of the first page, e.g. \"https://app.example/\")");
        }

        if (originsElement is not { } originsValue)
        {
            throw new SiteMapException(file, "missing \"origins\" (an object mapping each origin to a folder)");
        }

        if (entryValue.ValueKind != JsonValueKind.String)
        {
            throw new SiteMapException(file, $"\"entry\" must be a string, not {Describe(entryValue.ValueKind)}");
        }

        if (!SiteUrls.TryParseEntry(ReadString(entryValue, file), out var entry, out var problem))
        {
            throw new SiteMapException(file, problem);
        }

        if (originsValue.ValueKind != JsonValueKind.Object)
        {
            throw new SiteMapException(file, $"\"origins\" must be an object mapping each origin to a folder, not {Describe(originsValue.ValueKind)}");
        }

        var builder = new SiteMapBuilder();
        var keys = new Dictionary<Origin, string>();
        var realFolders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in originsValue.EnumerateObject())
        {
            var key = ReadName(property, file);
            if (!SiteUrls.TryParseOrigin(key, out var origin, out problem))
            {
                throw new SiteMapException(file, problem);
            }

            if (!keys.TryAdd(origin, key))
            {
                throw new SiteMapException(file, $"the origins '{DisplayText.Quote(keys[origin])}' and '{DisplayText.Quote(key)}' are the same origin");
            }

            if (property.Value.ValueKind != JsonValueKind.String)
            {
                throw new SiteMapException(file, $"the folder of origin '{DisplayText.Quote(key)}' must be a string, not {Describe(property.Value.ValueKind)}");
            }

            var folder = ReadString(property.Value, file);
            var fullFolder = ResolveFolder(folder, key, file, baseFolder, realFolders, out var realFolder);
            builder.AddFolder(origin, fullFolder, realFolder, nameof(file));
        }

        if (!keys.ContainsKey(entry.Origin))
        {
            throw new SiteMapException(file, $"the entry's origin {entry.Origin.Serialize()} is not in \"origins\"");
        }

        var map = builder.BuildWithEntry(entry);
        CheckEntryLoads(map, file);
        return map;
    }

    // Resolves a folder named in the file, once per distinct folder (many origins may share one).
    private static string ResolveFolder(string folder, string key, string file, string baseFolder, Dictionary<string, string> realFolders, out string realFolder)
    {
        var quoted = DisplayText.Quote(folder);
        if (folder.Length == 0)
        {
            throw new SiteMapException(file, $"the folder of origin '{DisplayText.Quote(key)}' is empty; write \".\" for the site map's own folder");
        }

        try
        {
            var fullFolder = Path.GetFullPath(folder, baseFolder);
            if (realFolders.TryGetValue(fullFolder, out var known))
            {
                realFolder = known;
                return fullFolder;
            }

            var resolved = Directory.Exists(fullFolder) ? RealPath.Resolve(fullFolder) : null;
            if (resolved is null)
            {
                throw new SiteMapException(file, $"the folder '{quoted}' of origin '{DisplayText.Quote(key)}' does not exist (looked for '{DisplayText.Quote(fullFolder)}')");
            }

            realFolders.Add(fullFolder, resolved);
            realFolder = resolved;
            return fullFolder;
        }
        catch (Exception e) when (IsFileSystemError(e))
        {
            throw new SiteMapException(file, $"the folder '{quoted}' of origin '{DisplayText.Quote(key)}' is not a usable path: {DisplayText.Quote(e.Message)}", e);
        }
    }

    private static void CheckEntryLoads(SiteMap map, string file)
    {
        var result = map.Fetch(map.Entry);
        if (result.IsNetworkError)
        {
            throw new SiteMapException(file, $"the entry cannot be loaded: {result.ErrorMessage}");
        }
    }

    private static string ReadName(JsonProperty property, string file)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException e)
        {
            throw new SiteMapException(file, $"a property name is not valid text: {DisplayText.Quote(e.Message)}", e);
        }
    }

    private static string ReadString(JsonElement element, string file)
    {
        try
        {
            return element.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new SiteMapException(file, $"a string is not valid text: {DisplayText.Quote(e.Message)}", e);
        }
    }

    private static SiteMapException Duplicate(string file, string name) =>
        new(file, $"the property \"{name}\" appears twice");

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    // System.Text.Json ends its messages with its own zero-based " LineNumber: 0 |
    // BytePositionInLine: 0." suffix; the message above gives one-based numbers instead.
    private static string JsonProblem(JsonException e)
    {
        var message = e.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return DisplayText.Quote(suffix > 0 ? message[..suffix] : message);
    }

    private static bool IsFileSystemError(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or SecurityException;
}

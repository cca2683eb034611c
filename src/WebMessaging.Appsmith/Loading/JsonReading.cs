using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>Reads the keys an application needs out of JSON, with errors that name the file and the key's path.</summary>
internal static class JsonReading
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    /// <summary>Parses <paramref name="json"/>, the contents of <paramref name="file"/>.</summary>
    public static JsonDocument Parse(ReadOnlySpan<byte> json, string file)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        try
        {
            return JsonDocument.Parse(json.ToArray(), Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "";
            throw new AppsmithLoadException(file, null, "not valid JSON" + where, e);
        }
    }

    /// <summary>Reads the whole file <paramref name="path"/>, named <paramref name="file"/> in errors.</summary>
    public static byte[] ReadFile(string path, string file)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new AppsmithLoadException(file, null, "file not found", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new AppsmithLoadException(file, null, "the file cannot be read: " + e.Message, e);
        }
    }

    /// <summary>The member <paramref name="key"/> of the object <paramref name="parent"/> (at <paramref name="parentPath"/>), which must be of <paramref name="kind"/>.</summary>
    public static JsonElement Require(JsonElement parent, string parentPath, string key, JsonValueKind kind, string file)
    {
        var path = Join(parentPath, key);
        if (!parent.TryGetProperty(key, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            throw new AppsmithLoadException(file, path, "missing");
        }

        return Expect(value, path, kind, file);
    }

    /// <summary>The member <paramref name="key"/> of <paramref name="parent"/> when present and not null (then it must be of <paramref name="kind"/>), else null.</summary>
    public static JsonElement? Optional(JsonElement parent, string parentPath, string key, JsonValueKind kind, string file)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(key, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return null;
        }

        return Expect(value, Join(parentPath, key), kind, file);
    }

    /// <summary><paramref name="value"/> (at <paramref name="path"/>), which must be of <paramref name="kind"/>.</summary>
    public static JsonElement Expect(JsonElement value, string path, JsonValueKind kind, string file)
    {
        var matches = kind == JsonValueKind.True ? value.ValueKind is JsonValueKind.True or JsonValueKind.False : value.ValueKind == kind;
        if (!matches)
        {
            throw new AppsmithLoadException(file, path.Length == 0 ? null : path, $"must be {Describe(kind)}, not {Describe(value.ValueKind)}");
        }

        return value;
    }

    /// <summary>"a.b" or "b" when <paramref name="parentPath"/> is empty.</summary>
    public static string Join(string parentPath, string key) => parentPath.Length == 0 ? key : parentPath + "." + key;

    /// <summary>"a[3]".</summary>
    public static string Index(string path, int index) => path + "[" + index + "]";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

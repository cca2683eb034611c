namespace WebMessaging.Scripting.Sites;

/// <summary>The content type of a site file, chosen by its extension.</summary>
internal static class SiteContentTypes
{
    /// <summary>The type of anything without a known extension.</summary>
    public const string Default = "application/octet-stream";

    /// <summary>Returns the content type for the file name or relative path <paramref name="path"/>.</summary>
    public static string ForPath(string path)
    {
        var extension = Path.GetExtension(path.AsSpan());
        if (extension.Length < 2)
        {
            return Default;
        }

        Span<char> lower = stackalloc char[8];
        if (extension.Length > lower.Length)
        {
            return Default;
        }

        var length = extension.ToLowerInvariant(lower);
        return lower[..length] switch
        {
            ".html" or ".htm" => "text/html",
            ".js" or ".mjs" => "text/javascript",
            ".json" => "application/json",
            ".css" => "text/css",
            ".txt" => "text/plain",
            ".svg" => "image/svg+xml",
            ".png" => "image/png",
            ".wasm" => "application/wasm",
            _ => Default,
        };
    }
}

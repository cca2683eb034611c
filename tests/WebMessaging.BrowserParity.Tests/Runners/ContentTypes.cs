namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>The content types the scenario sites are served with, by file extension.</summary>
public static class ContentTypes
{
    /// <summary>Returns the content type for <paramref name="filePath"/>'s extension (html, js, json, css, txt).</summary>
    public static string ForFile(string filePath)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        return Path.GetExtension(filePath).ToLowerInvariant() switch
        {
            ".html" or ".htm" => "text/html; charset=utf-8",
            ".js" or ".mjs" => "text/javascript; charset=utf-8",
            ".json" => "application/json; charset=utf-8",
            ".css" => "text/css; charset=utf-8",
            ".txt" => "text/plain; charset=utf-8",
            _ => "application/octet-stream",
        };
    }
}

using System.Text;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>The outcome of <see cref="SiteMap.Fetch"/>: a file's bytes and content type, or a network error with its reason.</summary>
public sealed class SiteFetchResult
{
    private SiteFetchResult(Url url, SiteFetchError error, string? errorMessage, ReadOnlyMemory<byte> body, string? contentType, string? filePath)
    {
        Url = url;
        Error = error;
        ErrorMessage = errorMessage;
        Body = body;
        ContentType = contentType;
        FilePath = filePath;
    }

    /// <summary>The URL that was fetched.</summary>
    public Url Url { get; }

    /// <summary>Whether the fetch is a network error (https://fetch.spec.whatwg.org/#concept-network-error).</summary>
    public bool IsNetworkError => Error != SiteFetchError.None;

    /// <summary>Why the fetch failed, or <see cref="SiteFetchError.None"/> when it succeeded.</summary>
    public SiteFetchError Error { get; }

    /// <summary>A one-line console error naming the URL and the problem, or null when the fetch succeeded.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The file's bytes; empty for a network error.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The content type chosen by the file's extension (e.g. "text/html"), or null for a network error.</summary>
    public string? ContentType { get; }

    /// <summary>The full path of the file read, or null for an in-memory file or a network error.</summary>
    public string? FilePath { get; }

    /// <summary>Decodes <see cref="Body"/> as UTF-8, dropping a leading byte order mark.</summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: pages and scripts are always read as UTF-8, because site files
    /// carry no Content-Type header and UTF-8 is what the HTML and script decoders default to.
    /// </remarks>
    public string GetText()
    {
        var bytes = Body.Span;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes);
    }

    internal static SiteFetchResult Success(Url url, ReadOnlyMemory<byte> body, string contentType, string? filePath) =>
        new(url, SiteFetchError.None, null, body, contentType, filePath);

    internal static SiteFetchResult Failure(Url url, SiteFetchError error, string problem) =>
        new(url, error, $"Failed to load {DisplayText.Quote(url.Href)}: {problem}", ReadOnlyMemory<byte>.Empty, null, null);
}

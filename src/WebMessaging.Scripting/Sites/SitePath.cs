using System.Buffers;
using System.Text;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Maps a URL's path to a file path relative to its origin's root, decoding percent-encoded
/// bytes without ever letting the result leave the root.
/// </summary>
internal static class SitePath
{
    /// <summary>The file a path ending in "/" names.</summary>
    public const string IndexFile = "index.html";

    private static readonly SearchValues<char> Separators = SearchValues.Create("/\\");

    // Characters that no file name may hold on this system (NUL and '/' everywhere; more on Windows).
    private static readonly SearchValues<char> InvalidFileNameChars = SearchValues.Create(Path.GetInvalidFileNameChars());

    /// <summary>
    /// Maps the serialized URL path <paramref name="urlPath"/> (https://url.spec.whatwg.org/#url-path-serializer,
    /// e.g. "/a/b%20c.html") to a relative path of decoded segments joined by '/' (e.g. "a/b c.html"),
    /// or returns false with the reason and a problem to show.
    /// </summary>
    public static bool TryMap(string urlPath, out string relativePath, out SiteFetchError error, out string problem)
    {
        relativePath = string.Empty;
        error = SiteFetchError.None;
        problem = string.Empty;

        // The URL parser has already removed "." and ".." segments, including their
        // percent-encoded forms ("%2e", ".%2E", ...) (https://url.spec.whatwg.org/#single-dot-path-segment),
        // and turned "\" into "/" for special URLs. What it leaves encoded ("%2f", "%5c", "%00")
        // must not become a separator, a dot segment or an impossible name after decoding.
        if (urlPath.Length == 0 || urlPath[0] != '/')
        {
            error = SiteFetchError.MissingFile;
            problem = $"the path '{DisplayText.Quote(urlPath)}' is not a list of segments";
            return false;
        }

        var output = new StringBuilder(urlPath.Length + IndexFile.Length);
        var start = 1;
        while (true)
        {
            var end = urlPath.IndexOf('/', start);
            var isLast = end < 0;
            var raw = isLast ? urlPath[start..] : urlPath[start..end];

            if (raw.Length == 0)
            {
                // "/" and paths ending in "/" name the folder's index file; an empty segment
                // inside the path ("a//b") is skipped, so it can never make the path absolute.
                if (isLast)
                {
                    output.Append(IndexFile);
                }
            }
            else
            {
                // https://url.spec.whatwg.org/#percent-decode, then UTF-8 decode without BOM.
                var segment = PercentEncoding.DecodeToString(raw);
                if (segment is "." or ".." || segment.AsSpan().ContainsAny(Separators))
                {
                    error = SiteFetchError.OutsideFolder;
                    problem = $"the path segment '{DisplayText.Quote(raw)}' decodes to '{DisplayText.Quote(segment)}', which could leave the origin's folder";
                    return false;
                }

                if (segment.AsSpan().ContainsAny(InvalidFileNameChars))
                {
                    error = SiteFetchError.MissingFile;
                    problem = $"the path segment '{DisplayText.Quote(raw)}' decodes to a name no file can have";
                    return false;
                }

                output.Append(segment);
                if (!isLast)
                {
                    output.Append('/');
                }
            }

            if (isLast)
            {
                break;
            }

            start = end + 1;
        }

        // "a//" leaves "a/" before the index file is added; "a//b" may leave a trailing '/' only
        // when the last segment was empty, which appended the index file above.
        relativePath = output.ToString();
        return true;
    }
}

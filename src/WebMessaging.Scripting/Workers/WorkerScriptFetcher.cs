using System.Text;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// Fetches a worker's scripts: blob: URLs from the browser's blob URL store, any other URL
/// from the site map. A network error is a null body with its reason.
/// </summary>
internal sealed class WorkerScriptFetcher
{
    private readonly SiteMap _sites;
    private readonly BlobUrlStore _blobs;

    public WorkerScriptFetcher(SiteMap sites, BlobUrlStore blobs)
    {
        _sites = sites;
        _blobs = blobs;
    }

    /// <summary>The script text at <paramref name="url"/>, or null with <paramref name="error"/> after a network error.</summary>
    public string? Fetch(Url url, out string? error)
    {
        if (url.Scheme == "blob")
        {
            // https://fetch.spec.whatwg.org/#scheme-fetch "blob": "2. Let blobURLEntry be
            // request's current URL's blob URL entry. 3. If request's method is not `GET` or
            // blobURLEntry is null, then return a network error."
            if (_blobs.Resolve(url) is { } blob)
            {
                error = null;
                return Encoding.UTF8.GetString(blob.Bytes.Span);
            }

            error = "Failed to load " + url.Href + ": the blob URL is not registered (never created, or revoked).";
            return null;
        }

        var response = _sites.Fetch(url);
        if (response.IsNetworkError)
        {
            error = response.ErrorMessage ?? "Failed to load " + url.Href;
            return null;
        }

        error = null;
        return response.GetText();
    }
}

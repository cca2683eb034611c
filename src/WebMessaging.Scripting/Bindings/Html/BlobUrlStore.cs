using System.Globalization;
using System.Runtime.CompilerServices;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Values;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://w3c.github.io/FileAPI/#BlobURLStore
/// The blob URL store of a browser (<see cref="Of"/>): the blob: URLs that <c>URL.createObjectURL</c> made, each
/// with its blob and the origin of the global that made it. Safe to use from several threads.
/// </summary>
public sealed class BlobUrlStore
{
    private static readonly ConditionalWeakTable<Browser, BlobUrlStore> s_stores = new();

    private readonly Dictionary<string, (Blob Blob, Origin Origin)> _entries = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>The blob URL store of <paramref name="browser"/> (one per browser, made on first use).</summary>
    public static BlobUrlStore Of(Browser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return s_stores.GetValue(browser, _ => new BlobUrlStore());
    }

    /// <summary>How many blob URLs are registered.</summary>
    public int Count
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>
    /// https://w3c.github.io/FileAPI/#add-an-entry
    /// Registers <paramref name="blob"/> for a global of <paramref name="origin"/> and returns its new blob: URL.
    /// </summary>
    public string Add(Blob blob, Origin origin)
    {
        ArgumentNullException.ThrowIfNull(blob);
        ArgumentNullException.ThrowIfNull(origin);

        // https://w3c.github.io/FileAPI/#unicodeBlobURL
        // "1. Let result be the empty string. 2. Append the string "blob:" to result."
        // "3. Let settings be the current settings object. 4. Let origin be settings's origin.
        //  5. Let serialized be the ASCII serialization of origin. 6. If serialized is "null",
        //  set it to an implementation-defined value. 7. Append serialized to result."
        // "8. Append U+0024 SOLIDUS (/) to result."
        // "9. Generate a UUID [RFC4122] as a string and append it to result."
        // IMPLEMENTATION DEFINED: the UUIDs count up per browser (version 4 layout), so that
        // runs are deterministic; they are unique within the store, which is what matters.
        var number = Interlocked.Increment(ref _next);
        var uuid = string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{number:x12}");
        var url = "blob:" + origin.Serialize() + "/" + uuid;

        // https://w3c.github.io/FileAPI/#add-an-entry
        // "3. Let entry be a new blob URL entry consisting of object and the current settings
        //  object. 4. Set store[url] to entry. 5. Return url."
        lock (_entries)
        {
            _entries[url] = (blob, origin);
        }

        return url;
    }

    /// <summary>
    /// https://w3c.github.io/FileAPI/#blob-url-resolve
    /// The blob <paramref name="url"/> stands for (its fragment ignored), or null when it is not
    /// a registered blob: URL (never made, or revoked).
    /// </summary>
    public Blob? Resolve(Url url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // "1. Assert: url's scheme is "blob"."
        if (url.Scheme != "blob")
        {
            return null;
        }

        // "2. Let store be the user agent's blob URL store. 3. Let url string be the result of
        //  serializing url with exclude fragment set to true. 4. If store[url string] exists,
        //  return store[url string]; otherwise return failure."
        var href = url.Href;
        var urlString = url.Fragment is null ? href : href[..(href.Length - url.Fragment.Length - 1)];
        lock (_entries)
        {
            return _entries.TryGetValue(urlString, out var entry) ? entry.Blob : null;
        }
    }

    /// <summary>
    /// https://w3c.github.io/FileAPI/#dfn-revokeObjectURL
    /// Removes <paramref name="url"/> when a global of <paramref name="origin"/> registered it;
    /// anything else is ignored, as the standard says.
    /// </summary>
    public void Revoke(string url, Origin origin)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(origin);

        // "1. Let urlRecord be the result of parsing url. 2. If urlRecord's scheme is not
        //  "blob", return."
        if (!Url.TryParse(url, null, out var urlRecord) || urlRecord.Scheme != "blob")
        {
            return;
        }

        // "3. Let entry be urlRecord's blob URL entry. 4. If entry is null, then return.
        //  5. Let isAuthorized be the result of checking for same-partition blob URL usage with
        //  entry and the current settings object. 6. If isAuthorized is false, then return.
        //  7. Remove an entry from the Blob URL Store for url."
        var href = urlRecord.Href;
        var urlString = urlRecord.Fragment is null ? href : href[..(href.Length - urlRecord.Fragment.Length - 1)];
        lock (_entries)
        {
            if (_entries.TryGetValue(urlString, out var entry) && entry.Origin.IsSameOrigin(origin))
            {
                _entries.Remove(urlString);
            }
        }
    }
}

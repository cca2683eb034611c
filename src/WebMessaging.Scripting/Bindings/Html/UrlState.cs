using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// What a URL object stands for (https://url.spec.whatwg.org/#url-class): "A URL object has an
/// associated URL (a URL) and query object (a URLSearchParams object)."
/// </summary>
internal sealed class UrlState
{
    public UrlState(Url url, UrlSearchParamsState query)
    {
        Url = url;
        Query = query;
    }

    /// <summary>The URL record.</summary>
    public Url Url { get; set; }

    /// <summary>The query object's list, whose update steps write back into <see cref="Url"/>.</summary>
    public UrlSearchParamsState Query { get; }

    /// <summary>The query object's wrapper, made on first access of searchParams.</summary>
    public PlatformObject? QueryObject { get; set; }

    /// <summary>The URL's serialization without its query and fragment.</summary>
    public string HrefBeforeQuery
    {
        get
        {
            var href = Url.Href;
            var end = href.Length;
            if (Url.Fragment is not null)
            {
                end -= Url.Fragment.Length + 1;
            }

            if (Url.Query is not null)
            {
                end -= Url.Query.Length + 1;
            }

            return href[..end];
        }
    }

    /// <summary>The URL's serialization without its fragment.</summary>
    public string HrefBeforeFragment => Url.Fragment is null ? Url.Href : Url.Href[..(Url.Href.Length - Url.Fragment.Length - 1)];
}

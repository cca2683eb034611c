using WebMessaging.Origins;

namespace WebMessaging.Scripting.Sites;

/// <summary>
/// Serves generated content in a <see cref="SiteMap"/>: pages or scripts made on request
/// (wrappers, templates with substitutions) rather than read as they are.
/// </summary>
/// <remarks>
/// A provider is asked only for URLs whose origin the site map serves and whose path names a
/// file under it; it can read the stored files through <see cref="SiteMap.FetchStored"/>.
/// </remarks>
public interface ISiteContentProvider
{
    /// <summary>Returns the content to serve at <paramref name="url"/>, or null to let <paramref name="sites"/> serve its stored file.</summary>
    SiteContent? Provide(Url url, SiteMap sites);
}

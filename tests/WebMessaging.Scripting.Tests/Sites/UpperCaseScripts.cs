using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Sites;

/// <summary>Serves every .js path as its stored text in upper case, or its own path when nothing is stored.</summary>
internal sealed class UpperCaseScripts : ISiteContentProvider
{
    public SiteContent? Provide(Url url, SiteMap sites)
    {
        if (!url.Path.EndsWith(".js", StringComparison.Ordinal))
        {
            return null;
        }

        var stored = sites.FetchStored(url);
        var text = stored.IsNetworkError ? url.Path.TrimStart('/') : stored.GetText();
        return SiteContent.FromText(text.ToUpperInvariant(), "text/javascript");
    }
}

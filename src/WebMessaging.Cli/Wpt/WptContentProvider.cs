using WebMessaging.Origins;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// What <c>webmsg wpt</c> serves on top of the checkout's files, as wptserve would: the wrapper
/// pages and worker scripts of JavaScript tests, <c>.sub.</c> files with their substitutions,
/// and <c>resources/testharnessreport.js</c> with the runner's hook put before its content.
/// </summary>
internal sealed class WptContentProvider : ISiteContentProvider
{
    /// <summary>The URL path of the checkout's report script.</summary>
    public const string TestharnessReportPath = "/resources/testharnessreport.js";

    /// <inheritdoc />
    public SiteContent? Provide(Url url, SiteMap sites)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(sites);
        var path = url.Path;
        if (path == TestharnessReportPath)
        {
            // The hook goes first, so its callbacks run before the checkout's own (whose DOM work
            // may throw and stop the callbacks after it); then the checkout's script, if any.
            var stored = sites.FetchStored(url);
            var original = stored.IsNetworkError ? "" : stored.GetText();
            return SiteContent.FromText(WptReportHook.Source + original, "text/javascript");
        }

        if (WptWrappers.TryMatch(path, out var kind, out var sourcePath))
        {
            return Wrapper(url, sites, kind, sourcePath);
        }

        if (IsSubstituted(path))
        {
            var stored = sites.FetchStored(url);
            if (stored.IsNetworkError || stored.ContentType is null)
            {
                return null;
            }

            return SiteContent.FromText(WptSubstitution.Apply(stored.GetText(), url), stored.ContentType);
        }

        return null;
    }

    /// <summary>Whether the file named by <paramref name="path"/> gets wptserve's substitutions: its name holds ".sub.".</summary>
    public static bool IsSubstituted(string path)
    {
        var name = path.AsSpan(path.LastIndexOf('/') + 1);
        return name.Contains(".sub.", StringComparison.Ordinal);
    }

    // A wrapper exists when its test does and the test's META global list allows it; otherwise
    // the site map answers as for any missing file.
    private static SiteContent? Wrapper(Url url, SiteMap sites, WptWrapperKind kind, string sourcePath)
    {
        if (!Url.TryParse(sourcePath, url, out var sourceUrl))
        {
            return null;
        }

        var source = sites.FetchStored(sourceUrl);
        if (source.IsNetworkError)
        {
            return null;
        }

        var metadata = WptMetadata.Parse(source.GetText());
        if (WptWrappers.RequiredGlobal(kind) is { } global && !metadata.Globals.Contains(global))
        {
            return null;
        }

        var query = url.Query is null ? "" : "?" + url.Query;
        var text = WptWrappers.Generate(kind, url.Path, query, sourcePath, metadata);
        return SiteContent.FromText(text, kind == WptWrapperKind.AnyWorkerScript ? "text/javascript" : "text/html");
    }
}

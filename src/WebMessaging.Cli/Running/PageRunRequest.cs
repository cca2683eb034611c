using WebMessaging.Browsing;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Running;

/// <summary>What an <see cref="IPageRunner"/> is asked to load, and where it reports.</summary>
/// <param name="Site">The site map: the entry URL and where every origin's files are.</param>
/// <param name="BrowserOptions">The options the browser must be created with (clock, run limits, trace).</param>
/// <param name="Events">Where console calls, uncaught errors and loads are reported.</param>
/// <param name="LegacyIe">Whether pages run with legacy Internet Explorer messaging (--legacy-ie).</param>
internal sealed record PageRunRequest(SiteMap Site, BrowserOptions BrowserOptions, IRunEventSink Events, bool LegacyIe);

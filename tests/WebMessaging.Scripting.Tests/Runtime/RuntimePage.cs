using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Runtime;

/// <summary>A scripted browser with the full web platform over in-memory files, and what its pages printed.</summary>
internal sealed class RuntimePage : IDisposable
{
    private RuntimePage(SiteMap sites, bool legacyIe)
    {
        Browser = new ScriptedBrowser(sites, new ScriptedBrowserOptions { LegacyIe = legacyIe });
    }

    public ScriptedBrowser Browser { get; }

    /// <summary>The console.log/info/... texts of every page, in order.</summary>
    public IEnumerable<string> Console => Browser.ConsoleMessages.Select(m => m.Message.Text);

    /// <summary>The runtime's error messages (uncaught errors, unhandled rejections), in order.</summary>
    public IEnumerable<PageDiagnostic> Errors => Browser.Diagnostics.Where(d => d.Level == PageDiagnosticLevel.Error);

    public static RuntimePage For(params (string Url, string Content)[] files) => For(legacyIe: false, files);

    public static RuntimePage For(bool legacyIe, params (string Url, string Content)[] files)
    {
        var builder = new SiteMapBuilder();
        foreach (var (url, content) in files)
        {
            if (url.EndsWith(".js", StringComparison.Ordinal))
            {
                builder.AddFile(url, content);
            }
            else
            {
                builder.AddPage(url, content);
            }
        }

        return new RuntimePage(builder.Build(), legacyIe);
    }

    public ScriptedWindow Run()
    {
        var window = Browser.LoadEntry();
        Browser.RunUntilIdle();
        return window;
    }

    public void Dispose() => Browser.Dispose();
}

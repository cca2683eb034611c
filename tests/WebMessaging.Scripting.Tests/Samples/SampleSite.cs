using AngleSharp.Dom;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Samples;

/// <summary>One of the repository's samples/ sites, loaded and run until idle.</summary>
internal sealed class SampleSite : IDisposable
{
    private SampleSite(string name, bool legacyIe)
    {
        Browser = new ScriptedBrowser(SiteMap.Load(PathOf(name)), new ScriptedBrowserOptions { LegacyIe = legacyIe });
        Top = Browser.LoadEntry();
        Browser.RunUntilIdle();
    }

    public ScriptedBrowser Browser { get; }

    /// <summary>The entry page's document.</summary>
    public ScriptedWindow Top { get; }

    /// <summary>The console.log/info/warn texts of every page, in order.</summary>
    public IEnumerable<string> Console => Browser.ConsoleMessages.Select(m => m.Message.Text);

    public IEnumerable<PageDiagnostic> Errors => Browser.Diagnostics.Where(d => d.Level == PageDiagnosticLevel.Error);

    public static SampleSite Run(string name, bool legacyIe = false) => new(name, legacyIe);

    /// <summary>The folder of samples/<paramref name="name"/> in the repository this test was built from.</summary>
    public static string PathOf(string name)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WebMessaging.sln")))
            {
                return Path.Combine(folder.FullName, "samples", name);
            }
        }

        throw new InvalidOperationException($"No WebMessaging.sln above {AppContext.BaseDirectory}: the samples tests run from the repository's build output.");
    }

    /// <summary>The text of the element <paramref name="selector"/> of <paramref name="document"/>.</summary>
    public static string TextOf(ScriptedWindow document, string selector) =>
        (document.Document.QuerySelector(selector) ?? throw new InvalidOperationException($"No element matches '{selector}' in {document.Url.Href}.")).TextContent;

    /// <summary>The document shown now in the iframe <paramref name="selector"/> of <paramref name="document"/>.</summary>
    public static ScriptedWindow FrameOf(ScriptedWindow document, string selector)
    {
        IElement iframe = document.Document.QuerySelector(selector) ?? throw new InvalidOperationException($"No iframe matches '{selector}' in {document.Url.Href}.");
        return document.GetContentDocument(iframe) ?? throw new InvalidOperationException($"The iframe '{selector}' of {document.Url.Href} has no document.");
    }

    public void Dispose() => Browser.Dispose();
}

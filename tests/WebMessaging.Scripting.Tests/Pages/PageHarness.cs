using Jint.Native;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Pages;

/// <summary>
/// A scripted browser for tests: every document gets a test-only global log(x) that appends
/// "label:x" to <see cref="Log"/> (label is the document's name attribute of its frame, or "top").
/// </summary>
internal sealed class PageHarness : IDisposable
{
    public PageHarness(SiteMap sites, ScriptedBrowserOptions? options = null)
    {
        var given = options ?? new ScriptedBrowserOptions();
        Browser = new ScriptedBrowser(sites, new ScriptedBrowserOptions
        {
            Browser = given.Browser,
            ScriptTimeLimit = given.ScriptTimeLimit,
            MemoryLimit = given.MemoryLimit,
            MaxStatements = given.MaxStatements,
            MaxFramesPerPage = given.MaxFramesPerPage,
            StartTime = given.StartTime,
            UserAgent = given.UserAgent,
            OnWindowCreated = window =>
            {
                window.Engine.SetValue("log", new Action<JsValue>(value => Log.Add(value.ToString())));
                given.OnWindowCreated?.Invoke(window);
            },
        });
    }

    public List<string> Log { get; } = [];

    public ScriptedBrowser Browser { get; }

    public static PageHarness For(params (string Url, string Content)[] files) => For(null, files);

    public static PageHarness For(ScriptedBrowserOptions? options, params (string Url, string Content)[] files)
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

        return new PageHarness(builder.Build(), options);
    }

    public ScriptedWindow Run()
    {
        var window = Browser.LoadEntry();
        Browser.RunUntilIdle();
        return window;
    }

    public IEnumerable<PageDiagnostic> Errors => Browser.Diagnostics.Where(d => d.Level == PageDiagnosticLevel.Error);

    public void Dispose() => Browser.Dispose();
}

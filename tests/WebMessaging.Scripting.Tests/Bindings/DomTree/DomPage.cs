using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.DomTree;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Bindings.DomTree;

/// <summary>
/// A scripted browser whose every document gets the DOM and DOM tree bindings, a stand-in
/// Window wrapper (a plain platform object, exposed as the global <c>window</c>, with
/// <c>window.location</c> a stand-in too), and a test-only <c>log(x)</c> that appends x as a string to <see cref="Log"/>.
/// </summary>
internal sealed class DomPage : IDisposable
{
    private DomPage(SiteMap sites)
    {
        Browser = new ScriptedBrowser(sites, new ScriptedBrowserOptions
        {
            // The full web platform is installed (ScriptedBrowserOptions.InstallWebPlatform),
            // as for any page; the fixture adds a test-only log(x).
            OnWindowCreated = window =>
            {
                var engine = window.Engine;
                engine.SetValue("log", new Action<JsValue>(value => Log.Add(value.ToString())));
            },
        });
    }

    public ScriptedBrowser Browser { get; }

    public List<string> Log { get; } = [];

    public IEnumerable<PageDiagnostic> Errors => Browser.Diagnostics.Where(d => d.Level == PageDiagnosticLevel.Error);

    /// <summary>Serves the files (a .js URL is a script, any other a page; the first is the entry).</summary>
    public static DomPage For(params (string Url, string Content)[] files)
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

        return new DomPage(builder.Build());
    }

    /// <summary>Loads the entry page and runs it until idle.</summary>
    public ScriptedWindow Run()
    {
        var window = Browser.LoadEntry();
        Browser.RunUntilIdle();
        return window;
    }

    /// <summary>Loads <paramref name="html"/> at https://a.example/ and runs it until idle; returns the log.</summary>
    public static List<string> RunPage(string html)
    {
        using var page = For(("https://a.example/", html));
        page.Run();
        Assert.Empty(page.Errors);
        return page.Log;
    }

    /// <summary>Runs <paramref name="script"/> as a classic script of <paramref name="window"/>, then the event loop until idle.</summary>
    public void Execute(ScriptedWindow window, string script)
    {
        Assert.True(window.RunClassicScript(script, "https://a.example/test.js"), string.Join("\n", Errors.Select(e => e.Message)));
        Browser.RunUntilIdle();
    }

    public void Dispose() => Browser.Dispose();
}

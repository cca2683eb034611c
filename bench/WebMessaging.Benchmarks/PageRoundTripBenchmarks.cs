using BenchmarkDotNet.Attributes;
using Jint;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Benchmarks;

/// <summary>
/// A whole scripted page, warm and in-process: a new browser shows https://app.example/ with
/// one cross-origin iframe https://widget.example/, the top page posts one message on the
/// iframe's load and the iframe answers with the origin it saw, then everything is torn down.
/// bench/peers/happy-dom-peer.js does the same page with happy-dom.
/// </summary>
[MemoryDiagnoser]
public class PageRoundTripBenchmarks
{
    /// <summary>The reply the top page records: the iframe's event.origin.</summary>
    public const string ExpectedReply = "https://app.example";

    private const string TopHtml = """
        <!doctype html><html><body>
        <iframe src="https://widget.example/"></iframe>
        <script>
          window.reply = null;
          window.addEventListener('message', (event) => { window.reply = event.data; });
          document.querySelector('iframe').addEventListener('load', (event) => {
            event.target.contentWindow.postMessage('ping', 'https://widget.example');
          });
        </script>
        </body></html>
        """;

    private const string WidgetHtml = """
        <!doctype html><html><body>
        <script>
          window.addEventListener('message', (event) => { event.source.postMessage(event.origin, event.origin); });
        </script>
        </body></html>
        """;

    private static readonly ScriptedBrowserOptions Options = new()
    {
        Browser = new BrowserOptions { Trace = false, TraceCapacity = 0 },
    };

    private SiteMap _sites = null!;

    /// <summary>Serves both pages from memory; the site map is the server, made once like happy-dom's.</summary>
    [GlobalSetup]
    public void Setup() =>
        _sites = new SiteMapBuilder()
            .AddPage("https://app.example/", TopHtml)
            .AddPage("https://widget.example/", WidgetHtml)
            .SetEntry("https://app.example/")
            .Build();

    /// <summary>New browser and page, the iframe loads, one message there and back, teardown.</summary>
    [Benchmark]
    public string PageRoundTrip()
    {
        using var browser = new ScriptedBrowser(_sites, Options);
        var top = browser.LoadEntry();
        browser.RunUntilIdle();
        var reply = top.Engine.GetValue("reply");
        if (!reply.IsString() || reply.AsString() != ExpectedReply)
        {
            throw new InvalidOperationException($"The top page's reply is {reply}, not {ExpectedReply}.");
        }

        return ExpectedReply;
    }
}

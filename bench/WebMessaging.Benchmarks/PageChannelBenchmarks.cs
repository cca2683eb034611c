using BenchmarkDotNet.Attributes;
using Jint;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Benchmarks;

/// <summary>
/// 100,000 messages {i, s: 'hello'} from the top page's script to its cross-origin iframe's
/// listener over a MessageChannel whose port2 the page handed to the iframe; the iframe counts
/// them and answers 'done' after the last. bench/peers/chromium-peer.js does the same page in
/// headless Chromium.
/// </summary>
[MemoryDiagnoser]
public class PageChannelBenchmarks
{
    /// <summary>Messages per benchmark invocation.</summary>
    public const int MessageCount = 100_000;

    private const string TopHtml = """
        <!doctype html><html><body>
        <iframe src="https://widget.example/"></iframe>
        <script>
          const frame = document.querySelector('iframe');
          window.result = null;
          window.run = (count) => {
            const channel = new MessageChannel();
            window.result = null;
            channel.port1.onmessage = (event) => { window.result = event.data; channel.port1.close(); };
            frame.contentWindow.postMessage({ count }, 'https://widget.example', [channel.port2]);
            for (let i = 0; i < count; i++) channel.port1.postMessage({ i, s: 'hello' });
          };
        </script>
        </body></html>
        """;

    private const string WidgetHtml = """
        <!doctype html><html><body>
        <script>
          window.addEventListener('message', (event) => {
            const port = event.ports[0];
            const count = event.data.count;
            let received = 0;
            port.onmessage = () => {
              if (++received === count) {
                port.postMessage('done');
                port.close();
              }
            };
          });
        </script>
        </body></html>
        """;

    private static readonly string RunScript = $"run({MessageCount});";

    private ScriptedBrowser _browser = null!;
    private ScriptedWindow _top = null!;

    /// <summary>Loads the page and its iframe once, as the Chromium peer does before timing.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var sites = new SiteMapBuilder()
            .AddPage("https://app.example/", TopHtml)
            .AddPage("https://widget.example/", WidgetHtml)
            .SetEntry("https://app.example/")
            .Build();
        _browser = new ScriptedBrowser(sites, new ScriptedBrowserOptions
        {
            Browser = new BrowserOptions { Trace = false, TraceCapacity = 0 },
        });
        _top = _browser.LoadEntry();
        _browser.RunUntilIdle();
        if (_top.GetContentDocument(_top.Document.QuerySelector("iframe")!) is null)
        {
            throw new InvalidOperationException("The iframe https://widget.example/ did not load.");
        }
    }

    /// <summary>Closes the browser.</summary>
    [GlobalCleanup]
    public void Cleanup() => _browser.Dispose();

    /// <summary>The top page's script sends the messages; the loop runs until the iframe's 'done' arrived.</summary>
    [Benchmark(OperationsPerInvoke = MessageCount)]
    public string PageChannelMessages()
    {
        if (!_top.RunClassicScript(RunScript, "https://app.example/bench.js"))
        {
            throw new InvalidOperationException("The top page's run script threw: " + LastDiagnostic());
        }

        _browser.RunUntilIdle();
        var result = _top.Engine.GetValue("result");
        if (!result.IsString() || result.AsString() != "done")
        {
            throw new InvalidOperationException($"The iframe answered {result}, not 'done': " + LastDiagnostic());
        }

        return "done";
    }

    private string LastDiagnostic() =>
        _browser.Diagnostics.Count == 0 ? "no console error" : _browser.Diagnostics[^1].ToString();
}

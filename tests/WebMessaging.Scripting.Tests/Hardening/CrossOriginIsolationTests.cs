using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>
/// Cross-origin isolation, member by member: a cross-origin Window and Location allow exactly
/// the standard's CrossOriginProperties, also through references kept from before a frame navigated to another origin.
/// </summary>
public sealed class CrossOriginIsolationTests
{
    private const string Frame = """
        <iframe name="kid" src="/kid.html"></iframe>
        <script>var secret = 'frame secret'; document.title = 'frame';</script>
        """;

    private static ScriptedBrowser Site(string top, params (string Url, string Content)[] more) =>
        HostilePage.Browser(
            new ScriptedBrowserOptions(),
            [
                ("https://a.test/", top),
                ("https://a.test/probe.js", CrossOriginTable.ProbeScript),
                ("https://a.test/same.html", Frame),
                ("https://a.test/kid.html", "<p>kid</p>"),
                ("https://b.test/frame.html", Frame),
                ("https://b.test/kid.html", "<p>kid</p>"),
                .. more,
            ]);

    private static string[] Members(string[] first, params string[][] rest) => [.. first, .. rest.SelectMany(r => r)];

    private static string JsArray(IEnumerable<string> names) => "[" + string.Join(",", names.Select(n => "'" + n + "'")) + "]";

    private static List<string> Lines(ScriptedBrowser browser, string prefix) =>
        browser.ConsoleMessages.Select(m => m.Message.Text).Where(t => t.StartsWith(prefix, StringComparison.Ordinal)).Select(t => t[prefix.Length..]).ToList();

    private static void AssertTable(SortedSet<string> expected, IEnumerable<string> actual)
    {
        var got = new SortedSet<string>(actual, StringComparer.Ordinal);
        var missing = expected.Except(got).ToList();
        var unexpected = got.Except(expected).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0, $"Expected but not seen:\n{string.Join("\n", missing)}\nSeen but not expected:\n{string.Join("\n", unexpected)}");
    }

    private static readonly string WindowKeys = JsArray(Members(CrossOriginTable.WindowMembers, CrossOriginTable.FallbackKeys, ["0", "kid"], CrossOriginTable.WindowForbidden));
    private static readonly string LocationKeys = JsArray(Members(["replace"], CrossOriginTable.FallbackKeys, CrossOriginTable.LocationForbidden));

    // Probes w (a cross-origin WindowProxy) and its Location, and the object-level operations, logging "W ..." and "L ..." lines.
    private static readonly string ProbeBoth = $$"""
        function probeBoth(w) {
          for (const line of probe(w, {{WindowKeys}}, 'location')) console.log('W ' + line);
          const loc = w.location;
          for (const line of probe(loc, {{LocationKeys}}, 'href')) console.log('L ' + line);
          console.log('O names ' + Object.getOwnPropertyNames(w).join(','));
          console.log('O symbols ' + Object.getOwnPropertySymbols(w).length);
          console.log('O keys ' + Object.keys(w).join(','));
          console.log('O prototype ' + Object.getPrototypeOf(w));
          console.log('O preventExtensions ' + outcome(() => Object.preventExtensions(w)));
          console.log('O isExtensible ' + Object.isExtensible(w));
          console.log('O location names ' + Object.getOwnPropertyNames(loc).join(','));
          console.log('O location prototype ' + Object.getPrototypeOf(loc));
          console.log('O string ' + outcome(() => String(w)) + ' ' + outcome(() => String(loc)) + ' ' + outcome(() => w + ''));
          console.log('O identity ' + (w.window === w) + ' ' + (w.self === w) + ' ' + (w.frames === w) + ' ' + (w.top === window) + ' ' + (w.parent === window) + ' ' + (w.location === loc) + ' ' + (w.postMessage === w.postMessage) + ' ' + (w.kid === w[0]));
        }
        """;

    private static readonly string[] ExpectedObjectLines =
    [
        "names 0,window,self,location,close,closed,focus,blur,frames,length,top,opener,parent,postMessage,then",
        "symbols 3",
        "keys 0",
        "prototype null",
        "preventExtensions TypeError",
        "isExtensible true",
        "location names href,replace,then",
        "location prototype null",
        "string SecurityError SecurityError SecurityError",
        "identity true true true true true true true true",
    ];

    [Fact]
    public void CrossOriginFrame_AllowsExactlyTheCrossOriginPropertiesOfWindowAndLocation()
    {
        using var browser = Site($$"""
            <iframe src="https://b.test/frame.html"></iframe>
            <script src="/probe.js"></script>
            <script>
            {{ProbeBoth}}
            addEventListener('load', () => probeBoth(frames[0]));
            </script>
            """);

        HostilePage.Run(browser);

        AssertTable(CrossOriginTable.ExpectedWindow(), Lines(browser, "W "));
        AssertTable(CrossOriginTable.ExpectedLocation(), Lines(browser, "L "));
        Assert.Equal(ExpectedObjectLines, Lines(browser, "O "));
        Assert.Empty(HostilePage.Errors(browser));
    }

    [Fact]
    public void WindowProxyKeptFromBeforeTheFrameNavigatedToAnotherOrigin_AllowsOnlyTheCrossOriginProperties()
    {
        using var browser = Site($$"""
            <iframe id="f" src="/same.html"></iframe>
            <script src="/probe.js"></script>
            <script>
            {{ProbeBoth}}
            addEventListener('load', () => {
              const kept = frames[0];
              console.log('before ' + kept.document.title + ' ' + kept.secret);
              document.getElementById('f').addEventListener('load', () => probeBoth(kept), { once: true });
              kept.location.href = 'https://b.test/frame.html';
            });
            </script>
            """);

        HostilePage.Run(browser);

        Assert.Equal(["before frame frame secret"], Lines(browser, "").Where(l => l.StartsWith("before", StringComparison.Ordinal)));
        AssertTable(CrossOriginTable.ExpectedWindow(), Lines(browser, "W "));
        AssertTable(CrossOriginTable.ExpectedLocation(), Lines(browser, "L "));
        Assert.Equal(ExpectedObjectLines, Lines(browser, "O "));
        Assert.Empty(HostilePage.Errors(browser));
    }

    [Fact]
    public void LocationKeptFromBeforeTheFrameNavigatedToAnotherOrigin_ThrowsSecurityErrorOnEveryRead()
    {
        using var browser = Site("""
            <iframe id="f" src="/same.html"></iframe>
            <script src="/probe.js"></script>
            <script>
            addEventListener('load', () => {
              const loc = frames[0].location;
              console.log('before ' + loc.pathname);
              document.getElementById('f').addEventListener('load', () => {
                for (const name of ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
                  console.log('R ' + name + ' ' + outcome(() => loc[name]));
                }
                console.log('R toString ' + outcome(() => loc.toString()) + ' ' + outcome(() => String(loc)));
                console.log('R assign ' + outcome(() => loc.assign('/x')) + ' reload ' + outcome(() => loc.reload()));
                console.log('R now ' + outcome(() => frames[0].location.href));
              }, { once: true });
              loc.href = 'https://b.test/frame.html?secret-query#secret-fragment';
            });
            </script>
            """);

        HostilePage.Run(browser);

        Assert.Equal(
            [
                "href SecurityError", "origin SecurityError", "protocol SecurityError", "host SecurityError", "hostname SecurityError",
                "port SecurityError", "pathname SecurityError", "search SecurityError", "hash SecurityError",
                "toString SecurityError SecurityError", "assign SecurityError reload SecurityError", "now SecurityError",
            ],
            Lines(browser, "R "));
        Assert.DoesNotContain(browser.ConsoleMessages, m => m.Message.Text.Contains("secret-", StringComparison.Ordinal));
    }

    [Fact]
    public void GlobalObjectKeptFromBeforeTheFrameNavigatedToAnotherOrigin_SeesNothingOfTheNewDocument()
    {
        using var browser = Site("""
            <iframe id="f" src="/same.html"></iframe>
            <script src="/probe.js"></script>
            <script>
            addEventListener('load', () => {
              // The frame's own global object (not its WindowProxy), as its own functions see it.
              const stale = frames[0].Function('return this')();
              const staleRun = frames[0].Function('code', 'return eval(code)');
              console.log('before ' + stale.length + ' ' + (stale.parent.document === document) + ' ' + stale.kid.document.body.textContent);
              document.getElementById('f').addEventListener('load', () => {
                console.log('S location ' + outcome(() => stale.location.href));
                console.log('S name ' + JSON.stringify(stale.name) + ' length ' + stale.length + ' index ' + stale[0] + ' named ' + stale.kid);
                console.log('S parent ' + stale.parent + ' top ' + stale.top + ' opener ' + stale.opener);
                console.log('S from its realm ' + outcome(() => staleRun('frames.length + ":" + (frames[0] === undefined) + ":" + parent')));
                console.log('S post ' + outcome(() => stale.postMessage('from a stale global', '*')));
              }, { once: true });
              frames[0].name = 'secret-name';
              frames[0].location.href = 'https://b.test/frame.html';
            });
            </script>
            """);

        HostilePage.Run(browser);

        Assert.Equal(["1 true kid"], Lines(browser, "before "));
        Assert.Equal(
            [
                "location SecurityError",
                "name \"\" length 0 index undefined named undefined",
                "parent null top null opener null",
                "from its realm ok",
                "post undefined",
            ],
            Lines(browser, "S "));
        Assert.DoesNotContain(browser.Browser.Trace.Entries, e => e.Preview.Contains("stale", StringComparison.Ordinal) && e.Event == Tracing.TraceEventKind.Delivered);
    }

    [Fact]
    public void SettingTheLocationOfACrossOriginFrameAndCallingReplace_Navigate()
    {
        using var browser = Site("""
            <iframe id="f" src="https://b.test/frame.html"></iframe>
            <script src="/probe.js"></script>
            <script>
            addEventListener('load', () => {
              let step = 0;
              document.getElementById('f').addEventListener('load', () => {
                step++;
                console.log('loaded ' + step + ' ' + outcome(() => frames[0].document.title));
                if (step === 1) frames[0].location.href = 'https://b.test/frame.html';
                if (step === 2) frames[0].location.replace('/same.html');
              });
              frames[0].location = '/same.html';
            });
            </script>
            """);

        HostilePage.Run(browser);

        Assert.Equal(["1 ok", "2 SecurityError", "3 ok"], Lines(browser, "loaded "));
    }
}

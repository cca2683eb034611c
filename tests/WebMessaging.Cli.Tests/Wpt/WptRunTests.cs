using System.Text.Json;
using Spectre.Console;
using WebMessaging.Cli.Running;
using WebMessaging.Cli.Tests.Support;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Cli.Tests.Wpt;

/// <summary><c>webmsg wpt</c> over small checkouts with the real testharness.js.</summary>
public sealed class WptRunTests
{
    private const string WorkersMissing = "needs dedicated workers (issue 5)";

    [SkippableFact]
    public async Task Wpt_PassingAndFailingSubtests_AreCountedPerFileAndInTheTotals()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("a/pass.html", """
            test(() => assert_equals(1 + 1, 2), "sync");
            async_test(t => { setTimeout(t.step_func_done(), 100); }, "async");
            promise_test(async () => {
              const channel = new MessageChannel();
              const received = new Promise(resolve => channel.port2.onmessage = e => resolve(e.data));
              channel.port1.postMessage({ n: [1, 2] });
              assert_array_equals((await received).n, [1, 2]);
            }, "channel");
            """);
        checkout.WriteTestPage("a/fail.html", """
            test(() => {}, "fine");
            test(() => assert_equals("a", "b", "letters"), "wrong");
            """);

        var run = await RunAsync(checkout, "a");

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        Assert.Equal(
            [
                "[1/2] /a/fail.html  OK 1/2",
                "[2/2] /a/pass.html  OK 3/3",
                "wpt: 2 files, 1 passed every subtest; subtests: 4/5 passed; harness: 2 OK, 0 ERROR, 0 TIMEOUT",
            ],
            run.OutLines);
    }

    [SkippableFact]
    public async Task Wpt_AllPassing_ExitsZero()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("a/pass.html", "test(() => {}, 'one');");

        var run = await RunAsync(checkout, "a/pass.html");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("[1/1] /a/pass.html  OK 1/1", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_OnATerminal_ShowsAProgressBarThenTheLinePerFile()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("a/pass.html", "test(() => {}, 'one');");
        var output = new StringWriter { NewLine = "\n" };
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });

        var exitCode = await new CliApplication(new CliIo(output, TextWriter.Null, terminal), new ScriptedPageRunner()).RunAsync(["wpt", "--root", checkout.Root, "a"]);

        Assert.Equal(ExitCodes.Success, exitCode);
        var text = output.ToString();
        Assert.Contains("100%", text, StringComparison.Ordinal);
        Assert.EndsWith("/a/pass.html  OK 1/1\nwpt: 1 file, 1 passed every subtest; subtests: 1/1 passed; harness: 1 OK, 0 ERROR, 0 TIMEOUT\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[1/1]", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wpt_Verbose_ListsEachSubtestThatDidNotPassWithItsMessage()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("a/fail.html", "test(() => assert_true(false, 'nope'), 'wrong');");

        var run = await RunAsync(checkout, "a/fail.html", "--verbose");

        Assert.Contains("  FAIL /a/fail.html | wrong: assert_true: nope expected true got false", run.OutLines);
    }

    [SkippableFact]
    public async Task Wpt_ATestThatNeverFinishes_TimesOutInVirtualTimeWithTheHarnessReport()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("t/hang.html", "test(() => {}, 'quick'); async_test(() => {}, 'never');");

        var started = DateTime.UtcNow;
        var run = await RunAsync(checkout, "t/hang.html", "--json", Path.Combine(checkout.Root, "out.json"));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(9), "10 s of harness timeout pass in virtual time");
        Assert.Equal("[1/1] /t/hang.html  TIMEOUT 1/2", run.OutLines[0]);
        var result = ReadResults(Path.Combine(checkout.Root, "out.json"))[0];
        Assert.Equal("TIMEOUT", result.GetProperty("status").GetString());
        var subtests = result.GetProperty("subtests");
        Assert.Equal("PASS", subtests[0].GetProperty("status").GetString());
        Assert.Equal("never", subtests[1].GetProperty("name").GetString());
        Assert.Equal("TIMEOUT", subtests[1].GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task Wpt_AnExplicitTimeoutThatNeverEnds_IsStoppedByTheRunnerWithUnfinishedSubtestsNotRun()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("t/explicit.html", "setup({ explicit_timeout: true }); test(() => {}, 'quick'); async_test(() => {}, 'never');");

        await RunAsync(checkout, "t/explicit.html", "--json", Path.Combine(checkout.Root, "out.json"));

        var result = ReadResults(Path.Combine(checkout.Root, "out.json"))[0];
        Assert.Equal("TIMEOUT", result.GetProperty("status").GetString());
        Assert.Contains("did not complete within 10 s of virtual time", result.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(["PASS", "NOTRUN"], result.GetProperty("subtests").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
    }

    [SkippableFact]
    public async Task Wpt_LongTimeout_WaitsSixtySecondsOfVirtualTime()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("t/long.html", "async_test(t => { setTimeout(t.step_func_done(), 30000); }, 'half a minute');", head: "<meta name=timeout content=long>");
        checkout.WriteTestPage("t/short.html", "async_test(t => { setTimeout(t.step_func_done(), 30000); }, 'half a minute');");

        var run = await RunAsync(checkout, "t");

        Assert.Equal(["[1/2] /t/long.html  OK 1/1", "[2/2] /t/short.html  TIMEOUT 0/1"], run.OutLines[..2]);
    }

    [SkippableFact]
    public async Task Wpt_ACheckoutReportScriptWhoseCallbackThrows_StillLetsTheRunnerCollectTheResults()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.Write("resources/testharnessreport.js", "add_completion_callback(() => { throw new Error('vendor hook broke'); });");
        checkout.WriteTestPage("v/t.html", "test(() => {}, 'one'); test(() => {}, 'two');");

        var run = await RunAsync(checkout, "v/t.html");

        Assert.Equal("[1/1] /v/t.html  OK 2/2", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_AnUncaughtError_IsAHarnessError()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("e/throws.html", "test(() => {}, 'before'); throw new TypeError('broken page');");

        var run = await RunAsync(checkout, "e/throws.html", "--json", Path.Combine(checkout.Root, "out.json"));

        Assert.StartsWith("[1/1] /e/throws.html  ERROR 1/1: ", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("broken page", ReadResults(Path.Combine(checkout.Root, "out.json"))[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Wpt_AnyJsInAWindow_GetsItsMetaScriptsTitleAndGlobal()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.Write("common/helper.js", "function helper() { return 42; }");
        checkout.Write("x/basic.any.js", """
            // META: global=window
            // META: title=the title
            // META: script=/common/helper.js
            test(() => {
              assert_equals(helper(), 42);
              assert_true(GLOBAL.isWindow());
              assert_false(GLOBAL.isWorker());
              assert_equals(document.title, "the title");
              assert_true(self.checkoutReportLoaded, "the checkout's testharnessreport.js ran");
            }, "in a window");
            """);

        var run = await RunAsync(checkout, "x");

        Assert.Equal("[1/1] /x/basic.any.html  OK 1/1", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_WindowJs_RunsInItsGeneratedPage()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.Write("x/w.window.js", "test(() => assert_equals(typeof document, 'object'), 'has a document');");

        var run = await RunAsync(checkout, "x/w.window.js");

        Assert.Equal("[1/1] /x/w.window.html  OK 1/1", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_SubFile_SeesTheWptHostsAndItsQuery()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("s/hosts.sub.html", """
            test(() => {
              assert_equals("{{host}}", "web-platform.test");
              assert_equals("{{domains[www]}}", "www.web-platform.test");
              assert_equals("{{hosts[alt][]}}", "not-web-platform.test");
              assert_equals("{{ports[https][0]}}", "443");
              assert_equals("{{location[hostname]}}", location.hostname);
              assert_equals("{{GET[v]}}", location.search === "?v=2" ? "2" : "");
            }, "substituted");
            """, head: "<meta name=variant content=''><meta name=variant content='?v=2'>");

        var run = await RunAsync(checkout, "s");

        Assert.Equal(["[1/2] /s/hosts.sub.html  OK 1/1", "[2/2] /s/hosts.sub.html?v=2  OK 1/1"], run.OutLines[..2]);
    }

    [SkippableFact]
    public async Task Wpt_GetHostInfo_GivesACrossOriginFrameThatAnswersWithItsOrigin()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.Write("common/get-host-info.sub.js", """
            function get_host_info() {
              return {
                HTTP_ORIGIN: "http://{{host}}:{{ports[http][0]}}",
                HTTP_REMOTE_ORIGIN: "http://{{domains[www1]}}:{{ports[http][0]}}",
                HTTPS_ORIGIN: "https://{{host}}:{{ports[https][0]}}",
              };
            }
            """);
        checkout.Write("c/support/echo.html", "<script>window.onmessage = e => e.source.postMessage({ got: e.data, from: location.origin }, e.origin);</script>");
        checkout.WriteTestPage("c/cross-origin.html", """
            async_test(t => {
              const info = get_host_info();
              const frame = document.createElement("iframe");
              frame.src = info.HTTP_REMOTE_ORIGIN + "/c/support/echo.html";
              frame.onload = t.step_func(() => frame.contentWindow.postMessage("ping", info.HTTP_REMOTE_ORIGIN));
              window.onmessage = t.step_func_done(e => {
                assert_equals(e.data.got, "ping");
                assert_equals(e.origin, "http://www1.web-platform.test");
                assert_equals(e.data.from, e.origin);
                assert_not_equals(e.origin, location.origin);
                assert_equals(location.origin, info.HTTP_ORIGIN.replace(/:80$/, ""));
              });
              document.body.appendChild(frame);
            }, "cross-origin postMessage");
            """, head: "<script src=\"/common/get-host-info.sub.js\"></script><body>");

        var run = await RunAsync(checkout, "c/cross-origin.html");

        Assert.Equal("[1/1] /c/cross-origin.html  OK 1/1", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_JsonReport_HasWptreportsShape()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        checkout.WriteTestPage("j/t.html", "test(() => {}, 'good'); test(() => assert_true(false, 'why'), 'bad');");
        var json = Path.Combine(checkout.Root, "results.json");

        await RunAsync(checkout, "j", "--json", json);

        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.True(root.GetProperty("time_end").GetInt64() >= root.GetProperty("time_start").GetInt64());
        Assert.Equal("webmsg", root.GetProperty("run_info").GetProperty("product").GetString());
        var result = Assert.Single(root.GetProperty("results").EnumerateArray());
        Assert.Equal("/j/t.html", result.GetProperty("test").GetString());
        Assert.Equal("OK", result.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("message").ValueKind);
        var subtests = result.GetProperty("subtests").EnumerateArray().ToArray();
        Assert.Equal(("good", "PASS"), (subtests[0].GetProperty("name").GetString(), subtests[0].GetProperty("status").GetString()));
        Assert.Equal(("bad", "FAIL"), (subtests[1].GetProperty("name").GetString(), subtests[1].GetProperty("status").GetString()));
        Assert.Equal("assert_true: why expected true got false", subtests[1].GetProperty("message").GetString());
    }

    [SkippableFact]
    public async Task Wpt_AnyJsInADedicatedWorker_RunsThroughTheWorkerWrapper()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        Skip.IfNot(RuntimeHasWorkers(), WorkersMissing);
        checkout.Write("common/helper.js", "function helper() { return 42; }");
        checkout.Write("k/basic.any.js", """
            // META: global=dedicatedworker
            // META: title=worker title
            // META: script=/common/helper.js
            test(() => {
              assert_equals(helper(), 42);
              assert_true(GLOBAL.isWorker());
              assert_equals(self.META_TITLE, "worker title");
            }, "in a worker");
            """);

        var run = await RunAsync(checkout, "k");

        Assert.Equal("[1/1] /k/basic.any.worker.html  OK 1/1", run.OutLines[0]);
    }

    [SkippableFact]
    public async Task Wpt_WorkerJs_RunsTheTestAsTheWorkersScript()
    {
        using var checkout = WptCheckoutFolder.WithHarness();
        Skip.IfNot(RuntimeHasWorkers(), WorkersMissing);
        checkout.Write("k/own.worker.js", """
            importScripts("/resources/testharness.js");
            test(() => assert_equals(typeof document, "undefined"), "no document");
            done();
            """);

        var run = await RunAsync(checkout, "k/own.worker.js");

        Assert.Equal("[1/1] /k/own.worker.html  OK 1/1", run.OutLines[0]);
    }

    private static Task<CliRun> RunAsync(WptCheckoutFolder checkout, params string[] args) =>
        CliRun.StartAsync(new ScriptedPageRunner(), ["wpt", "--root", checkout.Root, .. args]);

    private static JsonElement[] ReadResults(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("results").EnumerateArray().Select(result => result.Clone()).ToArray();
    }

    // Whether this build's pages have the Worker interface (the worker variants need it).
    private static bool RuntimeHasWorkers()
    {
        using var browser = ScriptedBrowser.FromHtml("<p>probe</p>", "https://probe.example/");
        var page = browser.LoadEntry();
        browser.RunUntilIdle();
        return page.Engine.Evaluate("typeof Worker").ToString() == "function";
    }
}

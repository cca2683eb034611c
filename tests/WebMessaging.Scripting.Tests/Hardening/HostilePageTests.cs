using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>Pages that try to crash or hang the host: each attack ends in a clear, typed error, and a new browser works afterwards.</summary>
public sealed class HostilePageTests
{
    [Fact]
    public void EndlessLoop_IsStoppedByTheTimeLimit_WithAnErrorNamingTheLimitAndThePage()
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", "<script>for (;;) {}</script><script>console.log('next script runs');</script>")))
        {
            HostilePage.Run(browser);

            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.ScriptLimit, error.Kind);
            Assert.Equal("Script stopped in https://a.test/index.html: it ran longer than the time limit of 0.3 s (ScriptedBrowserOptions.ScriptTimeLimit).", error.Message);
            var limit = Assert.IsType<ScriptLimitExceededException>(error.Exception);
            Assert.Equal(ScriptLimit.Time, limit.Limit);
            Assert.Equal(["next script runs"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void EndlessLoopInAMessageListener_IsStoppedByTheTimeLimit_AndLaterMessagesArrive()
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", """
            <script>
            let n = 0;
            addEventListener('message', () => { if (n++ === 0) { while (true) {} } console.log('message ' + n); });
            postMessage(1, '*');
            postMessage(2, '*');
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(ScriptLimit.Time, Assert.IsType<ScriptLimitExceededException>(Assert.Single(HostilePage.Errors(browser)).Exception).Limit);
            Assert.Equal(["message 2"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void DeepRecursion_EndsInARangeError_ThatThePageCanCatch()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/index.html", """
            <script>
            function down(n) { return down(n + 1) + 1; }
            try { down(0); } catch (e) { console.log((e instanceof RangeError) + ' ' + e.message); }
            down(0);
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["true Maximum call stack size exceeded"], browser.ConsoleMessages.Select(m => m.Message.Text));
            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.ScriptError, error.Kind);
            Assert.StartsWith("Uncaught RangeError: Maximum call stack size exceeded", error.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void RecursionThroughEventDispatch_EndsInARangeError()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/index.html", """
            <script>
            let depth = 0;
            addEventListener('x', () => { depth++; dispatchEvent(new Event('x')); });
            dispatchEvent(new Event('x'));
            console.log('depth ' + (depth > 50));
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["depth true"], browser.ConsoleMessages.Select(m => m.Message.Text));
            Assert.All(HostilePage.Errors(browser), error => Assert.StartsWith("Uncaught RangeError: Maximum call stack size exceeded", error.Message, StringComparison.Ordinal));
            Assert.NotEmpty(HostilePage.Errors(browser));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Theory]
    [InlineData("let s = 'x'; for (;;) s += s;")]
    [InlineData("let s = 'x'; for (;;) s = s + s + s;")]
    [InlineData("const a = []; for (;;) a.push({ n: a.length, s: 'item' + a.length });")]
    [InlineData("const a = [[0]]; for (;;) a.push(a[a.length - 1].concat(a[a.length - 1]));")]
    [InlineData("const m = new Map(); for (let i = 0; ; i++) m.set(i, [i, i, i, i]);")]
    [InlineData("const parts = []; for (;;) parts.push(new ArrayBuffer(1 << 20));")]
    public void MemoryBomb_IsStoppedByTheMemoryLimit_WithAnErrorNamingTheLimit(string bomb)
    {
        var options = new ScriptedBrowserOptions { MemoryLimit = 16L * 1024 * 1024, ScriptTimeLimit = TimeSpan.FromSeconds(20) };
        using (var browser = HostilePage.Browser(options, ("https://a.test/index.html", $"<script>{bomb}</script>")))
        {
            HostilePage.Run(browser);

            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.ScriptLimit, error.Kind);
            Assert.Equal("Script stopped in https://a.test/index.html: it allocated more than the memory limit of 16 MB (ScriptedBrowserOptions.MemoryLimit).", error.Message);
            Assert.Equal(ScriptLimit.Memory, Assert.IsType<ScriptLimitExceededException>(error.Exception).Limit);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Theory]
    [InlineData("'x'.repeat(2 ** 30)")]
    [InlineData("new ArrayBuffer(2 ** 31)")]
    [InlineData("new Array(2 ** 32 - 1).fill(0)")]
    [InlineData("'x'.padEnd(2 ** 30)")]
    public void OneHugeAllocation_FailsWithoutTakingTheHostDown(string bomb)
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", $"<script>{bomb}; console.log('not reached');</script>")))
        {
            HostilePage.Run(browser);

            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.True(
                error.Kind == PageDiagnosticKind.ScriptLimit || error.Message.StartsWith("Uncaught RangeError", StringComparison.Ordinal),
                error.Message);
            Assert.Empty(browser.ConsoleMessages);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void MemoryBomb_WithDefaultOptions_IsStoppedByTheDefaultMemoryLimit()
    {
        Assert.NotNull(new ScriptedBrowserOptions().MemoryLimit);
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/index.html", "<script>let s = 'bomb'; for (;;) s += s;</script>")))
        {
            HostilePage.Run(browser);

            Assert.Equal(ScriptLimit.Memory, Assert.IsType<ScriptLimitExceededException>(Assert.Single(HostilePage.Errors(browser)).Exception).Limit);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void WindowPostingToItselfForever_IsBoundedByMaxTasks_WithAnErrorNamingTheLoop()
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", """
            <script>
            onmessage = e => postMessage(e.data + 1, '*');
            postMessage(0, '*');
            </script>
            """)))
        {
            var failure = Assert.Throws<EventLoopLimitExceededException>(() => HostilePage.Run(browser));

            Assert.Equal(RunLimit.MaxTasks, failure.Limit);
            Assert.StartsWith("Message loop: the window https://a.test/index.html (window#", failure.Message, StringComparison.Ordinal);
            Assert.Contains(") posted to itself ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("RunLimits.MaxTasks (20000)", failure.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void TwoFramesPlayingPingPong_AreBoundedByMaxTasks_WithAnErrorNamingBothFrames()
    {
        const string Player = """
            <script>
            addEventListener('message', e => e.source.postMessage(e.data + 1, '*'));
            </script>
            """;
        using (var browser = HostilePage.Browser(
            HostilePage.SmallLimits(),
            ("https://top.test/", """
                <iframe name="left" src="https://left.test/"></iframe>
                <iframe name="right" src="https://right.test/"></iframe>
                <script>addEventListener('load', () => frames.left.postMessage('serve', '*'));</script>
                """),
            ("https://left.test/", """
                <script>
                addEventListener('message', e => {
                  if (e.data === 'serve') parent.frames.right.postMessage(0, '*');
                  else e.source.postMessage(e.data + 1, '*');
                });
                </script>
                """),
            ("https://right.test/", Player)))
        {
            var failure = Assert.Throws<EventLoopLimitExceededException>(() => HostilePage.Run(browser));

            Assert.Equal(RunLimit.MaxTasks, failure.Limit);
            Assert.StartsWith("Message loop: ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("https://left.test/ (window#", failure.Message, StringComparison.Ordinal);
            Assert.Contains("https://right.test/ (window#", failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("https://top.test/", failure.Message[..failure.Message.IndexOf(", of the last ", StringComparison.Ordinal)], StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void PortPingPong_IsBoundedByMaxTasks_WithAnErrorNamingTheWindowsOfThePorts()
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", """
            <script>
            const { port1, port2 } = new MessageChannel();
            port1.onmessage = e => port1.postMessage(e.data + 1);
            port2.onmessage = e => port2.postMessage(e.data + 1);
            port1.postMessage(0);
            </script>
            """)))
        {
            var failure = Assert.Throws<EventLoopLimitExceededException>(() => HostilePage.Run(browser));

            Assert.StartsWith("Message loop: ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("port#", failure.Message, StringComparison.Ordinal);
            Assert.Contains("https://a.test/index.html", failure.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Theory]
    [InlineData("(function again() { setTimeout(again, 0); })();")]
    [InlineData("setInterval(() => {}, 0);")]
    public void ZeroDelayTimersForever_AreBoundedByTheRunLimits_WithAnErrorNamingTheTimer(string timers)
    {
        using (var browser = HostilePage.Browser(HostilePage.SmallLimits(), ("https://a.test/index.html", $"<script>{timers}</script>")))
        {
            var failure = Assert.Throws<EventLoopLimitExceededException>(() => HostilePage.Run(browser));

            Assert.Equal(RunLimit.MaxTasks, failure.Limit);
            Assert.Contains("(Timer, owner ", failure.Message, StringComparison.Ordinal);
            Assert.Contains("https://a.test/index.html", failure.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Theory]
    [InlineData("(function again() { queueMicrotask(again); })();")]
    [InlineData("(function again() { Promise.resolve().then(again); })();")]
    public void MicrotaskStorm_IsStoppedByTheTimeLimit(string storm)
    {
        // Without a memory limit, so that the time limit is the one that ends the storm on a fast
        // machine too (a storm allocates as it goes: with both, whichever is reached first stops it).
        var options = HostilePage.SmallLimits();
        options = new ScriptedBrowserOptions { ScriptTimeLimit = options.ScriptTimeLimit, MemoryLimit = null, Browser = options.Browser };
        using (var browser = HostilePage.Browser(options, ("https://a.test/index.html", $"<script>{storm}</script>")))
        {
            HostilePage.Run(browser);

            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(ScriptLimit.Time, Assert.IsType<ScriptLimitExceededException>(error.Exception).Limit);
            Assert.StartsWith("Script stopped in https://a.test/index.html: it ran longer than the time limit", error.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void ThousandsOfIframes_StopAtTheFrameCap_WithAnErrorNamingTheCap()
    {
        var options = new ScriptedBrowserOptions { MaxFramesPerPage = 50, ScriptTimeLimit = TimeSpan.FromSeconds(20) };
        using (var browser = HostilePage.Browser(options, ("https://a.test/index.html", """
            <script>
            for (let i = 0; i < 3000; i++) document.body.appendChild(document.createElement('iframe'));
            console.log(frames.length, document.getElementsByTagName('iframe').length);
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["50 3000"], browser.ConsoleMessages.Select(m => m.Message.Text));
            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.FrameLimit, error.Kind);
            Assert.IsType<FrameLimitExceededException>(error.Exception);
            Assert.StartsWith("The page https://a.test/index.html already holds 50 frames, the most ScriptedBrowserOptions.MaxFramesPerPage allows", error.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void FramesNestedInFramesForever_StopAtTheFrameCap()
    {
        var options = new ScriptedBrowserOptions { MaxFramesPerPage = 30 };
        using (var browser = HostilePage.Browser(options, ("https://a.test/index.html", """
            <script>
            // Each level frames the same page with one more character of query: ?1 frames ?11, and so on.
            document.body.innerHTML = '<iframe src="' + location.pathname + (location.search || '?') + '1"></iframe>';
            </script>
            """)))
        {
            HostilePage.Run(browser);

            var error = Assert.Single(HostilePage.Errors(browser));
            Assert.Equal(PageDiagnosticKind.FrameLimit, error.Kind);
            Assert.Contains("already holds 30 frames", error.Message, StringComparison.Ordinal);
        }

        HostilePage.AssertFreshBrowserWorks();
    }
}

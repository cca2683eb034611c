using WebMessaging.Cli.Wpt;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptWrappersTests
{
    private static readonly WptMetadata Metadata = WptMetadata.Parse("// META: title=A <b> & c\n// META: script=/common/x.js\n// META: timeout=long\n// META: script=helpers.js?a=\"1\"\n");

    [Theory]
    [InlineData("/d/t.any.html", nameof(WptWrapperKind.AnyWindowPage), "/d/t.any.js")]
    [InlineData("/d/t.any.worker.html", nameof(WptWrapperKind.AnyWorkerPage), "/d/t.any.js")]
    [InlineData("/d/t.any.worker.js", nameof(WptWrapperKind.AnyWorkerScript), "/d/t.any.js")]
    [InlineData("/d/t.window.html", nameof(WptWrapperKind.WindowPage), "/d/t.window.js")]
    [InlineData("/d/t.worker.html", nameof(WptWrapperKind.WorkerPage), "/d/t.worker.js")]
    public void TryMatch_MapsAGeneratedUrlToItsTest(string path, string kind, string source)
    {
        Assert.True(WptWrappers.TryMatch(path, out var actualKind, out var actualSource));
        Assert.Equal(kind, actualKind.ToString());
        Assert.Equal(source, actualSource);
    }

    [Theory]
    [InlineData("/d/t.html")]
    [InlineData("/d/t.any.js")]
    [InlineData("/d/.any.html")]
    public void TryMatch_LeavesOtherPathsAlone(string path)
    {
        Assert.False(WptWrappers.TryMatch(path, out _, out _));
    }

    [Fact]
    public void AnyWindowPage_SetsGlobalThenLoadsTheHarnessTheMetaScriptsAndTheTestInOrder()
    {
        var page = WptWrappers.Generate(WptWrapperKind.AnyWindowPage, "/d/t.any.html", "?v", "/d/t.any.js", Metadata);

        Assert.Contains("<title>A &lt;b> &amp; c</title>", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"timeout\" content=\"long\">", page, StringComparison.Ordinal);
        AssertInOrder(
            page,
            "isWindow: function() { return true; }",
            "<script src=\"/resources/testharness.js\"></script>",
            "<script src=\"/resources/testharnessreport.js\"></script>",
            "<script src=\"/common/x.js\"></script>",
            "<script src=\"helpers.js?a=&quot;1&quot;\"></script>",
            "<div id=log></div>",
            "<script src=\"/d/t.any.js\"></script>");
    }

    [Fact]
    public void WindowPage_HasNoGlobalObject()
    {
        var page = WptWrappers.Generate(WptWrapperKind.WindowPage, "/d/t.window.html", "", "/d/t.window.js", Metadata);

        Assert.DoesNotContain("GLOBAL", page, StringComparison.Ordinal);
        Assert.EndsWith("<script src=\"/d/t.window.js\"></script>\n", page, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyWorkerPage_FetchesTheTestsOfAWorkerRunningTheWorkerScriptWithTheQuery()
    {
        var page = WptWrappers.Generate(WptWrapperKind.AnyWorkerPage, "/d/t.any.worker.html", "?v=1", "/d/t.any.js", Metadata);

        Assert.Contains("fetch_tests_from_worker(new Worker(\"/d/t.any.worker.js?v=1\"));", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/common/x.js", page, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkerPage_RunsTheTestItselfInTheWorker()
    {
        var page = WptWrappers.Generate(WptWrapperKind.WorkerPage, "/d/t.worker.html", "", "/d/t.worker.js", Metadata);

        Assert.Contains("new Worker(\"/d/t.worker.js\")", page, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyWorkerScript_ImportsTheHarnessTheMetaScriptsAndTheTestThenCallsDone()
    {
        var script = WptWrappers.Generate(WptWrapperKind.AnyWorkerScript, "/d/t.any.worker.js", "", "/d/t.any.js", Metadata);

        AssertInOrder(
            script,
            "isWorker: function() { return true; }",
            "importScripts(\"/resources/testharness.js\");",
            "self.META_TITLE = \"A <b> & c\";",
            "importScripts(\"/common/x.js\");",
            "importScripts(\"helpers.js?a=\\\"1\\\"\");",
            "importScripts(\"/d/t.any.js\");",
            "done();");
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var position = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, position, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{part}' is missing after position {position} in:\n{text}");
            position = found + part.Length;
        }
    }
}

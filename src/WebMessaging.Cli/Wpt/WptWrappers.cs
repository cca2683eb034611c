using System.Text;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// Makes the pages and worker scripts that wptserve generates around JavaScript tests
/// (https://web-platform-tests.org/writing-tests/testharness.html): the same elements in the
/// same order, so a test sees what it would see under wptserve.
/// </summary>
internal static class WptWrappers
{
    private const string TestharnessUrl = "/resources/testharness.js";
    private const string TestharnessReportUrl = "/resources/testharnessreport.js";

    // (suffix asked for, suffix of the file on disk, kind); the longer suffixes first.
    private static readonly (string Suffix, string SourceSuffix, WptWrapperKind Kind)[] Suffixes =
    [
        (".any.worker.html", ".any.js", WptWrapperKind.AnyWorkerPage),
        (".any.worker.js", ".any.js", WptWrapperKind.AnyWorkerScript),
        (".any.html", ".any.js", WptWrapperKind.AnyWindowPage),
        (".window.html", ".window.js", WptWrapperKind.WindowPage),
        (".worker.html", ".worker.js", WptWrapperKind.WorkerPage),
    ];

    /// <summary>
    /// Whether the URL path <paramref name="path"/> names a generated file; if so, the kind and
    /// the URL path of the JavaScript test it is made from.
    /// </summary>
    public static bool TryMatch(string path, out WptWrapperKind kind, out string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var (suffix, sourceSuffix, candidate) in Suffixes)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal) && path.Length > suffix.Length && path[^(suffix.Length + 1)] != '/')
            {
                kind = candidate;
                sourcePath = string.Concat(path.AsSpan(0, path.Length - suffix.Length), sourceSuffix);
                return true;
            }
        }

        kind = default;
        sourcePath = "";
        return false;
    }

    /// <summary>The global scope a page of <paramref name="kind"/> needs in the test's META global list, or null when it needs none.</summary>
    public static string? RequiredGlobal(WptWrapperKind kind) => kind switch
    {
        WptWrapperKind.AnyWindowPage => "window",
        WptWrapperKind.AnyWorkerPage or WptWrapperKind.AnyWorkerScript => "dedicatedworker",
        _ => null,
    };

    /// <summary>
    /// The generated file of <paramref name="kind"/> asked for at <paramref name="path"/> (with
    /// <paramref name="query"/>, "" or "?..."), made from the test at <paramref name="sourcePath"/>
    /// whose META lines are <paramref name="metadata"/>.
    /// </summary>
    public static string Generate(WptWrapperKind kind, string path, string query, string sourcePath, WptMetadata metadata) => kind switch
    {
        WptWrapperKind.AnyWindowPage => WindowPage(metadata, sourcePath, anyGlobal: true),
        WptWrapperKind.WindowPage => WindowPage(metadata, sourcePath, anyGlobal: false),
        WptWrapperKind.AnyWorkerPage => WorkerPage(metadata, ReplaceEnd(path, ".any.worker.html", ".any.worker.js") + query),
        WptWrapperKind.WorkerPage => WorkerPage(metadata, sourcePath + query),
        WptWrapperKind.AnyWorkerScript => WorkerScript(metadata, sourcePath),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown wrapper kind."),
    };

    // x.any.html and x.window.html: the harness, then the META scripts, then the test.
    private static string WindowPage(WptMetadata metadata, string testPath, bool anyGlobal)
    {
        var page = new StringBuilder("<!doctype html>\n<meta charset=utf-8>\n");
        AppendHeadMeta(page, metadata);
        if (anyGlobal)
        {
            page.Append("<script>\nself.GLOBAL = {\n  isWindow: function() { return true; },\n  isWorker: function() { return false; },\n  isShadowRealm: function() { return false; },\n};\n</script>\n");
        }

        page.Append("<script src=\"").Append(TestharnessUrl).Append("\"></script>\n");
        page.Append("<script src=\"").Append(TestharnessReportUrl).Append("\"></script>\n");
        foreach (var (key, value) in metadata.Entries)
        {
            if (key == "script")
            {
                page.Append("<script src=\"").Append(EscapeAttribute(value)).Append("\"></script>\n");
            }
        }

        page.Append("<div id=log></div>\n");
        page.Append("<script src=\"").Append(EscapeAttribute(testPath)).Append("\"></script>\n");
        return page.ToString();
    }

    // x.any.worker.html and x.worker.html: the harness fetches the worker's tests.
    private static string WorkerPage(WptMetadata metadata, string workerUrl)
    {
        var page = new StringBuilder("<!doctype html>\n<meta charset=utf-8>\n");
        AppendHeadMeta(page, metadata);
        page.Append("<script src=\"").Append(TestharnessUrl).Append("\"></script>\n");
        page.Append("<script src=\"").Append(TestharnessReportUrl).Append("\"></script>\n");
        page.Append("<div id=log></div>\n<script>\nfetch_tests_from_worker(new Worker(\"").Append(EscapeScriptString(workerUrl)).Append("\"));\n</script>\n");
        return page.ToString();
    }

    // x.any.worker.js: GLOBAL, the harness, the META scripts and title, the test, done().
    private static string WorkerScript(WptMetadata metadata, string testPath)
    {
        var script = new StringBuilder();
        script.Append("self.GLOBAL = {\n  isWindow: function() { return false; },\n  isWorker: function() { return true; },\n  isShadowRealm: function() { return false; },\n};\n");
        script.Append("importScripts(\"").Append(TestharnessUrl).Append("\");\n");
        foreach (var (key, value) in metadata.Entries)
        {
            if (key == "script")
            {
                script.Append("importScripts(\"").Append(EscapeScriptString(value)).Append("\");\n");
            }
            else if (key == "title")
            {
                script.Append("self.META_TITLE = \"").Append(EscapeScriptString(value)).Append("\";\n");
            }
        }

        script.Append("importScripts(\"").Append(EscapeScriptString(testPath)).Append("\");\ndone();\n");
        return script.ToString();
    }

    // A long timeout and the title go in the page's head, as elements testharness.js reads.
    private static void AppendHeadMeta(StringBuilder page, WptMetadata metadata)
    {
        foreach (var (key, value) in metadata.Entries)
        {
            if (key == "timeout" && value == "long")
            {
                page.Append("<meta name=\"timeout\" content=\"long\">\n");
            }
            else if (key == "title")
            {
                page.Append("<title>").Append(value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)).Append("</title>\n");
            }
        }
    }

    private static string EscapeAttribute(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static string EscapeScriptString(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string ReplaceEnd(string text, string end, string replacement) =>
        string.Concat(text.AsSpan(0, text.Length - end.Length), replacement);
}

using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Wpt;

/// <summary>A small web-platform-tests-like checkout in a temporary folder: resources/testharness.js and the tests a test writes.</summary>
internal sealed class WptCheckoutFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <summary>Creates the checkout; with <paramref name="harness"/> (a testharness.js path) it is copied into resources/.</summary>
    public WptCheckoutFolder(string? harness)
    {
        var harnessPath = Write("resources/testharness.js", "// a stand-in: no harness");
        if (harness is not null)
        {
            File.Copy(harness, harnessPath, overwrite: true);
        }

        Write("resources/testharnessreport.js", "self.checkoutReportLoaded = true;\n");
    }

    /// <summary>The checkout's root folder.</summary>
    public string Root => _folder.Path;

    /// <summary>A checkout with the real testharness.js, or the calling test is skipped (see <see cref="TestharnessRequirement"/>).</summary>
    public static WptCheckoutFolder WithHarness() => new(TestharnessRequirement.Require());

    /// <summary>Writes <paramref name="text"/> at <paramref name="relativePath"/> ("a/b.html") and returns the full path.</summary>
    public string Write(string relativePath, string text) => _folder.Write(relativePath.Replace('/', Path.DirectorySeparatorChar), text);

    /// <summary>Writes a testharness.js page whose body is <paramref name="script"/>.</summary>
    public string WriteTestPage(string relativePath, string script, string head = "") =>
        Write(relativePath, $"""
            <!doctype html>
            <meta charset=utf-8>
            {head}
            <script src="/resources/testharness.js"></script>
            <script src="/resources/testharnessreport.js"></script>
            <script>
            {script}
            </script>
            """);

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();
}

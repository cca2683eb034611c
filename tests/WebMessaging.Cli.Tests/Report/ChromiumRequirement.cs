namespace WebMessaging.Cli.Tests.Report;

/// <summary>Where Debian's Chromium is, and what a test does without it: skip, except in CI where it fails.</summary>
internal static class ChromiumRequirement
{
    /// <summary>Where Debian's chromium package installs the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>The arguments that keep a headless Chromium quiet and off the network.</summary>
    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    /// <summary>Skips the calling test when Chromium is missing, or fails it when the CI variable is "true".</summary>
    public static void Require()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        var reason = $"No Chromium at {ExecutablePath}: install Debian's chromium package to test the HTML report in a browser.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Skip.If(true, reason);
    }
}

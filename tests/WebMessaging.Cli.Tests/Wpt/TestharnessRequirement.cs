using System.Diagnostics;

namespace WebMessaging.Cli.Tests.Wpt;

/// <summary>
/// The real testharness.js, from the npm package wpt-runner (which ships a copy), installed into
/// a cache folder outside the repository on first use; without npm a test skips, except in CI
/// (CI=true) where it fails.
/// </summary>
internal static class TestharnessRequirement
{
    private static readonly Lazy<(string? Path, string? Problem)> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder npm installs wpt-runner into: webmsg/wpt-runner under the user's cache folder (.ci/run installs it there too).</summary>
    public static string CacheFolder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            if (string.IsNullOrEmpty(cache))
            {
                var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
                cache = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
            }

            return Path.Combine(cache, "webmsg", "wpt-runner");
        }
    }

    private static string HarnessFile => Path.Combine(CacheFolder, "node_modules", "wpt-runner", "testharness", "testharness.js");

    /// <summary>Returns the path of testharness.js; skips the calling test when it cannot be had, or fails it when CI is "true".</summary>
    public static string Require()
    {
        var (path, problem) = Installed.Value;
        if (path is not null)
        {
            return path;
        }

        var reason = $"testharness.js is needed from the npm package wpt-runner, and {problem}. Install npm (or run .ci/run) to run the wpt runner's tests.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason);
        }

        Skip.If(true, reason);
        throw new UnreachableException();
    }

    private static (string? Path, string? Problem) Install()
    {
        if (File.Exists(HarnessFile))
        {
            return (HarnessFile, null);
        }

        Directory.CreateDirectory(CacheFolder);
        var start = new ProcessStartInfo("npm")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = CacheFolder,
        };
        foreach (var argument in (string[])["install", "--no-audit", "--no-fund", "--no-save", "--prefix", CacheFolder, "wpt-runner"])
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var npm = Process.Start(start);
            if (npm is null)
            {
                return (null, "npm could not be started");
            }

            var error = npm.StandardError.ReadToEndAsync();
            _ = npm.StandardOutput.ReadToEndAsync();
            if (!npm.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                npm.Kill(entireProcessTree: true);
                return (null, "'npm install wpt-runner' took more than 3 minutes");
            }

            if (npm.ExitCode != 0 || !File.Exists(HarnessFile))
            {
                return (null, $"'npm install wpt-runner' failed (exit code {npm.ExitCode}): {error.Result.Trim()}");
            }

            return (HarnessFile, null);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "npm is not installed");
        }
    }
}

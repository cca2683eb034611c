using System.Diagnostics;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Packaging;

/// <summary>Packs webmsg as a .NET tool, installs it from that package alone, and runs it: slow (about half a minute).</summary>
public sealed class ToolPackageTests
{
    private const string PackageId = "WebMessaging.Cli";

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Tool_PacksInstallsAndRuns_AsWebmsg()
    {
        using var folder = new TempFolder();
        var project = Path.Combine(RepositoryRoot(), "src", "WebMessaging.Cli", "WebMessaging.Cli.csproj");
        var packages = Path.Combine(folder.Path, "packages");
        var tools = Path.Combine(folder.Path, "tools");

        // The test project's build has built the tool already: pack what is there.
        var pack = await RunAsync("dotnet", ["pack", project, "-c", Configuration, "--no-build", "-o", packages, "--nologo"]);
        Assert.True(pack.ExitCode == 0, pack.Output);

        // Install from the packed folder only, so that nothing is fetched.
        var config = folder.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var install = await RunAsync("dotnet", ["tool", "install", "--tool-path", tools, "--configfile", config, PackageId]);
        Assert.True(install.ExitCode == 0, install.Output);

        var webmsg = Path.Combine(tools, OperatingSystem.IsWindows() ? "webmsg.exe" : "webmsg");
        var help = await RunAsync(webmsg, ["--help"]);
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("run", help.Output, StringComparison.Ordinal);

        var missing = Path.Combine(folder.Path, "missing", "sites.json");
        var bad = await RunAsync(webmsg, ["run", missing]);
        Assert.Equal(ExitCodes.BadInput, bad.ExitCode);
        Assert.Equal($"webmsg: {missing}: file not found", bad.Error.TrimEnd());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "WebMessaging.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The test runs outside the repository: no WebMessaging.sln above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(50));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than 50 s.");
        }

        return (process.ExitCode, await output + await error, await error);
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace WebMessaging.Benchmarks;

/// <summary>Runs a peer script of bench/peers with the machine's node and reads its figures.</summary>
internal static class NodePeer
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The figures by name that <paramref name="script"/> (in <paramref name="peersFolder"/>)
    /// prints as one JSON object, or an empty map (with a message on stderr) when node, the npm
    /// package <paramref name="requiredPackage"/> (in bench/peers/node_modules) or the script fails.
    /// </summary>
    public static IReadOnlyDictionary<string, double> Measure(string peersFolder, string script = "node-peer.js", string? requiredPackage = null)
    {
        if (requiredPackage is not null && !Directory.Exists(Path.Combine(peersFolder, "node_modules", requiredPackage)))
        {
            Console.Error.WriteLine($"The npm package {requiredPackage} is not installed in bench/peers/node_modules (bench/run installs it with npm): the figures of {script} are left out.");
            return new Dictionary<string, double>();
        }

        var start = new ProcessStartInfo("node", [Path.Combine(peersFolder, script)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = peersFolder,
        };
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeLimit))
            {
                process.Kill(entireProcessTree: true);
                Console.Error.WriteLine($"{script} did not finish within {TimeLimit.TotalMinutes} minutes: its figures are left out.");
                return new Dictionary<string, double>();
            }

            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"{script} failed (exit {process.ExitCode}), its figures are left out: {errors.Result.Trim()}");
                return new Dictionary<string, double>();
            }

            var figures = new Dictionary<string, double>();
            using var json = JsonDocument.Parse(output.Result);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Number)
                {
                    figures[property.Name] = property.Value.GetDouble();
                }
            }

            return figures;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"node is not installed: the figures of {script} are left out.");
            return new Dictionary<string, double>();
        }
    }
}

using System.Diagnostics;
using System.Text.Json;

namespace WebMessaging.Benchmarks;

/// <summary>Runs bench/peers/node-peer.js with the machine's node and reads its figures.</summary>
internal static class NodePeer
{
    /// <summary>Node's figures by name, or an empty map (with a message on stderr) when node is missing.</summary>
    public static IReadOnlyDictionary<string, double> Measure(string peersFolder)
    {
        var script = Path.Combine(peersFolder, "node-peer.js");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = peersFolder,
        };
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"node peer failed (exit {process.ExitCode}): {errors.Trim()}");
                return new Dictionary<string, double>();
            }

            var figures = new Dictionary<string, double>();
            using var json = JsonDocument.Parse(output);
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
            Console.Error.WriteLine("node is not installed: peer figures are left out.");
            return new Dictionary<string, double>();
        }
    }
}

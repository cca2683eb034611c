using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WebMessaging.Benchmarks;

/// <summary>
/// bench/run: measures our benchmarks with BenchmarkDotNet and the peers' figures (node,
/// happy-dom, headless Chromium) for the same work in the same run, writes
/// bench/results/latest.json and prints it as a table.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var benchFolder = FindBenchFolder();
        var quick = args.Contains("--quick");

        // --only <name>: just the benchmark classes whose name contains it, without the peers,
        // printed by BenchmarkDotNet and not written to latest.json (for working on one figure).
        var onlyIndex = Array.IndexOf(args, "--only");
        if (onlyIndex >= 0)
        {
            if (onlyIndex + 1 >= args.Length)
            {
                Console.Error.WriteLine("--only needs a benchmark class name (or part of one), e.g. --only Wire.");
                return 2;
            }

            var only = Suite.BenchmarkTypes.Where(type => type.Name.Contains(args[onlyIndex + 1], StringComparison.OrdinalIgnoreCase)).ToArray();
            if (only.Length == 0)
            {
                Console.Error.WriteLine($"No benchmark class name contains \"{args[onlyIndex + 1]}\": {string.Join(", ", Suite.BenchmarkTypes.Select(type => type.Name))}.");
                return 2;
            }

            BenchmarkRunner.Run(only, Config(quick));
            return 0;
        }

        var peersFolder = Path.Combine(benchFolder, "peers");
        Console.WriteLine("Measuring node's figures (bench/peers/node-peer.js)...");
        var node = NodePeer.Measure(peersFolder);
        Console.WriteLine("Measuring happy-dom's figures (bench/peers/happy-dom-peer.js)...");
        var happyDom = NodePeer.Measure(peersFolder, "happy-dom-peer.js", "happy-dom");
        Console.WriteLine("Measuring headless Chromium's figures (bench/peers/chromium-peer.js)...");
        var chromium = NodePeer.Measure(peersFolder, "chromium-peer.js", "playwright-core");
        var peers = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["node"] = node,
            ["happy-dom"] = happyDom,
            ["chromium"] = chromium,
        };

        var summaries = BenchmarkRunner.Run(Suite.BenchmarkTypes, Config(quick));
        var means = new Dictionary<string, double>();
        foreach (var summary in summaries)
        {
            foreach (var report in summary.Reports)
            {
                if (report.ResultStatistics is { } statistics)
                {
                    means[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = statistics.Median;
                }
            }
        }

        var metrics = Suite.Metrics(means, peers);
        var resultsFolder = Path.Combine(benchFolder, "results");
        Directory.CreateDirectory(resultsFolder);
        var json = JsonSerializer.Serialize(metrics, new JsonSerializerOptions { WriteIndented = true });
        File.WriteAllText(Path.Combine(resultsFolder, "latest.json"), json + "\n");
        PrintTable(metrics);
        return metrics.Count == Suite.ExpectedMetricCount ? 0 : 1;
    }

    private static ManualConfig Config(bool quick)
    {
        var job = (quick ? Job.Dry.WithIterationCount(3) : Job.ShortRun.WithWarmupCount(5).WithIterationCount(15))
            .WithToolchain(InProcessEmitToolchain.Instance);
        return ManualConfig.CreateMinimumViable()
            .AddJob(job)
            .WithOptions(ConfigOptions.DisableLogFile);
    }

    private static void PrintTable(IReadOnlyList<Metric> metrics)
    {
        Console.WriteLine();
        Console.WriteLine($"{"metric",-40} {"unit",-10} {"ours",14} {"peer",24}  target");
        foreach (var metric in metrics)
        {
            var peer = "-";
            foreach (var (name, value) in metric.Peers)
            {
                peer = $"{name} {value:N2}";
            }

            Console.WriteLine($"{metric.Name,-40} {metric.Unit,-10} {metric.Ours,14:N2} {peer,24}  {metric.Target}");
        }
    }

    private static string FindBenchFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bench", "peers");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(folder.FullName, "bench");
            }
        }

        throw new DirectoryNotFoundException("Could not find the bench folder above " + AppContext.BaseDirectory);
    }
}

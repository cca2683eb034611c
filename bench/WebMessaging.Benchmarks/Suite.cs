namespace WebMessaging.Benchmarks;

/// <summary>
/// The benchmarks bench/run measures, and how their timings become the metrics of
/// latest.json beside node's figures.
/// </summary>
internal static class Suite
{
    /// <summary>The BenchmarkDotNet classes to run.</summary>
    public static readonly Type[] BenchmarkTypes = [typeof(CloneBenchmarks), typeof(WireBenchmarks), typeof(ChannelBenchmarks)];

    /// <summary>How many metrics a complete run reports.</summary>
    public static int ExpectedMetricCount => 7;

    /// <summary>Turns median timings (ns, by benchmark method name) and node's figures into metrics.</summary>
    public static IReadOnlyList<Metric> Metrics(IReadOnlyDictionary<string, double> medianNs, IReadOnlyDictionary<string, double> node)
    {
        var metrics = new List<Metric>();
        const double MegaBytes = BenchGraph.JsonBytes / 1e6;
        const double SixteenMegaBytes = 16 * 1024 * 1024;

        Add(metrics, "clone_graph_1.18MB", "MB/s", medianNs, "CloneGraph", ns => MegaBytes / (ns / 1e9),
            node, "clone_graph_mb_per_s", higherIsBetter: true, ">= 2x node");
        Add(metrics, "serialize_deserialize_graph_1.18MB", "MB/s", medianNs, "SerializeDeserializeGraph", ns => MegaBytes / (ns / 1e9),
            node, "serialize_deserialize_graph_mb_per_s", higherIsBetter: true, ">= node");
        Add(metrics, "arraybuffer_copy_16MB", "GB/s", medianNs, "CopyArrayBuffer16MB", ns => SixteenMegaBytes / 1e9 / (ns / 1e9),
            node, "arraybuffer_copy_16mb_gb_per_s", higherIsBetter: true, ">= 5 GB/s");
        Add(metrics, "arraybuffer_transfer_1KB", "us", medianNs, "TransferArrayBuffer1KB", ns => ns / 1000,
            node, "arraybuffer_transfer_1kb_us", higherIsBetter: false, "same as 16 MB");
        Add(metrics, "arraybuffer_transfer_16MB", "us", medianNs, "TransferArrayBuffer16MB", ns => ns / 1000,
            node, "arraybuffer_transfer_16mb_us", higherIsBetter: false, "same as 1 KB");
        Add(metrics, "wire_encode_decode_graph", "MB/s", medianNs, "EncodeDecodeGraph", ns => MegaBytes / (ns / 1e9),
            node, "serialize_deserialize_graph_mb_per_s", higherIsBetter: true, ">= 200 MB/s");
        // OperationsPerInvoke makes the median a time per message.
        Add(metrics, "channel_messages_dotnet_to_dotnet", "msg/s", medianNs, "PostMessagesOverChannel", ns => 1e9 / ns,
            node, "channel_messages_per_s", higherIsBetter: true, ">= 6x node");
        return metrics;
    }

    private static void Add(
        List<Metric> metrics,
        string name,
        string unit,
        IReadOnlyDictionary<string, double> medianNs,
        string benchmark,
        Func<double, double> figure,
        IReadOnlyDictionary<string, double> node,
        string nodeKey,
        bool higherIsBetter,
        string target)
    {
        if (!medianNs.TryGetValue(benchmark, out var ns))
        {
            Console.Error.WriteLine($"No result for benchmark {benchmark}: metric {name} is left out.");
            return;
        }

        var peers = new Dictionary<string, double>();
        if (node.TryGetValue(nodeKey, out var nodeFigure))
        {
            peers["node"] = Math.Round(nodeFigure, 3);
        }

        metrics.Add(new Metric(name, unit, Math.Round(figure(ns), 3), peers, higherIsBetter, target));
    }
}

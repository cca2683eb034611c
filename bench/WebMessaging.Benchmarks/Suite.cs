namespace WebMessaging.Benchmarks;

/// <summary>
/// The benchmarks bench/run measures, and how their timings become the metrics of
/// latest.json beside the peers' figures (node, happy-dom, headless Chromium).
/// </summary>
internal static class Suite
{
    /// <summary>The BenchmarkDotNet classes to run.</summary>
    public static readonly Type[] BenchmarkTypes = [typeof(CloneBenchmarks), typeof(WireBenchmarks), typeof(ChannelBenchmarks),
        typeof(PageRoundTripBenchmarks), typeof(PageChannelBenchmarks)];

    /// <summary>How many metrics a complete run reports.</summary>
    public static int ExpectedMetricCount => 9;

    /// <summary>
    /// Turns median timings (ns, by benchmark method name) and the peers' figures (by peer:
    /// "node", "happy-dom", "chromium") into metrics.
    /// </summary>
    public static IReadOnlyList<Metric> Metrics(
        IReadOnlyDictionary<string, double> medianNs,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> peers)
    {
        var node = PeerFigures(peers, "node");
        var happyDom = PeerFigures(peers, "happy-dom");
        var chromium = PeerFigures(peers, "chromium");
        var metrics = new List<Metric>();
        const double MegaBytes = BenchGraph.JsonBytes / 1e6;
        const double SixteenMegaBytes = 16 * 1024 * 1024;

        Add(metrics, "clone_graph_1.18MB", "MB/s", medianNs, "CloneGraph", ns => MegaBytes / (ns / 1e9),
            "node", node, "clone_graph_mb_per_s", higherIsBetter: true, ">= 2x node");
        Add(metrics, "serialize_deserialize_graph_1.18MB", "MB/s", medianNs, "SerializeDeserializeGraph", ns => MegaBytes / (ns / 1e9),
            "node", node, "serialize_deserialize_graph_mb_per_s", higherIsBetter: true, ">= node");
        Add(metrics, "arraybuffer_copy_16MB", "GB/s", medianNs, "CopyArrayBuffer16MB", ns => SixteenMegaBytes / 1e9 / (ns / 1e9),
            "node", node, "arraybuffer_copy_16mb_gb_per_s", higherIsBetter: true, ">= 5 GB/s");
        Add(metrics, "arraybuffer_transfer_1KB", "us", medianNs, "TransferArrayBuffer1KB", ns => ns / 1000,
            "node", node, "arraybuffer_transfer_1kb_us", higherIsBetter: false, "same as 16 MB");
        Add(metrics, "arraybuffer_transfer_16MB", "us", medianNs, "TransferArrayBuffer16MB", ns => ns / 1000,
            "node", node, "arraybuffer_transfer_16mb_us", higherIsBetter: false, "same as 1 KB");
        Add(metrics, "wire_encode_decode_graph", "MB/s", medianNs, "EncodeDecodeGraph", ns => MegaBytes / (ns / 1e9),
            "node", node, "serialize_deserialize_graph_mb_per_s", higherIsBetter: true, ">= 200 MB/s");
        // OperationsPerInvoke makes the median a time per message.
        Add(metrics, "channel_messages_dotnet_to_dotnet", "msg/s", medianNs, "PostMessagesOverChannel", ns => 1e9 / ns,
            "node", node, "channel_messages_per_s", higherIsBetter: true, ">= 6x node");
        Add(metrics, "page_round_trip_ms", "ms", medianNs, "PageRoundTrip", ns => ns / 1e6,
            "happy-dom", happyDom, "page_round_trip_ms", higherIsBetter: false, "<= 1/3 happy-dom");
        // OperationsPerInvoke makes the median a time per message.
        Add(metrics, "page_channel_messages", "msg/s", medianNs, "PageChannelMessages", ns => 1e9 / ns,
            "chromium", chromium, "page_channel_messages_per_s", higherIsBetter: true, ">= 2x chromium");
        return metrics;
    }

    private static IReadOnlyDictionary<string, double> PeerFigures(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> peers,
        string peer) =>
        peers.TryGetValue(peer, out var figures) ? figures : new Dictionary<string, double>();

    private static void Add(
        List<Metric> metrics,
        string name,
        string unit,
        IReadOnlyDictionary<string, double> medianNs,
        string benchmark,
        Func<double, double> figure,
        string peerName,
        IReadOnlyDictionary<string, double> peerFigures,
        string peerKey,
        bool higherIsBetter,
        string target)
    {
        if (!medianNs.TryGetValue(benchmark, out var ns))
        {
            Console.Error.WriteLine($"No result for benchmark {benchmark}: metric {name} is left out.");
            return;
        }

        var peers = new Dictionary<string, double>();
        if (peerFigures.TryGetValue(peerKey, out var peerFigure))
        {
            peers[peerName] = Math.Round(peerFigure, 3);
        }

        metrics.Add(new Metric(name, unit, Math.Round(figure(ns), 3), peers, higherIsBetter, target));
    }
}

namespace WebMessaging.Benchmarks;

/// <summary>
/// The benchmarks bench/run measures, and how their timings become the metrics of
/// latest.json beside node's figures.
/// </summary>
internal static class Suite
{
    /// <summary>The BenchmarkDotNet classes to run.</summary>
    public static readonly Type[] BenchmarkTypes = [];

    /// <summary>How many metrics a complete run reports.</summary>
    public static int ExpectedMetricCount => 0;

    /// <summary>Turns median timings (ns, by benchmark method name) and node's figures into metrics.</summary>
    public static IReadOnlyList<Metric> Metrics(IReadOnlyDictionary<string, double> medianNs, IReadOnlyDictionary<string, double> node)
    {
        var metrics = new List<Metric>();
        return metrics;
    }
}

namespace WebMessaging.Benchmarks;

/// <summary>
/// The benchmark graph, built exactly as bench/peers/graph.js builds it for node: 10,000
/// items, each an object with a tags array and a nested object (30,000 objects, about
/// 1.18 MB as JSON).
/// </summary>
internal static class BenchGraph
{
    /// <summary>The graph's size as JSON text, the unit of the MB/s figures (node measures the same).</summary>
    public const int JsonBytes = 1_178_451;

    /// <summary>Builds the graph from the CLR types a .NET host would use for JSON-like data.</summary>
    public static List<object?> Build()
    {
        var items = new List<object?>(10_000);
        for (var i = 0; i < 10_000; i++)
        {
            items.Add(new Dictionary<string, object?>
            {
                ["id"] = (double)i,
                ["name"] = "item-" + i,
                ["tags"] = new List<object?> { "alpha", "beta", "tag-" + (i % 100) },
                ["nested"] = new Dictionary<string, object?>
                {
                    ["x"] = i * 0.5,
                    ["label"] = "value-" + i,
                    ["flag"] = i % 2 == 0,
                },
            });
        }

        return items;
    }
}

using System.Text.Json.Serialization;

namespace WebMessaging.Benchmarks;

/// <summary>One line of bench/results/latest.json: our figure and the peers' for the same work.</summary>
internal sealed record Metric(
    [property: JsonPropertyName("metric")] string Name,
    [property: JsonPropertyName("unit")] string Unit,
    [property: JsonPropertyName("ours")] double Ours,
    [property: JsonPropertyName("peers")] IReadOnlyDictionary<string, double> Peers,
    [property: JsonPropertyName("higherIsBetter")] bool HigherIsBetter,
    [property: JsonPropertyName("target")] string Target);

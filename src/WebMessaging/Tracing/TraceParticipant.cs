using System.Text.Json.Serialization;

namespace WebMessaging.Tracing;

/// <summary>One end of a traced message: a window, worker, port or broadcast channel.</summary>
/// <param name="Id">A stable identity within the browser, e.g. "window#2" or "port#5".</param>
/// <param name="Kind">"window", "worker", "port" or "broadcast".</param>
/// <param name="Origin">The serialized origin of its global ("null" when opaque).</param>
/// <param name="Label">A readable name: the window's URL, the channel's name.</param>
public sealed record TraceParticipant(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("origin")] string Origin,
    [property: JsonPropertyName("label")] string Label);

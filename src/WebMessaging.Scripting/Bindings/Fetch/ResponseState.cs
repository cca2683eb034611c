namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>
/// https://fetch.spec.whatwg.org/#concept-response
/// A response and its Response object's state: its body is a byte sequence held whole (this
/// runtime fetches from the site map, so every body is complete at once).
/// </summary>
internal sealed class ResponseState
{
    /// <summary>type: "basic", "cors", "default", "error", "opaque" or "opaqueredirect".</summary>
    public string Type { get; init; } = "default";

    /// <summary>The response's URL (the last of its URL list), or "".</summary>
    public string Url { get; init; } = "";

    /// <summary>status.</summary>
    public int Status { get; init; } = 200;

    /// <summary>statusText.</summary>
    public string StatusText { get; init; } = "";

    /// <summary>The header list (its guard is "response", or "immutable" for error and fetched responses).</summary>
    public HeaderList Headers { get; init; } = new() { Guard = "response" };

    /// <summary>The body's bytes, or null for a null body.</summary>
    public byte[]? Body { get; init; }

    /// <summary>Whether the body was read (bodyUsed: "this's body is non-null and this's body's stream is disturbed").</summary>
    public bool Disturbed { get; set; }
}

using System.Text.Json.Serialization;

namespace WebMessaging.Tracing;

/// <summary>One traced event in a message's life: posted, delivered or dropped.</summary>
/// <param name="Sequence">Order of the entry in the trace, from 1.</param>
/// <param name="Time">Virtual time in milliseconds on the browser's event loop.</param>
/// <param name="Event">Posted, delivered or dropped.</param>
/// <param name="Kind">Window, port, broadcast or worker message.</param>
/// <param name="MessageId">Links the entries of one message (a broadcast's deliveries share it).</param>
/// <param name="Sender">Who posted.</param>
/// <param name="Receiver">Who receives (null for a broadcast's post entry, or an unentangled port).</param>
/// <param name="TargetOrigin">The targetOrigin argument of a window message ("*", or an origin).</param>
/// <param name="DropReason">Why a dropped message was dropped.</param>
/// <param name="Preview">A short preview of the data, e.g. <c>{i: 1, s: "hello"}</c>.</param>
public sealed record TraceEntry(
    [property: JsonPropertyName("seq")] long Sequence,
    [property: JsonPropertyName("t")] double Time,
    [property: JsonPropertyName("event"), JsonConverter(typeof(JsonStringEnumConverter<TraceEventKind>))] TraceEventKind Event,
    [property: JsonPropertyName("kind"), JsonConverter(typeof(JsonStringEnumConverter<MessageKind>))] MessageKind Kind,
    [property: JsonPropertyName("messageId")] long MessageId,
    [property: JsonPropertyName("sender")] TraceParticipant Sender,
    [property: JsonPropertyName("receiver")] TraceParticipant? Receiver,
    [property: JsonPropertyName("targetOrigin")] string? TargetOrigin,
    [property: JsonPropertyName("dropReason"), JsonConverter(typeof(JsonStringEnumConverter<DropReason>))] DropReason DropReason,
    [property: JsonPropertyName("preview")] string Preview);

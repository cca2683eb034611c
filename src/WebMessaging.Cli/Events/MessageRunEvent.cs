using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>A message's fate: delivered, dropped (and why) or still pending, with who sent it to whom.</summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds of the delivery or drop (the run's end for a pending message).</param>
/// <param name="Status">Delivered, dropped or pending.</param>
/// <param name="Kind">Window, port, broadcast or worker message.</param>
/// <param name="MessageId">The trace's message identity (a broadcast's deliveries share it).</param>
/// <param name="Sender">Who posted.</param>
/// <param name="Receiver">Who receives; null for a port message that had no entangled port to go to.</param>
/// <param name="TargetOrigin">The targetOrigin argument of a window message.</param>
/// <param name="DropReason">Why a dropped message was dropped; <see cref="DropReason.None"/> otherwise.</param>
/// <param name="Preview">A short preview of the data, e.g. <c>{type: "hello"}</c>.</param>
/// <param name="PostedAt">Virtual time in milliseconds at which postMessage was called.</param>
internal sealed record MessageRunEvent(
    long Sequence,
    double Time,
    MessageStatus Status,
    MessageKind Kind,
    long MessageId,
    TraceParticipant Sender,
    TraceParticipant? Receiver,
    string? TargetOrigin,
    DropReason DropReason,
    string Preview,
    double PostedAt)
    : RunEvent(Sequence, Time)
{
    /// <inheritdoc />
    public override RunEventType Type => RunEventType.Message;
}

using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;
using WebMessaging.Tracing;

namespace WebMessaging.Messaging;

/// <summary>
/// A task of a port message queue: the serialized message waiting to be fired as a message
/// event at whichever port's queue it finds itself in.
/// </summary>
/// <param name="Data">The serializeWithTransferResult of the message port post message steps, or null when the message is <paramref name="Packed"/>.</param>
/// <param name="Packed">The message in the packed form (a message without a transfer list made only of primitives, plain objects and dense arrays), when <paramref name="Data"/> is null.</param>
/// <param name="MessageId">The trace identity of the message (0 when the trace was off).</param>
/// <param name="Sender">The posting port as a trace participant, or null when the trace was off.</param>
internal readonly record struct PortMessage(SerializedWithTransfer? Data, PackedMessage Packed, long MessageId, TraceParticipant? Sender);

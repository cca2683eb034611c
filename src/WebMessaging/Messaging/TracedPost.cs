using WebMessaging.Tracing;

namespace WebMessaging.Messaging;

/// <summary>How the trace recorded a port message's post, for its delivery or drop to refer to.</summary>
/// <param name="MessageId">The trace identity of the message.</param>
/// <param name="Sender">The posting port as a trace participant.</param>
internal sealed record TracedPost(long MessageId, TraceParticipant Sender);

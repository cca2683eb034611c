using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Tracing;

namespace WebMessaging.Browsing;

/// <summary>
/// What the window post message steps hand to the task they queue (step 8): the serialized
/// message, the processed targetOrigin, and the incumbent settings object's origin and window.
/// </summary>
internal sealed class WindowMessage
{
    public WindowMessage(SerializedMessage message, TargetOrigin targetOrigin, string origin, Window source, long messageId, TraceParticipant? sender)
    {
        Message = message;
        TargetOrigin = targetOrigin;
        Origin = origin;
        Source = source;
        MessageId = messageId;
        Sender = sender;
    }

    /// <summary>serializeWithTransferResult (or its packed form).</summary>
    public SerializedMessage Message { get; }

    /// <summary>targetOrigin after steps 4-5: the wildcard or an origin.</summary>
    public TargetOrigin TargetOrigin { get; }

    /// <summary>"the serialization of incumbentSettings's origin", taken when the message was posted.</summary>
    public string Origin { get; }

    /// <summary>The incumbent settings object's global object: the event's source.</summary>
    public Window Source { get; }

    /// <summary>The trace identity of the message.</summary>
    public long MessageId { get; }

    /// <summary>The posting window as a trace participant when it posted (null when the trace was not recording then).</summary>
    public TraceParticipant? Sender { get; }

    /// <summary>Whether the message was delivered or dropped (so that discarding the target does not drop it again).</summary>
    public bool Settled { get; set; }
}

namespace WebMessaging.Tracing;

/// <summary>What happened to a message.</summary>
public enum TraceEventKind
{
    /// <summary>The sender called postMessage and the message was serialized.</summary>
    Posted,

    /// <summary>A message event was fired at the receiver.</summary>
    Delivered,

    /// <summary>The message was not delivered; <see cref="TraceEntry.DropReason"/> says why.</summary>
    Dropped,
}

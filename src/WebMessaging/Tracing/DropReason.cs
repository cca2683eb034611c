namespace WebMessaging.Tracing;

/// <summary>Why a message was not delivered.</summary>
public enum DropReason
{
    /// <summary>Not dropped.</summary>
    None,

    /// <summary>The target document's origin is not same origin with the targetOrigin argument.</summary>
    OriginMismatch,

    /// <summary>The sending port is not entangled, or the receiving port was closed.</summary>
    PortClosed,

    /// <summary>The target port was in the transfer list, so the channel was lost ("doomed").</summary>
    Doomed,

    /// <summary>The target window or worker was closed or discarded before delivery.</summary>
    TargetClosed,

    /// <summary>Deserialization failed in the receiving realm; a messageerror event was fired instead.</summary>
    CloneFailed,
}

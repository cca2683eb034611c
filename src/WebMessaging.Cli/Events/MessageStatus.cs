namespace WebMessaging.Cli.Events;

/// <summary>What became of a message by the time its event was reported.</summary>
internal enum MessageStatus
{
    /// <summary>A message event was fired at the receiver.</summary>
    Delivered,

    /// <summary>The message was not delivered; the event's drop reason says why.</summary>
    Dropped,

    /// <summary>The message was still queued when the run ended (a run bounded by --for, or cut short).</summary>
    Pending,
}

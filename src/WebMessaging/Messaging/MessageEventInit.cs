using WebMessaging.Events;

namespace WebMessaging.Messaging;

/// <summary>
/// https://html.spec.whatwg.org/multipage/comms.html#messageeventinit
/// The MessageEventInit dictionary.
/// </summary>
public sealed class MessageEventInit : EventInit
{
    /// <summary>data: the message, a value of the receiving realm.</summary>
    public object? Data { get; init; }

    /// <summary>origin: the serialization of the sender's origin.</summary>
    public string Origin { get; init; } = "";

    /// <summary>lastEventId.</summary>
    public string LastEventId { get; init; } = "";

    /// <summary>source: a window (WindowProxy), a MessagePort, or null.</summary>
    public EventTarget? Source { get; init; }

    /// <summary>ports: the MessagePorts that came with the message.</summary>
    public IReadOnlyList<MessagePort> Ports { get; init; } = [];
}

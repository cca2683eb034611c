using System.Collections.ObjectModel;
using WebMessaging.Events;

namespace WebMessaging.Messaging;

/// <summary>
/// https://html.spec.whatwg.org/multipage/comms.html#messageevent
/// Messages in server-sent events, Web sockets, cross-document messaging, channel messaging
/// and broadcast channels use the MessageEvent interface for their message events.
/// </summary>
public sealed class MessageEvent : Event
{
    private static readonly ReadOnlyCollection<MessagePort> NoPorts = new([]);

    /// <summary>new MessageEvent(type, eventInitDict).</summary>
    public MessageEvent(string type, MessageEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        Data = eventInitDict?.Data;
        Origin = eventInitDict?.Origin ?? "";
        LastEventId = eventInitDict?.LastEventId ?? "";
        Source = eventInitDict?.Source;
        Ports = Freeze(eventInitDict?.Ports);
    }

    /// <summary>
    /// Creates a message event as the user agent fires it (FireEvent makes it trusted), with
    /// <paramref name="frozenPorts"/> already frozen (no MessageEventInit to allocate).
    /// </summary>
    internal MessageEvent(string type, object? data, string origin, EventTarget? source, IReadOnlyList<MessagePort> frozenPorts, double timeStamp)
        : base(type)
    {
        Data = data;
        Origin = origin;
        LastEventId = "";
        Source = source;
        Ports = frozenPorts;
        TimeStamp = timeStamp;
    }

    /// <summary>The frozen empty ports array.</summary>
    internal static IReadOnlyList<MessagePort> EmptyPorts => NoPorts;

    /// <summary>"Returns the data of the message."</summary>
    public object? Data { get; private set; }

    /// <summary>"Returns the origin of the message, for server-sent events and cross-document messaging."</summary>
    public string Origin { get; private set; }

    /// <summary>"Returns the last event ID string, for server-sent events."</summary>
    public string LastEventId { get; private set; }

    /// <summary>"Returns the WindowProxy of the source window, for cross-document messaging, and the MessagePort being attached, in the connect event fired at SharedWorkerGlobalScope objects."</summary>
    public EventTarget? Source { get; private set; }

    /// <summary>"Returns the MessagePort array sent with the message, for cross-document messaging and channel messaging." A frozen array.</summary>
    public IReadOnlyList<MessagePort> Ports { get; private set; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/comms.html#dom-messageevent-initmessageevent
    /// "The initMessageEvent(type, bubbles, cancelable, data, origin, lastEventId, source,
    /// ports) method must initialize the event in a manner analogous to the
    /// similarly-named initEvent() method."
    /// </summary>
    public void InitMessageEvent(
        string type,
        bool bubbles = false,
        bool cancelable = false,
        object? data = null,
        string origin = "",
        string lastEventId = "",
        EventTarget? source = null,
        IReadOnlyList<MessagePort>? ports = null)
    {
        // initEvent's "If this's dispatch flag is set, then return."
        if (IsBeingDispatched)
        {
            return;
        }

        Initialize(type, bubbles, cancelable);
        Data = data;
        Origin = origin;
        LastEventId = lastEventId;
        Source = source;
        Ports = Freeze(ports);
    }

    private static IReadOnlyList<MessagePort> Freeze(IReadOnlyList<MessagePort>? ports) =>
        ports is null || ports.Count == 0 ? NoPorts : new ReadOnlyCollection<MessagePort>([.. ports]);
}

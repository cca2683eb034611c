using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Messaging;

namespace WebMessaging.Tests.Messaging;

/// <summary>Helpers shared by the port and channel tests.</summary>
internal static class PortTesting
{
    public const string OriginA = "https://a.example";
    public const string OriginB = "https://b.example";
    public const string OriginC = "https://c.example";

    /// <summary>
    /// Two entangled ports in two globals, as a transfer through window.postMessage leaves
    /// them: the way tests move other ports from one global to another.
    /// </summary>
    public static (MessagePort InFrom, MessagePort InTo) Bridge(GlobalScope from, GlobalScope to)
    {
        var inFrom = new MessagePort(from);
        var inTo = new MessagePort(to);
        MessagePort.Entangle(inFrom, inTo);
        return (inFrom, inTo);
    }

    /// <summary>Starts <paramref name="port"/> with an onmessage handler that adds every message event to the returned list.</summary>
    public static List<MessageEvent> Collect(MessagePort port)
    {
        var events = new List<MessageEvent>();
        port.SetEventHandler("message", new EventHandlerCallback(e => events.Add((MessageEvent)e)));
        return events;
    }

    /// <summary>The data of each event.</summary>
    public static List<object?> DataOf(List<MessageEvent> events) => events.ConvertAll(e => e.Data);
}

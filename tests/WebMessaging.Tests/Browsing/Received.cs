using WebMessaging.Events;
using WebMessaging.Messaging;

namespace WebMessaging.Tests.Browsing;

/// <summary>Collects the message events fired at a target, in order.</summary>
internal static class Received
{
    /// <summary>Starts listening for <paramref name="type"/> events at <paramref name="target"/>; the list fills as they fire.</summary>
    public static List<MessageEvent> At(EventTarget target, string type = "message")
    {
        var events = new List<MessageEvent>();
        target.AddEventListener(type, e => events.Add((MessageEvent)e));
        return events;
    }
}

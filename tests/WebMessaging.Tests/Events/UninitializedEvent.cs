using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

/// <summary>An event made the way document.createEvent() makes one: not initialized.</summary>
internal sealed class UninitializedEvent : Event
{
}

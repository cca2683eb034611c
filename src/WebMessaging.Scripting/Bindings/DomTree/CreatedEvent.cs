using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>An Event made by document.createEvent(): its initialized flag is unset until initEvent() runs.</summary>
internal sealed class CreatedEvent : Event
{
    public CreatedEvent(double timeStamp)
    {
        TimeStamp = timeStamp;
    }
}

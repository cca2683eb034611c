using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// https://dom.spec.whatwg.org/#interface-customevent
/// An event that carries a script value for its listeners: <c>detail</c>.
/// </summary>
public sealed class CustomEvent : Event
{
    /// <summary>Creates a custom event of <paramref name="type"/> with its flags from <paramref name="eventInitDict"/> and its detail.</summary>
    public CustomEvent(string type, EventInit? eventInitDict, object? detail)
        : base(type, eventInitDict)
    {
        Detail = detail;
    }

    /// <summary>detail: the value given at creation or by initCustomEvent (a script value of the creating realm), or null.</summary>
    public object? Detail { get; private set; }

    /// <summary>
    /// https://dom.spec.whatwg.org/#dom-customevent-initcustomevent
    /// "1. If this's dispatch flag is set, then return. 2. Initialize this with type, bubbles,
    /// and cancelable. 3. Set this's detail attribute to detail."
    /// </summary>
    public void InitCustomEvent(string type, bool bubbles, bool cancelable, object? detail)
    {
        if (IsBeingDispatched)
        {
            return;
        }

        Initialize(type, bubbles, cancelable);
        Detail = detail;
    }
}

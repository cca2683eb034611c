namespace WebMessaging.Events;

/// <summary>
/// The value of an event handler attribute such as onmessage
/// (https://html.spec.whatwg.org/multipage/webappapis.html#event-handlers).
/// </summary>
public interface IEventHandler
{
    /// <summary>
    /// Runs the handler for <paramref name="evt"/> and returns its return value when that is a
    /// boolean (a binding maps a script's <c>false</c> to false), or null for any other value.
    /// </summary>
    bool? Invoke(Event evt);
}

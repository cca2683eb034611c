namespace WebMessaging.Events;

/// <summary>
/// The callback of an event listener (https://dom.spec.whatwg.org/#callbackdef-eventlistener).
/// Two callbacks are the same listener when <see cref="object.Equals(object?)"/> says so, so a
/// binding wrapping a script function must make equal wrappers for the same function.
/// </summary>
public interface IEventListener
{
    /// <summary>Handles <paramref name="evt"/>; an exception thrown here is reported and the next listener still runs.</summary>
    void HandleEvent(Event evt);
}

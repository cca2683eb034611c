namespace WebMessaging.Scheduling;

/// <summary>
/// The task sources of the HTML standard
/// (https://html.spec.whatwg.org/multipage/webappapis.html#generic-task-sources) that this
/// runtime queues tasks on; each source has its own task queue in an <see cref="EventLoop"/>.
/// </summary>
public enum TaskSource
{
    /// <summary>The DOM manipulation task source: reactions to DOM changes, e.g. firing "load".</summary>
    DomManipulation,

    /// <summary>The user interaction task source: simulated user input.</summary>
    UserInteraction,

    /// <summary>The networking task source: reactions to (simulated) network activity.</summary>
    Networking,

    /// <summary>The navigation and traversal task source: navigation and history traversal.</summary>
    NavigationAndTraversal,

    /// <summary>The posted message task source: window.postMessage, MessagePort and BroadcastChannel deliveries.</summary>
    PostedMessage,

    /// <summary>The timer task source: setTimeout, setInterval and AbortSignal.timeout.</summary>
    Timer,

    /// <summary>Tasks queued by the host (the embedding .NET code) rather than by a web platform algorithm.</summary>
    Host,
}

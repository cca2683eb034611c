namespace WebMessaging.Events;

/// <summary>
/// A struct of an event's path (https://dom.spec.whatwg.org/#concept-event-path): the
/// invocation target and its shadow-adjusted target (non-null only for the target itself
/// while there are no shadow trees).
/// </summary>
/// <remarks>FIXME: invocation-target-in-shadow-tree, relatedTarget, touch target list, root-of-closed-tree and slot-in-closed-tree come with shadow trees.</remarks>
internal readonly record struct EventPathItem(EventTarget InvocationTarget, EventTarget? ShadowAdjustedTarget);

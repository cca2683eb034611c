namespace WebMessaging.Events;

/// <summary>
/// The flags of an event (https://dom.spec.whatwg.org/#stop-propagation-flag and the ones
/// after it) and its isTrusted attribute, packed in one field so that every event fired per
/// message stays small.
/// </summary>
[Flags]
internal enum EventFlags : ushort
{
    None = 0,
    Bubbles = 1 << 0,
    Cancelable = 1 << 1,
    IsTrusted = 1 << 2,
    StopPropagation = 1 << 3,
    StopImmediatePropagation = 1 << 4,
    Canceled = 1 << 5,
    InPassiveListener = 1 << 6,
    Composed = 1 << 7,
    Initialized = 1 << 8,
    Dispatch = 1 << 9,
}

namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/web-messaging.html#windowpostmessageoptions
/// The WindowPostMessageOptions dictionary: the targetOrigin ("/" by default) and the transfer list.
/// </summary>
public sealed class WindowPostMessageOptions
{
    /// <summary>"*", "/" (the caller's own origin), or a URL whose origin the target document must have.</summary>
    public string TargetOrigin { get; init; } = "/";

    /// <summary>Values of the caller's realm to transfer (ArrayBuffers, MessagePorts); empty by default.</summary>
    public IReadOnlyList<object?> Transfer { get; init; } = [];
}

namespace WebMessaging.Tracing;

/// <summary>The way a message travels.</summary>
public enum MessageKind
{
    /// <summary>window.postMessage.</summary>
    Window,

    /// <summary>MessagePort.postMessage.</summary>
    Port,

    /// <summary>BroadcastChannel.postMessage.</summary>
    Broadcast,

    /// <summary>Worker.postMessage or a worker global's postMessage.</summary>
    Worker,
}

using WebMessaging.Browsing;

namespace WebMessaging.Messaging;

/// <summary>
/// https://html.spec.whatwg.org/multipage/web-messaging.html#message-channels
/// A channel of two entangled ports.
/// </summary>
public sealed class MessageChannel
{
    /// <summary>
    /// "The new MessageChannel() constructor steps are: 1. Set this's port 1 to a new
    /// MessagePort in this's relevant realm. 2. Set this's port 2 to a new MessagePort in
    /// this's relevant realm. 3. Entangle this's port 1 and this's port 2."
    /// </summary>
    /// <param name="owner">The global the channel is created in (its relevant global object).</param>
    public MessageChannel(GlobalScope owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Port1 = new MessagePort(owner);
        Port2 = new MessagePort(owner);
        MessagePort.Entangle(Port1, Port2);
    }

    /// <summary>"The port1 getter steps are to return this's port 1."</summary>
    public MessagePort Port1 { get; }

    /// <summary>"The port2 getter steps are to return this's port 2."</summary>
    public MessagePort Port2 { get; }
}

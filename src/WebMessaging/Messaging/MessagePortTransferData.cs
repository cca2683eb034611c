using WebMessaging.Scheduling;

namespace WebMessaging.Messaging;

/// <summary>
/// What a MessagePort's transfer steps put in its data holder: "[[PortMessageQueue]]" and
/// "[[RemotePort]]".
/// </summary>
/// <param name="PortMessageQueue">
/// The shipped port's queued messages, in order. Messages posted to the shipped port until
/// the new port is made are added here too, so that they move with it.
/// </param>
/// <param name="RemotePort">The port the shipped port was entangled with, or null.</param>
internal sealed record MessagePortTransferData(RingQueue<PortMessage> PortMessageQueue, MessagePort? RemotePort)
{
    /// <summary>The new port the transfer-receiving steps made, once they ran: later messages to the shipped port go there.</summary>
    public MessagePort? ReceivedBy { get; set; }
}

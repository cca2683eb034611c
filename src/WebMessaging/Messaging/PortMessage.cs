namespace WebMessaging.Messaging;

/// <summary>
/// A task of a port message queue: the serialized message waiting to be fired as a message
/// event at whichever port's queue it finds itself in.
/// </summary>
/// <param name="Message">The serializeWithTransferResult of the message port post message steps (or its packed form).</param>
/// <param name="Post">How the trace recorded the post, or null when the trace was off.</param>
internal readonly record struct PortMessage(SerializedMessage Message, TracedPost? Post);

using WebMessaging.Browsing;
using WebMessaging.Cloning.Records;
using WebMessaging.Events;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Messaging;

/// <summary>
/// https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts
/// "Pages on a single origin opened by the same user in the same user agent but in different
/// unrelated browsing contexts sometimes need to send notifications to each other": a
/// BroadcastChannel delivers every message posted on it to every other open channel of the
/// same name and origin in the browser.
/// </summary>
public sealed class BroadcastChannel : EventTarget
{
    private static long s_nextId;
    private TraceParticipant? _participant;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel
    /// "The new BroadcastChannel(name) constructor steps are: 1. Set this's channel name to
    /// name. 2. Set this's closed flag to false."
    /// </summary>
    /// <param name="owner">The global the channel is created in (its relevant global object).</param>
    /// <param name="name">The channel name; channels of one origin with the same name talk to each other.</param>
    public BroadcastChannel(GlobalScope owner, string name)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(name);
        Owner = owner;
        Name = name;
        IsClosed = false;

        // IMPLEMENTATION DEFINED: the storage key for non-storage purposes is the origin of the
        // global at creation (there is no storage partitioning here).
        StorageKey = owner.Origin;
        Id = "broadcast#" + Interlocked.Increment(ref s_nextId);
        owner.Browser.BroadcastChannels.Add(this);
    }

    /// <summary>The channel's relevant global object: where its events fire and its messages are deserialized.</summary>
    public GlobalScope Owner { get; }

    /// <summary>"The name getter steps are to return this's channel name."</summary>
    public string Name { get; }

    /// <summary>The closed flag: set by <see cref="Close"/>; a closed channel neither sends nor receives.</summary>
    public bool IsClosed { get; private set; }

    /// <summary>A stable identity within the process, e.g. "broadcast#3", used by the trace.</summary>
    public string Id { get; }

    /// <summary>This channel as a participant of the message trace (its label is the channel name).</summary>
    public TraceParticipant Participant => _participant ??= new TraceParticipant(Id, "broadcast", StorageKey.Serialize(), Name);

    /// <inheritdoc />
    public override IEventEnvironment? Environment => Owner;

    /// <summary>The relevant storage key: the origin of the owner at creation.</summary>
    internal Origin StorageKey { get; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel-postmessage
    /// "The postMessage(message) method steps are:"
    /// </summary>
    /// <param name="message">A value of the owner's realm.</param>
    /// <exception cref="DomException">InvalidStateError: the channel is closed.</exception>
    /// <exception cref="DataCloneException">The message cannot be cloned.</exception>
    public void PostMessage(object? message)
    {
        // "1. If this's closed flag is true, then throw an "InvalidStateError" DOMException."
        if (IsClosed)
        {
            throw new DomException("InvalidStateError", $"The BroadcastChannel \"{Name}\" is closed: a closed channel cannot post messages.");
        }

        // "2. Let serialized be ? StructuredSerialize(message)."
        var serialized = Owner.Realm.Serialize(message);

        // "3. Let sourceOrigin be this's relevant settings object's origin."
        var sourceOrigin = Owner.Origin.Serialize();

        // "4. Let sourceStorageKey be the result of running obtain a storage key for
        // non-storage purposes with this's relevant settings object."
        var sourceStorageKey = StorageKey;

        var trace = Owner.Browser.Trace;
        var messageId = 0L;
        if (trace.IsRecording)
        {
            messageId = trace.NextMessageId();
            trace.Record(Owner.EventLoop.Now, TraceEventKind.Posted, MessageKind.Broadcast, messageId, Participant, null, null, DropReason.None, SerializedPreview.Format(serialized));
        }

        // "5. Let destinations be a list of BroadcastChannel objects that match the following
        // criteria:
        //   - their relevant global object is either: a Window object whose associated Document
        //     is fully active, or a WorkerGlobalScope object whose closing flag is false and
        //     whose worker is not a suspendable worker.
        //   - their relevant storage key is equal to sourceStorageKey.
        //   - their channel name is this's channel name."
        // FIXME: "fully active" and "suspendable worker" are approximated by the global not
        // being closed, until documents have an active state and workers can be suspended.
        var destinations = new List<BroadcastChannel>();
        Owner.Browser.BroadcastChannels.CopyOpenChannels(sourceStorageKey, Name, destinations);

        // "6. Remove source from destinations."
        destinations.Remove(this);

        // "7. Sort destinations such that all BroadcastChannel objects whose relevant agents are
        // the same are sorted in creation order, oldest first. (This does not define a complete
        // ordering. Within this constraint, user agents may sort the list in any
        // implementation-defined manner.)"
        // The registry keeps each name's channels in creation order, and every global of a
        // browser shares its one event loop, so the list is already sorted.

        // "8. For each destination in destinations, queue a global task on the DOM manipulation
        // task source given destination's relevant global object to perform the following steps:"
        var sender = trace.IsRecording ? Participant : null;
        foreach (var destination in destinations)
        {
            destination.Owner.QueueGlobalTask(
                TaskSource.DomManipulation,
                () => destination.DeliverSteps(serialized, sourceOrigin, messageId, sender),
                "BroadcastChannel message");
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel-close
    /// "The close() method steps are to set this's closed flag to true."
    /// </summary>
    public void Close()
    {
        if (IsClosed)
        {
            return;
        }

        IsClosed = true;

        // "While a BroadcastChannel object whose closed flag is false has an event listener
        // registered whose type is one of message or messageerror, there must be a strong
        // reference from the BroadcastChannel object's relevant global object to the
        // BroadcastChannel object itself." The registry is that reference: once closed, the
        // channel leaves it.
        Owner.Browser.BroadcastChannels.Remove(this);
    }

    // The steps of the task queued by step 8, for one destination.
    private void DeliverSteps(SerializedValue serialized, string sourceOrigin, long messageId, TraceParticipant? sender)
    {
        var trace = Owner.Browser.Trace;

        // "1. If destination's closed flag is true, then abort these steps."
        if (IsClosed || Owner.IsClosed)
        {
            RecordDelivery(trace, messageId, sender, TraceEventKind.Dropped, IsClosed ? DropReason.PortClosed : DropReason.TargetClosed);
            return;
        }

        // "2. Let targetRealm be destination's relevant realm."
        var targetRealm = Owner.Realm;

        // "3. Let data be StructuredDeserialize(serialized, targetRealm). If this throws an
        // exception, catch it, fire an event named messageerror at destination, using
        // MessageEvent, with the origin attribute initialized to the serialization of
        // sourceOrigin, and then abort these steps."
        object? data;
        try
        {
            data = targetRealm.Deserialize(serialized);
        }
        catch (Exception)
        {
            RecordDelivery(trace, messageId, sender, TraceEventKind.Dropped, DropReason.CloneFailed);
            FireEvent(new MessageEvent("messageerror", null, sourceOrigin, null, MessageEvent.EmptyPorts, Owner.EventLoop.Now));
            return;
        }

        // "4. Fire an event named message at destination, using MessageEvent, with the data
        // attribute initialized to data and the origin attribute initialized to the
        // serialization of sourceOrigin."
        RecordDelivery(trace, messageId, sender, TraceEventKind.Delivered, DropReason.None);
        FireEvent(new MessageEvent("message", data, sourceOrigin, null, MessageEvent.EmptyPorts, Owner.EventLoop.Now));
    }

    private void RecordDelivery(MessageTrace trace, long messageId, TraceParticipant? sender, TraceEventKind eventKind, DropReason reason)
    {
        if (sender is not null && trace.IsRecording)
        {
            trace.Record(Owner.EventLoop.Now, eventKind, MessageKind.Broadcast, messageId, sender, Participant, null, reason, "");
        }
    }
}

using System.Collections.ObjectModel;
using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Events;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Messaging;

/// <summary>
/// https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports
/// "Each channel has two message ports. Data sent through one port is received by the other
/// port, and vice versa." A port belongs to one global (its relevant global object); moving
/// it to another global is a transfer, which makes a new port there.
/// </summary>
public sealed class MessagePort : EventTarget, ITransferable
{
    private const string InterfaceNameValue = "MessagePort";
    private const string MessageTaskDescription = "MessagePort message";

    // The transfer list of a message posted without one. A List rather than an empty array:
    // calls through IReadOnlyList<T> on an array take the runtime's slow array-interface
    // dispatch, and every serialization asks the list for its Count.
    private static long s_nextId;

    // "Each MessagePort object also has a task source called the port message queue, initially
    // empty. A port message queue can be enabled or disabled, and is initially disabled."
    private RingQueue<PortMessage> _portMessageQueue = new();
    private bool _portMessageQueueEnabled;
    private MessagePort? _entangledPort;

    // Set when this port was transferred away: until the new port is made on the receiving
    // side, messages posted to this port join the queue that moves with it.
    private MessagePortTransferData? _shippedWith;
    private TraceParticipant? _participant;
    private readonly Action _runOnePortMessageTask;

    // The owner's event loop and the browser's trace and port gate, which never change: read
    // once, not through the owner for every message.
    private readonly EventLoop _eventLoop;
    private readonly MessageTrace _trace;
    private readonly object? _gate;

    /// <summary>Creates a port whose relevant global object is <paramref name="owner"/>.</summary>
    internal MessagePort(GlobalScope owner)
    {
        Owner = owner;
        Id = "port#" + Interlocked.Increment(ref s_nextId);
        _runOnePortMessageTask = RunOnePortMessageTask;
        _eventLoop = owner.EventLoop;
        _trace = owner.Browser.Trace;
        _gate = owner.Browser.PortGate;
    }

    /// <summary>The port's relevant global object: where its events fire and its messages are deserialized.</summary>
    public GlobalScope Owner { get; }

    /// <summary>A stable identity within the process, e.g. "port#7", used by the trace.</summary>
    public string Id { get; }

    /// <summary>"A MessagePort also has a has been shipped flag, which must initially be false."</summary>
    public bool HasBeenShipped { get; private set; }

    /// <summary>Whether the port is entangled with another port (its channel is open).</summary>
    public bool IsEntangled => _entangledPort is not null;

    /// <summary>Whether the port is closed or has been transferred away ([[Detached]]).</summary>
    public bool IsDetached { get; private set; }

    /// <summary>Whether the port message queue is enabled (by start() or by setting onmessage).</summary>
    public bool IsStarted => _portMessageQueueEnabled;

    /// <summary>This port as a participant of the message trace (a worker's implicit port appears as the global at its end).</summary>
    public TraceParticipant Participant => _participant ??= TraceAs?.Participant ?? new TraceParticipant(Id, "port", Owner.Origin.Serialize(), Owner.Label);

    /// <inheritdoc />
    public override IEventEnvironment? Environment => Owner;

    /// <inheritdoc />
    string ITransferable.InterfaceName => InterfaceNameValue;

    /// <inheritdoc />
    bool ITransferable.IsDetached
    {
        get => IsDetached;
        set => IsDetached = value;
    }

    /// <summary>The port this one is entangled with, if any.</summary>
    internal MessagePort? EntangledPort => _entangledPort;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#message-event-target
    /// "Each MessagePort object has a message event target (a MessageEventTarget), to which the
    /// message and messageerror events are dispatched. Unless otherwise specified, it defaults
    /// to the MessagePort object itself." A worker's implicit ports fire at the Worker object
    /// and at the worker's global.
    /// </summary>
    internal EventTarget? MessageEventTarget { get; set; }

    /// <summary>The global a worker's implicit port stands for in the trace, or null for a plain port.</summary>
    internal GlobalScope? TraceAs { get; set; }

    /// <summary>How the trace names messages through this port: Port, or Worker for a worker's implicit ports.</summary>
    internal MessageKind TraceKind { get; set; } = MessageKind.Port;

    // The browser's port gate when workers run on threads of their own (null otherwise): the
    // port message queues and the entanglement of ports are then shared between threads.
    private object? Gate => _gate;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-messageport-postmessage
    /// "The postMessage(message, transfer) method steps are: 1. Let targetPort be the port
    /// with which this is entangled, if any; otherwise let it be null. 2. Let options be
    /// «[ "transfer" → transfer ]». 3. Run the message port post message steps providing
    /// this, targetPort, message and options."
    /// </summary>
    /// <param name="message">A value of the owner's realm.</param>
    /// <param name="transfer">Values of the owner's realm to transfer (ArrayBuffers, MessagePorts).</param>
    /// <exception cref="DataCloneException">The message cannot be cloned, or the transfer list is invalid (it contains this port, a detached object or a duplicate).</exception>
    public void PostMessage(object? message, IReadOnlyList<object?>? transfer = null) =>
        PostMessageSteps(_entangledPort, message, transfer ?? TransferList.Empty);

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-messageport-start
    /// "The start() method steps are to enable this's port message queue, if it is not
    /// already enabled."
    /// </summary>
    public void Start()
    {
        using var gate = PortGate.Enter(Gate);
        if (_portMessageQueueEnabled)
        {
            return;
        }

        _portMessageQueueEnabled = true;

        // "When a port's port message queue is enabled, the event loop must use it as one of
        // its task sources." The tasks already waiting become runnable now, in order.
        for (var i = 0; i < _portMessageQueue.Count; i++)
        {
            QueuePortMessageTask();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-messageport-close
    /// "The close() method steps are: 1. Set this's [[Detached]] internal slot value to true.
    /// 2. If this is entangled, disentangle it."
    /// </summary>
    public void Close()
    {
        // IMPLEMENTATION DEFINED: a port that was transferred away is inert, as in browsers:
        // closing it must not close the channel its new port now owns.
        using var gate = PortGate.Enter(Gate);
        if (_shippedWith is not null)
        {
            return;
        }

        IsDetached = true;
        if (_entangledPort is not null)
        {
            Disentangle();
        }

        // IMPLEMENTATION DEFINED: as in Chromium, a closed port fires no more message events,
        // not even for messages already in its queue; they are dropped now (with any port they
        // carry) rather than kept until their tasks run.
        while (_portMessageQueue.TryDequeue(out var message))
        {
            RecordDelivery(_trace, message, TraceEventKind.Dropped, DropReason.PortClosed);
            message.Message.Discard();
        }
    }

    /// <summary>
    /// Drops every message waiting in the port message queue (traced as dropped because the
    /// target closed), as terminating a worker does to the port its implicit port is entangled with.
    /// </summary>
    internal void EmptyPortMessageQueue()
    {
        using var gate = PortGate.Enter(Gate);
        while (_portMessageQueue.TryDequeue(out var message))
        {
            RecordDelivery(_trace, message, TraceEventKind.Dropped, DropReason.TargetClosed);
            message.Message.Discard();
        }
    }

    /// <summary>The .NET realm's registration of MessagePort for a global: new ports are created there on transfer.</summary>
    internal static ClrPlatformInterface CreateClrInterface(GlobalScope owner) =>
        new(InterfaceNameValue, () => new MessagePort(owner))
        {
            TransferReceivingSteps = static (dataHolder, value) => ((MessagePort)value).TransferReceivingSteps(dataHolder),
        };

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#entangle
    /// "To entangle two MessagePort objects port1 and port2:"
    /// </summary>
    internal static void Entangle(MessagePort port1, MessagePort port2)
    {
        // "1. If one of the ports is already entangled, then disentangle it and the port that
        // it was entangled with."
        // IMPLEMENTATION DEFINED: entangling happens only for a new channel and in the
        // transfer-receiving steps, where the old partner is the shipped (detached) port, which
        // no script can observe any more.
        port1.ReleaseEntanglement();
        port2.ReleaseEntanglement();

        // "2. Associate the two ports to be entangled, so that they form the two parts of a new
        // channel. (There is no MessageChannel object that represents this channel.)"
        port1._entangledPort = port2;
        port2._entangledPort = port1;
    }

    /// <summary>
    /// A message carrying ports will never be delivered (its target closed, it was doomed, or
    /// it could not be deserialized): each port it shipped is lost, so the port that was
    /// entangled with it is let go (disentangled), as Chromium does when a port disappears.
    /// Other message kinds (window, broadcast) call this for their dropped messages.
    /// </summary>
    internal static void DiscardTransferredPorts(SerializedWithTransfer? data)
    {
        // A packed message carries no transferred objects.
        if (data is null)
        {
            return;
        }

        var holders = data.TransferDataHolders;
        if (holders.Count == 0)
        {
            return;
        }
        for (var i = 0; i < holders.Count; i++)
        {
            if (holders[i].PlatformData is not MessagePortTransferData shipped)
            {
                continue;
            }

            if (shipped.RemotePort is { } remotePort
                && remotePort._entangledPort is { } lostPort
                && ReferenceEquals(lostPort._shippedWith, shipped))
            {
                lostPort.Disentangle();
            }

            // The messages that were waiting for the lost port will never be delivered either.
            if (shipped.ReceivedBy is null)
            {
                while (shipped.PortMessageQueue.TryDequeue(out var message))
                {
                    message.Message.Discard();
                }
            }
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#message-port-post-message-steps
    /// The message port post message steps, given sourcePort (this), targetPort, message and options.
    /// </summary>
    internal void PostMessageSteps(MessagePort? targetPort, object? message, IReadOnlyList<object?> transfer)
    {
        var realm = Owner.Realm;

        // IMPLEMENTATION DEFINED: a port that was transferred away is inert, as in browsers
        // (the spec would still find its old partner until the new port is made).
        if (_shippedWith is not null)
        {
            targetPort = null;
        }

        // "1. Let transfer be options["transfer"]."
        // "2. If transfer contains sourcePort, then throw a "DataCloneError" DOMException."
        // "3. Let doomed be false."
        var doomed = false;
        for (var i = 0; i < transfer.Count; i++)
        {
            var transferable = realm.GetTransferable(transfer[i]);
            if (ReferenceEquals(transferable, this))
            {
                throw new DataCloneException($"{Id} could not be transferred: the source port cannot be in its own transfer list.");
            }

            // "4. If targetPort is not null and transfer contains targetPort, then set doomed
            // to true, and optionally report to a developer console that the target port was
            // posted to itself, causing the communication channel to be lost."
            if (targetPort is not null && ReferenceEquals(transferable, targetPort))
            {
                doomed = true;
            }
        }

        // "5. Let serializeWithTransferResult be ? StructuredSerializeWithTransfer(message, transfer)."
        var serializeWithTransferResult = SerializedMessage.SerializeWithTransfer(realm, message, transfer);

        var trace = _trace;
        TracedPost? post = null;
        if (trace.IsRecording)
        {
            post = new TracedPost(trace.NextMessageId(), Participant);
            trace.Record(_eventLoop.Now, TraceEventKind.Posted, TraceKind, post.MessageId, post.Sender, targetPort?.Participant, null, DropReason.None, SerializedPreview.Format(serializeWithTransferResult.Preview()));
        }

        // With workers on threads of their own, the target's queue may be read by another
        // thread: the gate makes adding to it one step (one sender's messages keep their order).
        using var gate = PortGate.Enter(Gate);

        // "6. If targetPort is null, or if doomed is true, then return."
        if (targetPort is null || doomed)
        {
            if (post is not null && trace.IsRecording)
            {
                trace.Record(_eventLoop.Now, TraceEventKind.Dropped, TraceKind, post.MessageId, post.Sender, targetPort?.Participant, null, doomed ? DropReason.Doomed : DropReason.PortClosed, "");
            }

            // IMPLEMENTATION DEFINED: the spec leaves a doomed channel entangled with a port
            // nobody will ever receive, where later messages would pile up; the lost ports are
            // let go instead, so this port is disentangled as for any lost partner.
            serializeWithTransferResult.Discard();
            return;
        }

        // "7. Add a task that runs the following steps to the port message queue of targetPort:"
        targetPort.AddPortMessageTask(new PortMessage(serializeWithTransferResult, post));
    }

    /// <inheritdoc />
    protected override void OnEventHandlerSet(string type, IEventHandler? handler)
    {
        // https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports
        // "The first time a MessagePort object's onmessage IDL attribute is set, the port's
        // port message queue must be enabled, as if the start() method had been called."
        if (type == "message")
        {
            Start();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports
    /// "Their transfer steps, given value and dataHolder, are:"
    /// </summary>
    void ITransferable.TransferSteps(TransferDataHolder dataHolder)
    {
        using var gate = PortGate.Enter(Gate);

        // "1. Set value's has been shipped flag to true."
        HasBeenShipped = true;

        // "2. Set dataHolder.[[PortMessageQueue]] to value's port message queue."
        // The queue object itself moves: tasks of this port that are already queued on the
        // event loop find it gone and do nothing, and messages posted to this port until the
        // new port exists are added to it (see AddPortMessageTask).
        var queue = _portMessageQueue;
        _portMessageQueue = new RingQueue<PortMessage>();

        // "3. If value is entangled with another port remotePort, then:
        //   1. Set remotePort's has been shipped flag to true.
        //   2. Set dataHolder.[[RemotePort]] to remotePort."
        // "4. Otherwise, set dataHolder.[[RemotePort]] to null."
        var remotePort = _entangledPort;
        if (remotePort is not null)
        {
            remotePort.HasBeenShipped = true;
        }

        _shippedWith = new MessagePortTransferData(queue, remotePort);
        dataHolder.SetPlatformObject(InterfaceNameValue, _shippedWith);
    }

    /// <summary>
    /// "Their transfer-receiving steps, given dataHolder and value, are:"
    /// </summary>
    private void TransferReceivingSteps(TransferDataHolder dataHolder)
    {
        var data = (MessagePortTransferData)dataHolder.PlatformData!;
        using var gate = PortGate.Enter(Gate);
        data.ReceivedBy = this;

        // "1. Set value's has been shipped flag to true."
        HasBeenShipped = true;

        // "2. Move all the tasks that are to fire message events in
        // dataHolder.[[PortMessageQueue]] to the port message queue of value, if any, leaving
        // value's port message queue in its initial disabled state, and, if value's relevant
        // global object is a Window, associating the moved tasks with value's relevant global
        // object's associated Document."
        _portMessageQueue = data.PortMessageQueue;

        // "3. If dataHolder.[[RemotePort]] is not null, then entangle dataHolder.[[RemotePort]]
        // and value. (This will disentangle dataHolder.[[RemotePort]] from the original port
        // that was transferred.)"
        if (data.RemotePort is not null)
        {
            Entangle(data.RemotePort, this);
        }
    }

    private void AddPortMessageTask(PortMessage message)
    {
        // A port shipped but not yet received forwards to the queue that travels with it; once
        // received (a sender on another thread may still hold the shipped port), to the new port.
        if (_shippedWith is { } shipped)
        {
            if (shipped.ReceivedBy is { } newPort)
            {
                newPort.AddPortMessageTask(message);
            }
            else
            {
                shipped.PortMessageQueue.Enqueue(message);
            }

            return;
        }

        // A port closed while the message was on its way (only possible from another thread),
        // or a port whose global is gone (a terminated worker): nothing will ever run it.
        if (IsDetached || Owner.IsClosed)
        {
            RecordDelivery(_trace, message, TraceEventKind.Dropped, IsDetached ? DropReason.PortClosed : DropReason.TargetClosed);
            message.Message.Discard();
            return;
        }

        _portMessageQueue.Enqueue(message);
        if (_portMessageQueueEnabled)
        {
            QueuePortMessageTask();
        }
    }

    private void QueuePortMessageTask() =>
        _eventLoop.QueueTask(TaskSource.PostedMessage, Owner, _runOnePortMessageTask, MessageTaskDescription);

    // The steps of a task added by the message port post message steps (step 7).
    private void RunOnePortMessageTask()
    {
        // "1. Let finalTargetPort be the MessagePort in whose port message queue the task now
        // finds itself. (This can be different from targetPort, if targetPort itself was
        // transferred and thus all its tasks moved along with it.)"
        // A task whose message moved with a transfer (or was dropped by close()) finds the
        // queue empty: its message now runs from the new port's queue instead. (The oldest
        // message is read in place, without copying the whole entry out.)
        SerializedMessage serialized;
        TracedPost? post;
        bool moreFollow;
        using (PortGate.Enter(Gate))
        {
            if (_portMessageQueue.Count == 0)
            {
                return;
            }

            ref PortMessage head = ref _portMessageQueue.Head;
            serialized = head.Message;
            post = head.Post;
            _portMessageQueue.RemoveHead();
            moreFollow = _portMessageQueue.Count > 0;
        }

        var finalTargetPort = this;
        var trace = _trace;
        if (IsDetached || Owner.IsClosed)
        {
            // IMPLEMENTATION DEFINED: as in browsers, a closed port (or a port of a closed
            // global) fires no more message events, even for messages already queued.
            RecordDelivery(trace, post, TraceEventKind.Dropped, IsDetached ? DropReason.PortClosed : DropReason.TargetClosed);
            using (PortGate.Enter(Gate))
            {
                serialized.Discard();
            }

            return;
        }

        // "2. Let targetRealm be finalTargetPort's relevant realm."
        var targetRealm = finalTargetPort.Owner.Realm;

        // "3. Let deserializeRecord be StructuredDeserializeWithTransfer(serializeWithTransferResult,
        // targetRealm). If this throws an exception, catch it, fire an event named messageerror
        // at finalTargetPort, using MessageEvent, and then return."
        object? messageClone;
        IReadOnlyList<MessagePort> newPorts;
        try
        {
            // "4. Let messageClone be deserializeRecord.[[Deserialized]]."
            // "5. Let newPorts be a new frozen array consisting of all MessagePort objects in
            // deserializeRecord.[[TransferredValues]], if any, maintaining their relative order."
            messageClone = serialized.DeserializeWithTransfer(targetRealm, out newPorts, moreFollow);
        }
        catch (Exception)
        {
            RecordDelivery(trace, post, TraceEventKind.Dropped, DropReason.CloneFailed);
            using (PortGate.Enter(Gate))
            {
                // (a packed message was released when it was read)
                DiscardTransferredPorts(serialized.Data);
            }

            (finalTargetPort.MessageEventTarget ?? finalTargetPort).FireEvent(new MessageEvent("messageerror", null, "", null, MessageEvent.EmptyPorts, _eventLoop.Now));
            return;
        }

        // "6. Fire an event named message at finalTargetPort, using MessageEvent, with the data
        // attribute initialized to messageClone and the ports attribute initialized to newPorts."
        RecordDelivery(trace, post, TraceEventKind.Delivered, DropReason.None);
        (finalTargetPort.MessageEventTarget ?? finalTargetPort).FireEvent(new MessageEvent("message", messageClone, "", null, newPorts, _eventLoop.Now));
    }

    /// <summary>The MessagePorts among transferred values, in order, as a frozen array (a shared helper of every message kind).</summary>
    internal static IReadOnlyList<MessagePort> CollectPorts(IRealm realm, IReadOnlyList<object?> transferredValues)
    {
        var count = 0;
        for (var i = 0; i < transferredValues.Count; i++)
        {
            if (realm.GetTransferable(transferredValues[i]) is MessagePort)
            {
                count++;
            }
        }

        if (count == 0)
        {
            return MessageEvent.EmptyPorts;
        }

        var ports = new MessagePort[count];
        count = 0;
        for (var i = 0; i < transferredValues.Count; i++)
        {
            if (realm.GetTransferable(transferredValues[i]) is MessagePort port)
            {
                ports[count++] = port;
            }
        }

        return new ReadOnlyCollection<MessagePort>(ports);
    }

    private void RecordDelivery(MessageTrace trace, PortMessage message, TraceEventKind eventKind, DropReason reason) =>
        RecordDelivery(trace, message.Post, eventKind, reason);

    private void RecordDelivery(MessageTrace trace, TracedPost? post, TraceEventKind eventKind, DropReason reason)
    {
        // A message posted while the trace was off has no Posted entry to link to.
        if (post is not null && trace.IsRecording)
        {
            trace.Record(_eventLoop.Now, eventKind, TraceKind, post.MessageId, post.Sender, Participant, null, reason, "");
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#disentangle
    /// "To disentangle a MessagePort initiatorPort:"
    /// </summary>
    private void Disentangle()
    {
        using var gate = PortGate.Enter(Gate);
        // "1. Let otherPort be the MessagePort which initiatorPort was entangled with."
        // "2. Assert: otherPort exists."
        // "3. Disentangle the initiatorPort and otherPort, so that they are no longer entangled
        // or associated with each other."
        // NOTE: no close event is fired at either port. The close event was proposed but is
        // not part of the standard: Chromium fires none, and web-platform-tests'
        // webmessaging/message-channels/historical.any.js asserts that none fires and that
        // MessagePort has no onclose.
        ReleaseEntanglement();
    }


    private void ReleaseEntanglement()
    {
        if (_entangledPort is { } other)
        {
            other._entangledPort = null;
            _entangledPort = null;
        }
    }
}

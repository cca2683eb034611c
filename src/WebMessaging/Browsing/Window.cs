using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Origins;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-window-object
/// The global object of a document shown in a top-level window, a nested frame or a popup,
/// with the members that relate windows to each other and window.postMessage.
/// </summary>
/// <remarks>
/// A <see cref="Window"/> also serves as its WindowProxy: each navigable has one Window for its
/// whole life, and a navigation (<see cref="Browser.Navigate"/>) replaces its document (URL,
/// origin, realm) in place, so a reference keeps following the navigable as a WindowProxy
/// does. Windows are made by a <see cref="Browser"/> (<see cref="Browser.OpenWindow"/>,
/// <see cref="Browser.CreateFrame"/>, <see cref="Browser.Open"/>); there is no HTML here, only
/// the documents' URLs and origins.
/// </remarks>
public sealed class Window : GlobalScope
{
    private const string MessageTaskDescription = "Window message";

    private readonly bool _isHost;

    // "this's navigable" / "this's browsing context": null once the document was discarded.
    private BrowsingContext? _browsingContext;

    // Messages queued for this window and not yet delivered or dropped, oldest first, so that
    // discarding the window can trace them as dropped.
    private Queue<WindowMessage>? _pendingMessages;
    private TraceParticipant? _participant;

    internal Window(Browser browser, BrowsingContext browsingContext, Url url, Origin origin, bool isHost = false)
        : base(browser, origin, isHost ? "host" : "window")
    {
        _browsingContext = browsingContext;
        _isHost = isHost;
        Url = url;
        browsingContext.ActiveWindow = this;
    }

    /// <summary>The URL of the window's current document.</summary>
    public Url Url { get; private set; }

    /// <summary>The URL of the window's current document ("host" for <see cref="Browser.Host"/>).</summary>
    public override string Label => _isHost ? "host" : Url.Href;

    /// <summary>Whether the window is closed (<see cref="Closed"/>): it receives no more messages.</summary>
    public override bool IsClosed => Closed;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-name
    /// The window's name (its navigable's target name), which window.open targets and
    /// <see cref="FrameByName"/> finds; empty once the window is closed.
    /// </summary>
    public string Name
    {
        get
        {
            // "The name getter steps are: 1. If this's navigable is null, then return the empty
            // string. 2. Return this's navigable's target name."
            return _browsingContext?.TargetName ?? "";
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);

            // "The name setter steps are: 1. If this's navigable is null, then return. 2. Set
            // this's navigable's active session history entry's document state's navigable
            // target name to the given value."
            if (_browsingContext is { } navigable)
            {
                navigable.TargetName = value;
            }
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-parent
    /// The parent window of a frame; a top-level window's parent is itself; null once closed.
    /// </summary>
    public Window? Parent
    {
        get
        {
            // "1. Let navigable be this's navigable."
            var navigable = _browsingContext;

            // "2. If navigable is null, then return null."
            if (navigable is null)
            {
                return null;
            }

            // "3. If navigable's parent is not null, then set navigable to navigable's parent."
            if (navigable.Parent is { } parent)
            {
                navigable = parent;
            }

            // "4. Return navigable's active WindowProxy."
            return navigable.ActiveWindow;
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-top
    /// The window of the top-level traversable this window is in (itself when top-level); null once closed.
    /// </summary>
    public Window? Top
    {
        get
        {
            // "1. If this's navigable is null, then return null."
            // "2. Return this's navigable's top-level traversable's active WindowProxy."
            return _browsingContext?.Top.ActiveWindow;
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-opener
    /// The window that opened this popup with window.open (null when none, after noopener, or
    /// once set to null). Only null can be set.
    /// </summary>
    /// <exception cref="ArgumentException">A value other than null was set.</exception>
    public Window? Opener
    {
        get
        {
            // "1. Let current be this's browsing context."
            // "2. If current is null, then return null."
            // "3. If current's opener browsing context is null, then return null."
            // "4. Return current's opener browsing context's WindowProxy object."
            return _browsingContext?.OpenerBrowsingContext?.ActiveWindow;
        }

        set
        {
            // "2. If the given value is non-null, then perform ? DefinePropertyOrThrow(this,
            // "opener", { [[Value]]: the given value, ... })."
            // That only shadows the attribute with a data property of the page's script: there
            // is nothing to shadow for .NET code.
            if (value is not null)
            {
                throw new ArgumentException($"Window.Opener of {Label} can only be set to null (which forgets the opener); a script's own 'opener = value' is a property of the script's global, not of the window.", nameof(value));
            }

            // "1. If the given value is null and this's browsing context is non-null, then set
            // this's browsing context's opener browsing context to null."
            if (_browsingContext is { } current)
            {
                current.OpenerBrowsingContext = null;
            }
        }
    }

    /// <summary>https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-frames: the window itself, whose indexer lists its frames.</summary>
    public Window Frames => this;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-length
    /// "The length getter steps are to return this's associated Document's document-tree child
    /// navigables's size": the number of frames directly inside this window.
    /// </summary>
    public int Length => _browsingContext?.Children.Count ?? 0;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-window-closed
    /// "The closed getter steps are to return true if this's browsing context is null or its is
    /// closing is true; otherwise false."
    /// </summary>
    public bool Closed => _browsingContext is not { IsClosing: false };

    /// <summary>
    /// window[index]: the frame at <paramref name="index"/> directly inside this window, in tree
    /// (creation) order, or null when there is none.
    /// </summary>
    public Window? this[int index]
    {
        get
        {
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#windowproxy-getownproperty
            // "2. If P is an array index property name, then:"
            // "1. Let index be ! ToUint32(P)."
            // "2. Let children be the document-tree child navigables of W's associated Document."
            // "3. Let value be undefined."
            // "4. If index is less than children's size, then: ... Set value to children[index]'s
            // active WindowProxy."
            // IMPLEMENTATION DEFINED: an index out of range gives null to .NET code; the script
            // bindings give undefined, or throw a "SecurityError" to a cross-origin caller.
            var children = _browsingContext?.Children;
            return children is not null && (uint)index < (uint)children.Count ? children[index].ActiveWindow : null;
        }
    }

    /// <summary>
    /// window[name] for frames: the first frame directly inside this window whose name is
    /// <paramref name="name"/>, when its document is same origin with this window; otherwise null
    /// (a cross-origin frame's name, which its own page sets, does not show through).
    /// </summary>
    public Window? FrameByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var children = _browsingContext?.Children;
        if (children is null || name.Length == 0)
        {
            return null;
        }

        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#document-tree-child-navigable-target-name-property-set
        // "1. Let children be the document-tree child navigables of window's associated Document."
        // "2. Let firstNamedChildren be an empty ordered set."
        // "3. For each navigable of children: 1. Let name be navigable's target name. 2. If name
        // is the empty string, then continue. 3. If firstNamedChildren contains a navigable whose
        // target name is name, then continue. 4. Append navigable to firstNamedChildren."
        // Only the first navigable named name matters here: it is the one firstNamedChildren holds.
        foreach (var navigable in children)
        {
            if (!string.Equals(navigable.TargetName, name, StringComparison.Ordinal))
            {
                continue;
            }

            // "5. For each navigable of firstNamedChildren: 1. Let name be navigable's target
            // name. 2. If navigable's active document's origin is same origin with window's
            // relevant settings object's origin, then append name to names."
            // "To determine the value of a named property name ... Return container's content
            // navigable's active WindowProxy": the first navigable of that name, the same one.
            var window = navigable.ActiveWindow;
            return window.Origin.IsSameOrigin(Origin) ? window : null;
        }

        return null;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-window-close
    /// Closes a top-level window or popup: <see cref="Closed"/> is true at once, and the window
    /// and its frames are discarded in a task. Does nothing for a frame.
    /// </summary>
    public void Close()
    {
        // "1. Let thisTraversable be this's navigable."
        var thisTraversable = _browsingContext;

        // "2. If thisTraversable is not a top-level traversable, then return."
        // "3. If thisTraversable's is closing is true, then return."
        if (thisTraversable is null || !thisTraversable.IsTopLevel || thisTraversable.IsClosing)
        {
            return;
        }

        // "4. Let browsingContext be thisTraversable's active browsing context."
        // "5. Let sourceSnapshotParams be the result of snapshotting source snapshot params given
        // thisTraversable's active document."
        // "6. If all the following are true: thisTraversable is script-closable; the incumbent
        // global object's browsing context is familiar with browsingContext; and the incumbent
        // global object's navigable is allowed by sandboxing to navigate thisTraversable, given
        // sourceSnapshotParams, then:"
        // IMPLEMENTATION DEFINED: the host, not a page, calls Close: every top-level traversable
        // is closable for it (windows the host opened included), and the host is familiar with
        // and allowed to navigate every window. The script bindings add the checks for pages.
        // "1. Set thisTraversable's is closing to true."
        thisTraversable.IsClosing = true;

        // "2. Queue a task on the DOM manipulation task source to definitely close thisTraversable."
        EventLoop.QueueTask(TaskSource.DomManipulation, null, () => Browser.DefinitelyClose(this), "Window close");
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-window-postmessage
    /// window.postMessage(message, targetOrigin, transfer): queues <paramref name="message"/>
    /// (a clone, made now) for this window, to be delivered only if this window's document, at
    /// delivery, has the origin <paramref name="targetOrigin"/> names.
    /// </summary>
    /// <param name="message">A value of the source window's realm.</param>
    /// <param name="targetOrigin">"*" (any origin), "/" (the source's own origin), or a URL whose origin the target document must have.</param>
    /// <param name="transfer">Values of the source's realm to transfer (ArrayBuffers, MessagePorts).</param>
    /// <param name="source">The window whose script posts (the incumbent): the event's source and origin; <see cref="Browser.Host"/> when null.</param>
    /// <exception cref="OriginSyntaxException">targetOrigin is not "*", "/" or a valid URL (a "SyntaxError"); nothing is queued.</exception>
    /// <exception cref="DataCloneException">The message cannot be cloned, or the transfer list is invalid.</exception>
    /// <exception cref="ObjectDisposedException">The browser was disposed.</exception>
    public void PostMessage(object? message, string targetOrigin, IReadOnlyList<object?>? transfer = null, Window? source = null)
    {
        ArgumentNullException.ThrowIfNull(targetOrigin);

        // "The postMessage(message, targetOrigin, transfer) method steps are: 1. Let
        // targetWindow be this. 2. Let options be «[ "targetOrigin" → targetOrigin, "transfer" →
        // transfer ]». 3. Run the window post message steps providing targetWindow, message,
        // and options."
        WindowPostMessageSteps(message, targetOrigin, transfer ?? TransferList.Empty, source);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#dom-window-postmessage-options
    /// window.postMessage(message, options): as the other overload, with the targetOrigin ("/"
    /// by default) and the transfer list in <paramref name="options"/>.
    /// </summary>
    /// <param name="message">A value of the source window's realm.</param>
    /// <param name="options">The targetOrigin and transfer list; null means targetOrigin "/" and no transfer.</param>
    /// <param name="source">The window whose script posts (the incumbent); <see cref="Browser.Host"/> when null.</param>
    public void PostMessage(object? message, WindowPostMessageOptions? options = null, Window? source = null)
    {
        // "The postMessage(message, options) method steps are: 1. Let targetWindow be this.
        // 2. Run the window post message steps providing targetWindow, message, and options."
        WindowPostMessageSteps(message, options?.TargetOrigin ?? "/", options?.Transfer ?? TransferList.Empty, source);
    }

    /// <inheritdoc />
    public override void ReportException(Exception exception)
    {
        // https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
        // FIXME: "6.2. If global implements EventTarget, then set notHandled to the result of
        // firing an event named error at global, using ErrorEvent, with the cancelable attribute
        // initialized to true, and additional attributes initialized according to errorInfo."
        // (there is no ErrorEvent yet); until then the exception goes straight to the host.
        base.ReportException(exception);
    }

    /// <summary>Returns the window's id and label, e.g. "window#3 https://app.example/".</summary>
    public override string ToString() => Id + " " + Label;

    /// <summary>The browsing context (and navigable) the window is in, or null once discarded.</summary>
    internal BrowsingContext? BrowsingContext => _browsingContext;

    /// <summary>This window as a trace participant, kept until its document changes.</summary>
    internal TraceParticipant TraceParticipant => _participant ??= Participant;

    /// <summary>
    /// The new document of a navigation takes the old one's place: the old document's frames
    /// are destroyed, and the window gets the new URL, origin and a new realm.
    /// </summary>
    internal void ReplaceDocument(Url url, Origin origin)
    {
        DestroyChildNavigables();
        Browser.EndWorkersOwnedBy(this);

        // FIXME: "The name gets reset when the navigable is navigated to another origin."
        // (the browsing context group switch of a cross-site top-level navigation; a frame's
        // name stays, as its container element sets it).
        Url = url;
        Origin = origin;
        _participant = null;

        // Values of the old document's realm must not reach the new one: a new document has a
        // new realm (a script engine replaces it with its own again).
        Realm = Browser.CreateDefaultRealm(this);

        // IMPLEMENTATION DEFINED: listeners stay, since this object is also the WindowProxy the
        // host holds; messages already queued are checked against the new document's origin
        // when they are delivered (window post message steps 8.1).
    }

    /// <summary>The URL and history update steps for an about:blank URL: the document stays, its URL changes.</summary>
    internal void UpdateUrl(Url url)
    {
        Url = url;
        _participant = null;
    }

    /// <summary>
    /// Discards the window's document and its frames' documents: the window is closed, its
    /// queued messages are traced as dropped and its tasks and timers are removed.
    /// </summary>
    internal void Discard()
    {
        if (_browsingContext is not { } navigable)
        {
            return;
        }

        DestroyChildNavigables();
        navigable.IsClosing = true;
        _browsingContext = null;

        // The workers this document created end with it.
        Browser.EndWorkersOwnedBy(this);

        // FIXME: disentangle the MessagePorts whose owner is this window, as destroying a
        // document's realm lets them be collected.
        if (_pendingMessages is { } pending)
        {
            while (pending.TryDequeue(out var message))
            {
                if (!message.Settled)
                {
                    message.Settled = true;
                    RecordDelivery(message, TraceEventKind.Dropped, DropReason.TargetClosed);
                    message.Message.Discard();
                }
            }
        }

        // https://html.spec.whatwg.org/multipage/document-lifecycle.html#destroy-a-document
        // "Remove any tasks whose document is document from any task queue (without running
        // those tasks)."
        EventLoop.DiscardOwner(this);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/web-messaging.html#window-post-message-steps
    /// The window post message steps, given targetWindow (this), message and options.
    /// </summary>
    private void WindowPostMessageSteps(object? message, string targetOriginArgument, IReadOnlyList<object?> transfer, Window? source)
    {
        ObjectDisposedException.ThrowIf(Browser.IsDisposed, Browser);
        var incumbent = source ?? Browser.Host;
        if (!ReferenceEquals(incumbent.Browser, Browser))
        {
            throw new ArgumentException($"The source window {incumbent} belongs to another browser than the target window {this}.", nameof(source));
        }

        // "1. Let targetRealm be targetWindow's realm."
        // IMPLEMENTATION DEFINED: the realm is read at delivery (step 8.4): a navigated window
        // keeps this object but gets a new realm, and the message event fires in the current one.
        // "2. Let incumbentSettings be the incumbent settings object."
        // The caller names the window whose script is calling: source, or the host window.
        // "3. Let targetOrigin be options["targetOrigin"]."
        // "4. If targetOrigin is a single U+002F SOLIDUS character (/), then set targetOrigin to
        // incumbentSettings's origin."
        // "5. Otherwise, if targetOrigin is not a single U+002A ASTERISK character (*), then:
        // 1. Let parsedURL be the result of running the URL parser on targetOrigin. 2. If
        // parsedURL is failure, then throw a "SyntaxError" DOMException. 3. Set targetOrigin to
        // parsedURL's origin."
        var targetOrigin = TargetOrigin.Parse(targetOriginArgument, incumbent.Origin);

        // "6. Let transfer be options["transfer"]."
        // "7. Let serializeWithTransferResult be ? StructuredSerializeWithTransfer(message, transfer)."
        var serializeWithTransferResult = SerializedMessage.SerializeWithTransfer(incumbent.Realm, message, transfer);

        var trace = Browser.Trace;
        var messageId = 0L;
        TraceParticipant? sender = null;
        if (trace.IsRecording)
        {
            messageId = trace.NextMessageId();
            sender = incumbent.TraceParticipant;
            trace.Record(EventLoop.Now, TraceEventKind.Posted, MessageKind.Window, messageId, sender, TraceParticipant, targetOrigin.ToString(), DropReason.None, SerializedPreview.Format(serializeWithTransferResult.Preview()));
        }

        // Step 8.2's "serialization of incumbentSettings's origin" is taken now: the incumbent
        // settings object is the caller's current document's, whose origin cannot change later
        // even if the caller's window is navigated before delivery.
        var posted = new WindowMessage(serializeWithTransferResult, targetOrigin, incumbent.Origin.Serialize(), incumbent, messageId, sender);
        if (Closed)
        {
            // A closed window's tasks never run (its document is not fully active, then
            // discarded): the message is dropped here, where the trace can say so.
            RecordDelivery(posted, TraceEventKind.Dropped, DropReason.TargetClosed);
            posted.Message.Discard();
            return;
        }

        // "8. Queue a global task on the posted message task source given targetWindow to run
        // the following steps:"
        (_pendingMessages ??= new Queue<WindowMessage>()).Enqueue(posted);
        QueueGlobalTask(TaskSource.PostedMessage, () => RunPostedMessageTask(posted), MessageTaskDescription);
    }

    // The steps of the task queued by step 8 of the window post message steps.
    private void RunPostedMessageTask(WindowMessage message)
    {
        // A message dropped already (its window discarded) is not read, nor released, again.
        if (message.Settled)
        {
            return;
        }

        Settle(message);
        if (Closed)
        {
            // A task whose document is not fully active does not run: a window that is closing
            // gets no more messages.
            RecordDelivery(message, TraceEventKind.Dropped, DropReason.TargetClosed);
            message.Message.Discard();
            return;
        }

        // "1. If the targetOrigin argument is not a single literal U+002A ASTERISK character (*)
        // and targetWindow's associated Document's origin is not same origin with targetOrigin,
        // then return."
        if (!message.TargetOrigin.Matches(Origin))
        {
            RecordDelivery(message, TraceEventKind.Dropped, DropReason.OriginMismatch);
            message.Message.Discard();
            return;
        }

        // "2. Let origin be the serialization of incumbentSettings's origin."
        var origin = message.Origin;

        // "3. Let source be the WindowProxy object corresponding to incumbentSettings's global
        // object (a Window object)."
        var source = message.Source;

        // "4. Let deserializeRecord be StructuredDeserializeWithTransfer(serializeWithTransferResult,
        // targetRealm). If this throws an exception, catch it, fire an event named messageerror
        // at targetWindow, using MessageEvent, with the origin attribute initialized to origin
        // and the source attribute initialized to source, and then return."
        var targetRealm = Realm;
        object? messageClone;
        IReadOnlyList<MessagePort> newPorts;
        try
        {
            // "5. Let messageClone be deserializeRecord.[[Deserialized]]."
            // "6. Let newPorts be a new frozen array consisting of all MessagePort objects in
            // deserializeRecord.[[TransferredValues]], if any, maintaining their relative order."
            messageClone = message.Message.DeserializeWithTransfer(targetRealm, out newPorts);
        }
        catch (Exception)
        {
            RecordDelivery(message, TraceEventKind.Dropped, DropReason.CloneFailed);
            MessagePort.DiscardTransferredPorts(message.Message.Data);
            FireEvent(new MessageEvent("messageerror", new MessageEventInit { Origin = origin, Source = source }) { TimeStamp = EventLoop.Now });
            return;
        }

        // "7. Fire an event named message at targetWindow, using MessageEvent, with the origin
        // attribute initialized to origin, the source attribute initialized to source, the data
        // attribute initialized to messageClone, and the ports attribute initialized to newPorts."
        RecordDelivery(message, TraceEventKind.Delivered, DropReason.None);
        FireEvent(new MessageEvent("message", new MessageEventInit { Origin = origin, Source = source, Data = messageClone, Ports = newPorts }) { TimeStamp = EventLoop.Now });
    }

    // Marks the message as handled and lets go of the handled messages at the queue's head.
    private void Settle(WindowMessage message)
    {
        message.Settled = true;
        if (_pendingMessages is { } pending)
        {
            while (pending.TryPeek(out var head) && head.Settled)
            {
                pending.Dequeue();
            }
        }
    }

    private void RecordDelivery(WindowMessage message, TraceEventKind eventKind, DropReason reason)
    {
        var trace = Browser.Trace;
        if (trace.IsRecording)
        {
            trace.Record(EventLoop.Now, eventKind, MessageKind.Window, message.MessageId, message.Sender ?? message.Source.TraceParticipant, TraceParticipant, message.TargetOrigin.ToString(), reason, "");
        }
    }

    // https://html.spec.whatwg.org/multipage/document-sequences.html#destroy-a-child-navigable
    // What destroying the old document's child navigables comes to here: each frame, with its
    // own frames, is discarded.
    private void DestroyChildNavigables()
    {
        if (_browsingContext is not { } navigable || navigable.Children.Count == 0)
        {
            return;
        }

        var children = navigable.Children.ToArray();
        navigable.Children.Clear();
        foreach (var child in children)
        {
            child.ActiveWindow.Discard();
        }
    }
}

namespace WebMessaging.Events;

/// <summary>
/// An event target (https://dom.spec.whatwg.org/#interface-eventtarget): an object with an event
/// listener list and event handlers, to which events are dispatched. Subclasses give the event
/// path a parent through <see cref="GetTheParent"/> and a global through <see cref="Environment"/>.
/// </summary>
public class EventTarget
{
    // Guards against a GetTheParent that loops back on itself.
    private const int MaxPathLength = 100_000;

    // A path list longer than this is not kept for reuse, so that one deep dispatch does not
    // hold a large array for the life of the thread.
    private const int MaxPooledPathCapacity = 64;

    // The path list of the last dispatch on this thread that has finished: every dispatch
    // would otherwise allocate one, and the path never outlives its dispatch (step 9 empties it).
    [ThreadStatic]
    private static List<EventPathItem>? t_sparePath;

    private readonly IEventEnvironment? _environment;

    // The path of an event dispatched at this target when it has no parent (a port, a worker,
    // most windows' events): this target alone, made once and shared by such dispatches, which
    // only read it (one dispatched from another's listener included).
    private List<EventPathItem>? _pathOfItself;

    // Copy-on-write: dispatch takes the array as it is as its clone of the list, and adding or
    // removing a listener replaces the array, so a dispatch never allocates for the clone.
    private EventListenerEntry[] _listeners = [];

    // Whether _listeners holds a capture listener (of any type): a capturing invoke at a target
    // without one would run no listener, and is skipped.
    private bool _hasCaptureListener;
    private Dictionary<string, EventHandlerSlot>? _eventHandlers;

    /// <summary>Creates a target with no environment: listener exceptions are rethrown after the dispatch that caught them.</summary>
    public EventTarget()
    {
    }

    /// <summary>Creates a target whose listeners run in <paramref name="environment"/> (its relevant global).</summary>
    public EventTarget(IEventEnvironment? environment)
    {
        _environment = environment;
    }

    /// <summary>The target's relevant global as events see it, or null when it has none.</summary>
    public virtual IEventEnvironment? Environment => _environment;

    /// <summary>Adds <paramref name="callback"/> as a listener for <paramref name="type"/> events, unless an equal listener with the same capture is already there.</summary>
    public void AddEventListener(string type, IEventListener? callback, AddEventListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);

        // https://dom.spec.whatwg.org/#dom-eventtarget-addeventlistener
        // 1. "Let capture, passive, once, and signal be the result of flattening more options."
        // 2. "Add an event listener with this and an event listener whose type is type, callback
        //    is callback, capture is capture, passive is passive, once is once, and signal is signal."
        AddAnEventListener(type, callback, options?.Capture ?? false, options?.Passive, options?.Once ?? false, options?.Signal);
    }

    /// <summary>Adds <paramref name="callback"/> (wrapped in an <see cref="EventListener"/>) as a listener for <paramref name="type"/> events.</summary>
    public void AddEventListener(string type, Action<Event> callback, AddEventListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        AddEventListener(type, new EventListener(callback), options);
    }

    /// <summary>Removes the listener for <paramref name="type"/> events equal to <paramref name="callback"/> with the same capture, if there is one.</summary>
    public void RemoveEventListener(string type, IEventListener? callback, EventListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (callback is null)
        {
            return;
        }

        // https://dom.spec.whatwg.org/#dom-eventtarget-removeeventlistener
        // 1. "Let capture be the result of flattening options."
        bool capture = options?.Capture ?? false;

        // 2. "If this's event listener list contains an event listener whose type is type,
        //    callback is callback, and capture is capture, then remove an event listener with
        //    this and that event listener."
        EventListenerEntry? listener = Find(type, callback, capture);
        if (listener is not null)
        {
            RemoveAnEventListener(listener);
        }
    }

    /// <summary>Removes the listener for <paramref name="type"/> events added with an equal delegate and the same capture.</summary>
    public void RemoveEventListener(string type, Action<Event> callback, EventListenerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(callback);
        RemoveEventListener(type, new EventListener(callback), options);
    }

    /// <summary>
    /// dispatchEvent(): dispatches <paramref name="evt"/> as an untrusted event and returns false
    /// if it was canceled; throws an InvalidStateError <see cref="DomException"/> when the event is
    /// being dispatched or not initialized.
    /// </summary>
    public bool DispatchEvent(Event evt)
    {
        ArgumentNullException.ThrowIfNull(evt);

        // https://dom.spec.whatwg.org/#dom-eventtarget-dispatchevent
        // 1. "If event's dispatch flag is set, or if its initialized flag is not set, then throw
        //    an "InvalidStateError" DOMException."
        if (evt.DispatchFlag)
        {
            throw new DomException("InvalidStateError", $"The \"{evt.Type}\" event is already being dispatched.");
        }

        if (!evt.InitializedFlag)
        {
            throw new DomException("InvalidStateError", "The event is not initialized: call initEvent() (or the event's legacy init method) before dispatching it.");
        }

        // 2. "Initialize event's isTrusted attribute to false."
        evt.IsTrusted = false;

        // 3. "Return the result of dispatching event to this."
        return Dispatch(evt, this);
    }

    /// <summary>
    /// "Fire an event" (https://dom.spec.whatwg.org/#concept-event-fire) as the user agent does:
    /// dispatches <paramref name="evt"/> as a trusted event and returns false if it was canceled.
    /// </summary>
    public bool FireEvent(Event evt) => FireEvent(evt, legacyTargetOverride: null);

    /// <summary>
    /// "Fire an event" with the legacy target override flag: dispatches <paramref name="evt"/> at
    /// this target (a Window) while its <c>target</c> is <paramref name="legacyTargetOverride"/>
    /// (the Window's Document, which the core does not know), as for a window's load event.
    /// </summary>
    public bool FireEvent(Event evt, EventTarget? legacyTargetOverride)
    {
        ArgumentNullException.ThrowIfNull(evt);
        if (evt.DispatchFlag)
        {
            throw new InvalidOperationException($"The \"{evt.Type}\" event is already being dispatched; fire a new event instead.");
        }

        // "Creating an event" initializes isTrusted to true; the caller made the event and
        // initialized its other attributes (steps 1-4), so it only becomes trusted here.
        evt.SetTrustedAndInitialized();

        // 5. "Return the result of dispatching event at target, with legacy target override flag set if set."
        return Dispatch(evt, legacyTargetOverride ?? this);
    }

    /// <summary>Returns the value of the event handler for <paramref name="type"/> events (e.g. "message" for onmessage), or null.</summary>
    public IEventHandler? GetEventHandler(string type)
    {
        ArgumentNullException.ThrowIfNull(type);

        // https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-idl-attributes (getter)
        // 1. "Let eventTarget be the result of determining the target of an event handler given this object and name."
        // 2. "If eventTarget is null, then return null."
        // 3. "Return the result of getting the current value of the event handler given eventTarget and name."
        // https://html.spec.whatwg.org/multipage/webappapis.html#getting-the-current-value-of-the-event-handler
        // 1. FIXME: "If eventHandler's value is an internal raw uncompiled handler, then: ..."
        //    (content attributes are compiled by the scripting layer, which sets the result here)
        // 2. "Return eventHandler's value."
        return _eventHandlers is not null && _eventHandlers.TryGetValue(type, out EventHandlerSlot? slot) ? slot.Value : null;
    }

    /// <summary>
    /// Sets the event handler for <paramref name="type"/> events (e.g. onmessage for "message"):
    /// the first non-null value adds its listener at that moment, later values keep that position,
    /// and null removes it.
    /// </summary>
    public void SetEventHandler(string type, IEventHandler? handler)
    {
        ArgumentNullException.ThrowIfNull(type);

        // https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-idl-attributes (setter)
        // 1. "Let eventTarget be the result of determining the target of an event handler given this object and name."
        // FIXME: body and frameset elements forward the Window's handlers; every target is its
        // own event handler target here.
        // 2. "If eventTarget is null, then return."
        if (handler is null)
        {
            // 3. "If the given value is null, then deactivate an event handler given eventTarget and name."
            DeactivateEventHandler(type);
        }
        else
        {
            // 4. "Otherwise:"
            // 4.1 "Let handlerMap be eventTarget's event handler map."
            // 4.2 "Let eventHandler be handlerMap[name]."
            _eventHandlers ??= new Dictionary<string, EventHandlerSlot>(StringComparer.Ordinal);
            if (!_eventHandlers.TryGetValue(type, out EventHandlerSlot? eventHandler))
            {
                eventHandler = new EventHandlerSlot();
                _eventHandlers.Add(type, eventHandler);
            }

            // 4.3 "Set eventHandler's value to the given value."
            eventHandler.Value = handler;

            // 4.4 "Activate an event handler given eventTarget and name."
            ActivateEventHandler(type, eventHandler);
        }

        OnEventHandlerSet(type, handler);
    }

    /// <summary>
    /// The "get the parent" hook (https://dom.spec.whatwg.org/#get-the-parent): the next object
    /// of <paramref name="evt"/>'s path after this one, or null (the default, as for a Window).
    /// </summary>
    protected virtual EventTarget? GetTheParent(Event evt) => null;

    /// <summary>Called after the event handler for <paramref name="type"/> was set (to <paramref name="handler"/>, possibly null).</summary>
    protected virtual void OnEventHandlerSet(string type, IEventHandler? handler)
    {
    }

    /// <summary>True when a listener for <paramref name="type"/> events is registered (handlers included).</summary>
    internal bool HasListenersFor(string type)
    {
        EventListenerEntry[] listeners = _listeners;
        for (int i = 0; i < listeners.Length; i++)
        {
            if (string.Equals(listeners[i].Type, type, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // https://dom.spec.whatwg.org/#add-an-event-listener
    private EventListenerEntry? AddAnEventListener(string type, IEventListener? callback, bool capture, bool? passive, bool once, AbortSignal? signal)
    {
        // 1. "If eventTarget is a ServiceWorkerGlobalScope object, ..." (no service workers here)
        // 2. "If listener's signal is not null and is aborted, then return."
        if (signal is not null && signal.Aborted)
        {
            return null;
        }

        // 3. "If listener's callback is null, then return."
        if (callback is null)
        {
            return null;
        }

        // 4. "If listener's passive is null, then set it to the default passive value given listener's type and eventTarget."
        bool isPassive = passive ?? DefaultPassiveValue(type);

        // 5. "If eventTarget's event listener list does not contain an event listener whose type
        //    is listener's type, callback is listener's callback, and capture is listener's
        //    capture, then append listener to eventTarget's event listener list."
        if (Find(type, callback, capture) is not null)
        {
            // Step 6 would add abort steps that remove a listener that is not in the list:
            // they do nothing, so they are left out.
            return null;
        }

        var listener = new EventListenerEntry(type, callback, capture, isPassive, once, signal);
        EventListenerEntry[] listeners = _listeners;
        var grown = new EventListenerEntry[listeners.Length + 1];
        Array.Copy(listeners, grown, listeners.Length);
        grown[^1] = listener;
        _listeners = grown;
        _hasCaptureListener |= capture;

        // 6. "If listener's signal is not null, then add the following abort steps to it:
        //    Remove an event listener with eventTarget and listener."
        signal?.AddAlgorithm(() => RemoveAnEventListener(listener));
        return listener;
    }

    // https://dom.spec.whatwg.org/#default-passive-value
    private static bool DefaultPassiveValue(string type)
    {
        // 1. "Return true if all of the following are true: type is one of "touchstart",
        //    "touchmove", "wheel", and "mousewheel"; eventTarget is a Window object, or is a
        //    node whose node document is eventTarget, ..."
        // FIXME: there are no Window or node targets with touch or wheel input yet.
        // 2. "Return false."
        _ = type;
        return false;
    }

    // https://dom.spec.whatwg.org/#remove-an-event-listener
    private void RemoveAnEventListener(EventListenerEntry listener)
    {
        // 1. "If eventTarget is a ServiceWorkerGlobalScope object, ..." (no service workers here)
        // 2. "Set listener's removed to true and remove listener from eventTarget's event listener list."
        listener.Removed = true;
        EventListenerEntry[] listeners = _listeners;
        int index = Array.IndexOf(listeners, listener);
        if (index < 0)
        {
            return;
        }

        var shrunk = new EventListenerEntry[listeners.Length - 1];
        Array.Copy(listeners, 0, shrunk, 0, index);
        Array.Copy(listeners, index + 1, shrunk, index, shrunk.Length - index);
        _listeners = shrunk;
        _hasCaptureListener = Array.Exists(shrunk, entry => entry.Capture);
    }

    private EventListenerEntry? Find(string type, IEventListener callback, bool capture)
    {
        EventListenerEntry[] listeners = _listeners;
        for (int i = 0; i < listeners.Length; i++)
        {
            EventListenerEntry listener = listeners[i];
            if (listener.Capture == capture
                && string.Equals(listener.Type, type, StringComparison.Ordinal)
                && listener.Callback.Equals(callback))
            {
                return listener;
            }
        }

        return null;
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#activate-an-event-handler
    private void ActivateEventHandler(string type, EventHandlerSlot eventHandler)
    {
        // 1. "Let handlerMap be eventTarget's event handler map."
        // 2. "Let eventHandler be handlerMap[name]."
        // 3. "If eventHandler's listener is not null, then return."
        if (eventHandler.Listener is not null)
        {
            return;
        }

        // 4. "Let callback be the result of creating a Web IDL EventListener instance
        //    representing a reference to a function of one argument that executes the steps of
        //    the event handler processing algorithm, given eventTarget, name, and its argument."
        var callback = new EventHandlerListener(this, type);

        // 5. "Let listener be a new event listener whose type is the event handler event type
        //    corresponding to eventHandler and callback is callback."
        // 6. "Add an event listener with eventTarget and listener."
        // 7. "Set eventHandler's listener to listener."
        eventHandler.Listener = AddAnEventListener(type, callback, capture: false, passive: null, once: false, signal: null);
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#deactivate-an-event-handler
    private void DeactivateEventHandler(string type)
    {
        // 1. "Let handlerMap be eventTarget's event handler map."
        // 2. "Let eventHandler be handlerMap[name]."
        if (_eventHandlers is null || !_eventHandlers.TryGetValue(type, out EventHandlerSlot? eventHandler))
        {
            return;
        }

        // 3. "Set eventHandler's value to null."
        eventHandler.Value = null;

        // 4. "Let listener be eventHandler's listener."
        // 5. "If listener is not null, then remove an event listener with eventTarget and listener."
        if (eventHandler.Listener is { } listener)
        {
            RemoveAnEventListener(listener);
        }

        // 6. "Set eventHandler's listener to null."
        eventHandler.Listener = null;
    }

    // The spare path list of this thread (see t_sparePath), or a new one.
    private static List<EventPathItem> RentPath()
    {
        List<EventPathItem> path = t_sparePath ?? new List<EventPathItem>();
        t_sparePath = null;
        return path;
    }

    // https://dom.spec.whatwg.org/#concept-event-dispatch
    private bool Dispatch(Event evt, EventTarget targetOverride)
    {
        List<Exception>? unreported = null;

        // 1. "Set event's dispatch flag."
        evt.DispatchFlag = true;
        try
        {
            // 2. "Let targetOverride be target, if legacy target override flag is not given, and
            //    target's associated Document otherwise." (the caller passes the Document)

            // 3. "Let activationTarget be null." FIXME: activation behavior (click events).
            // 4. "Let relatedTarget be the result of retargeting event's relatedTarget against
            //    target." FIXME: no event here has a relatedTarget.
            // 5. "Let clearTargets be false."
            // 6. "If target is not relatedTarget or target is event's relatedTarget:"
            // 6.1-6.2 touch targets: FIXME with touch events.
            // 6.3 "Append to an event path with event, target, targetOverride, relatedTarget, touchTargets, and false."
            // (A target found without a parent keeps that path of itself alone, and later
            // dispatches share it, only reading it; it is swapped for a list of the dispatch's
            // own should the target have a parent by then.)
            List<EventPathItem> path;
            if (ReferenceEquals(targetOverride, this) && _pathOfItself is { } pathOfItself)
            {
                path = pathOfItself;
            }
            else
            {
                path = RentPath();
                path.Add(new EventPathItem(this, targetOverride));
            }

            evt.Path = path;

            // 6.4-6.7 activation and slottables: FIXME with activation behavior and slots.
            // 6.8 "Let parent be the result of invoking target's get the parent with event."
            EventTarget? parent = GetTheParent(evt);
            if (parent is null)
            {
                if (ReferenceEquals(targetOverride, this))
                {
                    _pathOfItself = path;
                }
            }
            else if (ReferenceEquals(path, _pathOfItself))
            {
                path = RentPath();
                path.Add(new EventPathItem(this, this));
                evt.Path = path;
            }

            // 6.9 "While parent is non-null:"
            while (parent is not null)
            {
                // 6.9.6 "If parent is a Window object, or parent is a node and target's root is
                //       a shadow-including inclusive ancestor of parent:" ...
                //       "Append to an event path with event, parent, null, relatedTarget, touchTargets, and slot-in-closed-tree."
                // FIXME: 6.9.1-6.9.5 (slottables, retargeting) and 6.9.7-6.9.8 (parents across
                // shadow roots): without shadow trees every parent is in target's tree.
                if (path.Count == MaxPathLength)
                {
                    throw new InvalidOperationException($"The event path of the \"{evt.Type}\" event is longer than {MaxPathLength} objects: GetTheParent of {GetType().Name} probably loops back on itself.");
                }

                path.Add(new EventPathItem(parent, null));

                // 6.9.9 "If parent is non-null, then set parent to the result of invoking parent's get the parent with event."
                parent = parent.GetTheParent(evt);
            }

            // 6.10-6.11 clearTargets: FIXME with shadow roots. 6.12 FIXME: legacy-pre-activation behavior.
            // 6.13 "For each struct in event's path, in reverse order:"
            for (int i = path.Count - 1; i >= 0; i--)
            {
                // 6.13.1 "If struct's shadow-adjusted target is non-null, then set event's eventPhase attribute to AT_TARGET."
                // 6.13.2 "Otherwise, set event's eventPhase attribute to CAPTURING_PHASE."
                evt.EventPhase = path[i].ShadowAdjustedTarget is not null ? Event.AtTarget : Event.CapturingPhase;

                // 6.13.3 "Invoke with struct, event, "capturing", and legacyOutputDidListenersThrowFlag if given."
                // (An object without capture listeners would run none, legacy event types
                // included; the target and currentTarget it would set are set again by the
                // bubbling invoke at the target before any listener can see them.)
                if (path[i].InvocationTarget._hasCaptureListener)
                {
                    Invoke(path, i, evt, capturing: true, ref unreported);
                }
            }

            // 6.14 "For each struct in event's path:"
            for (int i = 0; i < path.Count; i++)
            {
                if (path[i].ShadowAdjustedTarget is not null)
                {
                    // 6.14.1 "If struct's shadow-adjusted target is non-null, then set event's eventPhase attribute to AT_TARGET."
                    evt.EventPhase = Event.AtTarget;
                }
                else
                {
                    // 6.14.2.1 "If event's bubbles attribute is false, then continue."
                    if (!evt.Bubbles)
                    {
                        continue;
                    }

                    // 6.14.2.2 "Set event's eventPhase attribute to BUBBLING_PHASE."
                    evt.EventPhase = Event.BubblingPhase;
                }

                // 6.14.3 "Invoke with struct, event, "bubbling", and legacyOutputDidListenersThrowFlag if given."
                Invoke(path, i, evt, capturing: false, ref unreported);
            }
        }
        finally
        {
            // 7. "Set event's eventPhase attribute to NONE."
            evt.EventPhase = Event.None;

            // 8. "Set event's currentTarget attribute to null."
            evt.CurrentTarget = null;

            // 9. "Set event's path to the empty list."
            if (evt.Path is { } path && !ReferenceEquals(path, _pathOfItself) && path.Capacity <= MaxPooledPathCapacity)
            {
                path.Clear();
                t_sparePath = path;
            }

            evt.Path = null;

            // 10. "Unset event's dispatch flag, stop propagation flag, and stop immediate propagation flag."
            evt.UnsetDispatchFlags();

            // 11. "If clearTargets is true: ..." FIXME with shadow roots.
            // 12. "If activationTarget is non-null: ..." FIXME with activation behavior.
        }

        // IMPLEMENTATION DEFINED: a target without an environment has no global to report a
        // listener's exception to; rather than lose it, the dispatch rethrows it once every
        // listener has run (several as an AggregateException).
        if (unreported is not null)
        {
            throw unreported.Count == 1 ? unreported[0] : new AggregateException($"{unreported.Count} listeners of the \"{evt.Type}\" event threw.", unreported);
        }

        // 13. "Return false if event's canceled flag is set; otherwise true."
        return !evt.CanceledFlag;
    }

    // https://dom.spec.whatwg.org/#concept-event-listener-invoke
    private static void Invoke(List<EventPathItem> path, int index, Event evt, bool capturing, ref List<Exception>? unreported)
    {
        // 1. "Set event's target to the shadow-adjusted target of the last struct in event's
        //    path, that is either struct or preceding struct, whose shadow-adjusted target is non-null."
        for (int i = index; i >= 0; i--)
        {
            if (path[i].ShadowAdjustedTarget is { } shadowAdjustedTarget)
            {
                evt.Target = shadowAdjustedTarget;
                break;
            }
        }

        // 2. "Set event's relatedTarget to struct's relatedTarget." 3. "Set event's touch target
        //    list to struct's touch target list." FIXME with events that have them.
        // 4. "If event's stop propagation flag is set, then return."
        if (evt.StopPropagationFlag)
        {
            return;
        }

        // 5. "Initialize event's currentTarget attribute to struct's invocation target."
        EventTarget currentTarget = path[index].InvocationTarget;
        evt.CurrentTarget = currentTarget;

        // 6. "Let listeners be a clone of event's currentTarget attribute value's event listener list."
        //    (the copy-on-write array is that clone)
        EventListenerEntry[] listeners = currentTarget._listeners;

        // 7. "Let found be the result of running inner invoke with event, listeners, phase,
        //    struct's invocation-target-in-shadow-tree, and legacyOutputDidListenersThrowFlag if given."
        bool found = InnerInvoke(evt, listeners, capturing, ref unreported);

        // 8. "If found is false and event's isTrusted attribute is true:"
        if (!found && evt.IsTrusted)
        {
            // 8.1 "Let originalEventType be event's type attribute value."
            string originalEventType = evt.Type;

            // 8.2 "If event's type attribute value is a match for any of the strings in the
            //     first column in the following table, set event's type attribute value to the
            //     string in the second column on the same row as the matching string, and return otherwise."
            string? legacyType = originalEventType switch
            {
                "animationend" => "webkitAnimationEnd",
                "animationiteration" => "webkitAnimationIteration",
                "animationstart" => "webkitAnimationStart",
                "transitionend" => "webkitTransitionEnd",
                _ => null,
            };
            if (legacyType is null)
            {
                return;
            }

            evt.SetType(legacyType);

            // 8.3 "Inner invoke with event, listeners, phase, struct's
            //     invocation-target-in-shadow-tree, and legacyOutputDidListenersThrowFlag if given."
            InnerInvoke(evt, listeners, capturing, ref unreported);

            // 8.4 "Set event's type attribute value to originalEventType."
            evt.SetType(originalEventType);
        }
    }

    // https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke
    private static bool InnerInvoke(Event evt, EventListenerEntry[] listeners, bool capturing, ref List<Exception>? unreported)
    {
        // 1. "Let found be false."
        bool found = false;

        // 2. "For each listener of listeners, whose removed is false:"
        foreach (EventListenerEntry listener in listeners)
        {
            if (listener.Removed)
            {
                continue;
            }

            // 2.1 "If event's type attribute value is not listener's type, then continue."
            if (!string.Equals(evt.Type, listener.Type, StringComparison.Ordinal))
            {
                continue;
            }

            // 2.2 "Set found to true."
            found = true;

            // 2.3 "If phase is "capturing" and listener's capture is false, then continue."
            // 2.4 "If phase is "bubbling" and listener's capture is true, then continue."
            if (capturing != listener.Capture)
            {
                continue;
            }

            EventTarget currentTarget = evt.CurrentTarget!;

            // 2.5 "If listener's once is true, then remove an event listener given event's
            //     currentTarget attribute value and listener."
            if (listener.Once)
            {
                currentTarget.RemoveAnEventListener(listener);
            }

            // 2.6 "Let global be listener callback's associated realm's global object."
            // IMPLEMENTATION DEFINED: the core does not know a callback's realm; the current
            // target's global stands for it (they differ only when a script adds a listener to
            // another window's object).
            IEventEnvironment? global = currentTarget.Environment;

            // 2.7 "Let currentEvent be undefined."
            // 2.8 "If global is a Window object, then: Set currentEvent to global's current
            //     event. If isInShadowTree is false, then set global's current event to event."
            //     (a non-Window environment ignores its current event)
            Event? currentEvent = null;
            if (global is not null)
            {
                currentEvent = global.CurrentEvent;
                global.CurrentEvent = evt;
            }

            // 2.9 "If listener's passive is true, then set event's in passive listener flag."
            if (listener.Passive)
            {
                evt.InPassiveListenerFlag = true;
            }

            // 2.10 FIXME: "If global is a Window object, then record timing info for event
            //      listener given event and listener."
            // 2.11 "Call a user object's operation with listener's callback, "handleEvent", « event »,
            //      and event's currentTarget attribute value. If this throws an exception exception:"
            //      Calling it prepares to run script and cleans up after running script, which
            //      performs a microtask checkpoint once the script stack is empty, before the
            //      call returns its exception.
            Exception? exception = null;
            global?.PrepareToRunCallback();
            try
            {
                listener.Callback.HandleEvent(evt);
            }
            catch (Exception thrown)
            {
                exception = thrown;
            }
            finally
            {
                global?.CleanUpAfterRunningCallback();
            }

            if (exception is not null)
            {
                // 2.11.1 "Report exception for listener's callback's corresponding JavaScript
                //        object's associated realm's global object."
                if (global is not null)
                {
                    global.ReportException(exception);
                }
                else
                {
                    (unreported ??= []).Add(exception);
                }

                // 2.11.2 "Set legacyOutputDidListenersThrowFlag if given." (used by IndexedDB only)
            }

            // 2.12 "Unset event's in passive listener flag."
            evt.InPassiveListenerFlag = false;

            // 2.13 "If global is a Window object, then set global's current event to currentEvent."
            if (global is not null)
            {
                global.CurrentEvent = currentEvent;
            }

            // 2.14 "If event's stop immediate propagation flag is set, then break."
            if (evt.StopImmediatePropagationFlag)
            {
                break;
            }
        }

        // 3. "Return found."
        return found;
    }
}

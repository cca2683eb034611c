namespace WebMessaging.Events;

/// <summary>
/// An event (https://dom.spec.whatwg.org/#interface-event): something that happened, dispatched
/// through the listeners of an <see cref="EventTarget"/> and its parents. Subclass it for
/// events with more data (MessageEvent).
/// </summary>
public class Event
{
    /// <summary>eventPhase: the event is not being dispatched.</summary>
    public const ushort None = 0;

    /// <summary>eventPhase: the event is going from the root down to the target.</summary>
    public const ushort CapturingPhase = 1;

    /// <summary>eventPhase: the event is at its target.</summary>
    public const ushort AtTarget = 2;

    /// <summary>eventPhase: the event is going from the target up to the root.</summary>
    public const ushort BubblingPhase = 3;

    private string _type;
    private EventFlags _flags;

    /// <summary>Creates an initialized, untrusted event of <paramref name="type"/> (new Event(type, eventInitDict)).</summary>
    public Event(string type, EventInit? eventInitDict = null)
    {
        ArgumentNullException.ThrowIfNull(type);

        // https://dom.spec.whatwg.org/#concept-event-constructor
        // 1. "Let event be the result of running the inner event creation steps of this
        //    interface, given eventInitDict, the current Realm, and null."
        // https://dom.spec.whatwg.org/#inner-event-creation-steps
        //    2. "Set event's initialized flag."
        InitializedFlag = true;

        //    3. "Initialize event's timeStamp attribute to the relative high resolution coarse
        //       time given time and event's relevant global object."
        //    IMPLEMENTATION DEFINED: the core has no relevant global here; whoever creates the
        //    event for a global sets TimeStamp (0 otherwise).
        //    4. "For each member → value of dictionary, if event has an attribute whose
        //       identifier is member, then initialize that attribute to value."
        if (eventInitDict is not null)
        {
            SetFlag(EventFlags.Bubbles, eventInitDict.Bubbles);
            SetFlag(EventFlags.Cancelable, eventInitDict.Cancelable);
            ComposedFlag = eventInitDict.Composed;
        }

        //    5. "Run the event constructing steps with event and dictionary." (none here)
        // 2. "Initialize event's type attribute to type."
        _type = type;
    }

    /// <summary>
    /// Creates an event whose initialized flag is unset (as document.createEvent() does): it
    /// cannot be dispatched until <see cref="InitEvent"/> or a subclass's legacy init method runs.
    /// </summary>
    protected Event()
    {
        _type = string.Empty;
    }

    /// <summary>The event's type, e.g. "message".</summary>
    public string Type => _type;

    /// <summary>The object the event is dispatched to (null before dispatch).</summary>
    public EventTarget? Target { get; internal set; }

    /// <summary>The legacy alias of <see cref="Target"/>.</summary>
    public EventTarget? SrcElement => Target;

    /// <summary>The object whose listeners are running (null outside dispatch).</summary>
    public EventTarget? CurrentTarget { get; internal set; }

    /// <summary>The dispatch phase: <see cref="None"/>, <see cref="CapturingPhase"/>, <see cref="AtTarget"/> or <see cref="BubblingPhase"/>.</summary>
    public ushort EventPhase { get; internal set; }

    /// <summary>Whether the event goes through the bubbling phase.</summary>
    public bool Bubbles => (_flags & EventFlags.Bubbles) != 0;

    /// <summary>Whether preventDefault() can cancel the event.</summary>
    public bool Cancelable => (_flags & EventFlags.Cancelable) != 0;

    /// <summary>Whether the event was canceled.</summary>
    public bool DefaultPrevented => CanceledFlag;

    /// <summary>Whether the event propagates across shadow root boundaries.</summary>
    public bool Composed => ComposedFlag;

    /// <summary>Whether the user agent dispatched the event (false for events dispatched by dispatchEvent()).</summary>
    public bool IsTrusted
    {
        get => (_flags & EventFlags.IsTrusted) != 0;
        internal set => SetFlag(EventFlags.IsTrusted, value);
    }

    /// <summary>When the event was created, in milliseconds relative to its global's time origin.</summary>
    public double TimeStamp { get; init; }

    /// <summary>The legacy cancelBubble: true once propagation was stopped; setting true stops it.</summary>
    public bool CancelBubble
    {
        // https://dom.spec.whatwg.org/#dom-event-cancelbubble
        // "The cancelBubble getter steps are to return true if this's stop propagation flag is set; otherwise false."
        get => StopPropagationFlag;

        // "The cancelBubble setter steps are to set this's stop propagation flag if the given value is true; otherwise do nothing."
        set
        {
            if (value)
            {
                StopPropagationFlag = true;
            }
        }
    }

    /// <summary>The legacy returnValue: false once canceled; setting false cancels the event.</summary>
    public bool ReturnValue
    {
        // https://dom.spec.whatwg.org/#dom-event-returnvalue
        // "The returnValue getter steps are to return false if this's canceled flag is set; otherwise true."
        get => !CanceledFlag;

        // "The returnValue setter steps are to set the canceled flag with this if the given value is false; otherwise do nothing."
        set
        {
            if (!value)
            {
                SetCanceledFlag();
            }
        }
    }

    internal bool StopPropagationFlag
    {
        get => (_flags & EventFlags.StopPropagation) != 0;
        set => SetFlag(EventFlags.StopPropagation, value);
    }

    internal bool StopImmediatePropagationFlag
    {
        get => (_flags & EventFlags.StopImmediatePropagation) != 0;
        set => SetFlag(EventFlags.StopImmediatePropagation, value);
    }

    internal bool CanceledFlag
    {
        get => (_flags & EventFlags.Canceled) != 0;
        set => SetFlag(EventFlags.Canceled, value);
    }

    internal bool InPassiveListenerFlag
    {
        get => (_flags & EventFlags.InPassiveListener) != 0;
        set => SetFlag(EventFlags.InPassiveListener, value);
    }

    internal bool ComposedFlag
    {
        get => (_flags & EventFlags.Composed) != 0;
        set => SetFlag(EventFlags.Composed, value);
    }

    internal bool InitializedFlag
    {
        get => (_flags & EventFlags.Initialized) != 0;
        set => SetFlag(EventFlags.Initialized, value);
    }

    internal bool DispatchFlag
    {
        get => (_flags & EventFlags.Dispatch) != 0;
        set => SetFlag(EventFlags.Dispatch, value);
    }

    /// <summary>The event's path while it is being dispatched; null otherwise.</summary>
    internal List<EventPathItem>? Path { get; set; }

    /// <summary>True while the event is being dispatched (its dispatch flag is set).</summary>
    protected bool IsBeingDispatched => DispatchFlag;

    /// <summary>Returns the targets whose listeners this dispatch invokes, from the target up to the root; empty outside dispatch.</summary>
    public IReadOnlyList<EventTarget> ComposedPath()
    {
        // https://dom.spec.whatwg.org/#dom-event-composedpath
        // 1. "Let composedPath be an empty list."
        // 2. "Let path be this's path."
        List<EventPathItem>? path = Path;

        // 3. "If path is empty, then return composedPath."
        if (path is null || path.Count == 0)
        {
            return [];
        }

        // 4-13. The hidden subtree levels of closed shadow trees decide which structs are left
        // out; FIXME: with shadow trees (root-of-closed-tree, slot-in-closed-tree). Without
        // them every struct is visible, and the steps append each invocation target in path order.
        var composedPath = new EventTarget[path.Count];
        for (int i = 0; i < composedPath.Length; i++)
        {
            composedPath[i] = path[i].InvocationTarget;
        }

        // 14. "Return composedPath."
        return composedPath;
    }

    /// <summary>Stops the event from reaching any further object of its path.</summary>
    public void StopPropagation()
    {
        // https://dom.spec.whatwg.org/#dom-event-stoppropagation
        // "The stopPropagation() method steps are to set this's stop propagation flag."
        StopPropagationFlag = true;
    }

    /// <summary>Stops the event from reaching any further listener, even on the current object.</summary>
    public void StopImmediatePropagation()
    {
        // https://dom.spec.whatwg.org/#dom-event-stopimmediatepropagation
        // "The stopImmediatePropagation() method steps are to set this's stop propagation flag
        //  and this's stop immediate propagation flag."
        StopPropagationFlag = true;
        StopImmediatePropagationFlag = true;
    }

    /// <summary>Cancels the event if it is cancelable and the running listener is not passive.</summary>
    public void PreventDefault()
    {
        // https://dom.spec.whatwg.org/#dom-event-preventdefault
        // "The preventDefault() method steps are to set the canceled flag with this."
        SetCanceledFlag();
    }

    /// <summary>The legacy initEvent(): re-initializes type, bubbles and cancelable; ignored during dispatch.</summary>
    public void InitEvent(string type, bool bubbles = false, bool cancelable = false)
    {
        ArgumentNullException.ThrowIfNull(type);

        // https://dom.spec.whatwg.org/#dom-event-initevent
        // 1. "If this's dispatch flag is set, then return."
        if (DispatchFlag)
        {
            return;
        }

        // 2. "Initialize this with type, bubbles, and cancelable."
        Initialize(type, bubbles, cancelable);
    }

    /// <summary>
    /// "Initialize" an event (https://dom.spec.whatwg.org/#concept-event-initialize), for the
    /// legacy init methods of subclasses (which return first when <see cref="IsBeingDispatched"/>).
    /// </summary>
    protected void Initialize(string type, bool bubbles, bool cancelable)
    {
        ArgumentNullException.ThrowIfNull(type);

        // 1. "Set event's initialized flag."
        InitializedFlag = true;

        // 2. "Unset event's stop propagation flag, stop immediate propagation flag, and canceled flag."
        StopPropagationFlag = false;
        StopImmediatePropagationFlag = false;
        CanceledFlag = false;

        // 3. "Set event's isTrusted attribute to false."
        IsTrusted = false;

        // 4. "Set event's target to null."
        Target = null;

        // 5. "Set event's type attribute to type."
        _type = type;

        // 6. "Set event's bubbles attribute to bubbles."
        SetFlag(EventFlags.Bubbles, bubbles);

        // 7. "Set event's cancelable attribute to cancelable."
        SetFlag(EventFlags.Cancelable, cancelable);
    }

    // Dispatch step 10: "Unset event's dispatch flag, stop propagation flag, and stop immediate
    // propagation flag." (in one write of the flags)
    internal void UnsetDispatchFlags() =>
        _flags &= ~(EventFlags.Dispatch | EventFlags.StopPropagation | EventFlags.StopImmediatePropagation);

    // FireEvent's "isTrusted" and initialized flag, set in one write.
    internal void SetTrustedAndInitialized() => _flags |= EventFlags.IsTrusted | EventFlags.Initialized;

    private void SetFlag(EventFlags flag, bool value) =>
        _flags = value ? _flags | flag : _flags & ~flag;

    /// <summary>Changes the type attribute, for dispatch's legacy webkit-prefixed type fallback.</summary>
    internal void SetType(string type) => _type = type;

    // https://dom.spec.whatwg.org/#set-the-canceled-flag
    internal void SetCanceledFlag()
    {
        // "To set the canceled flag given an event event, if event's cancelable attribute value
        //  is true and event's in passive listener flag is unset, then set event's canceled flag,
        //  and do nothing otherwise."
        if ((_flags & (EventFlags.Cancelable | EventFlags.InPassiveListener)) == EventFlags.Cancelable)
        {
            CanceledFlag = true;
        }
    }
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// The interface object of an Event subclass whose constructor is
/// <c>constructor(DOMString type, XInit eventInitDict)</c> (https://dom.spec.whatwg.org/#concept-event-constructor):
/// the shared steps (type, the dictionary, the time stamp, the wrapper with isTrusted) are here;
/// a subclass reads its dictionary's members and makes the core event.
/// </summary>
/// <typeparam name="TEvent">The core event type the interface wraps.</typeparam>
internal abstract class EventInterfaceConstructor<TEvent> : InterfaceConstructor
    where TEvent : Event
{
    private readonly EventConstructor _event;
    private readonly int _requiredArguments;

    /// <param name="realm">The realm (Event must be installed in it first).</param>
    /// <param name="name">The interface name.</param>
    /// <param name="length">The constructor's length: 1, or 2 when the init dictionary is required.</param>
    protected EventInterfaceConstructor(BindingRealm realm, string name, int length = 1)
        : this(realm, name, length, (EventConstructor)realm.RequireInterface("Event"))
    {
    }

    private EventInterfaceConstructor(BindingRealm realm, string name, int length, EventConstructor eventConstructor)
        : base(realm, name, length, eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        _requiredArguments = length;

        // Core events of this type (fired by the user agent) wrap as this interface.
        realm.RegisterWrapperFactory(typeof(TEvent), impl => eventConstructor.CreateWrapper((TEvent)impl, PrototypeObject));
    }

    // https://dom.spec.whatwg.org/#concept-event-constructor
    protected sealed override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, _requiredArguments, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");
        string context = ConstructContext + ": parameter 2";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), context);

        // "3. Initialize event's timeStamp attribute to the relative high resolution coarse time given time ..."
        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        TEvent impl = CreateEvent(type, dictionary, context, Realm.EventLoop?.Now ?? 0);
        return _event.CreateWrapper(impl, prototype);
    }

    /// <summary>
    /// Makes the event of <paramref name="type"/> from its init dictionary (null when undefined):
    /// the inherited EventInit members are read first (<see cref="DomDictionaries.ToEventInitMembers"/>),
    /// then the dictionary's own in lexicographic order.
    /// </summary>
    protected abstract TEvent CreateEvent(string type, ObjectInstance? dictionary, string context, double timeStamp);
}

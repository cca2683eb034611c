using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.UiEvents;

/// <summary>
/// The interface object of an event interface whose state is its init dictionary (see
/// <see cref="DictionaryEvent"/>): its constructor converts the dictionary, and each member is
/// a readonly attribute of the prototype.
/// </summary>
internal sealed class DictionaryEventConstructor : InterfaceConstructor
{
    private readonly EventConstructor _event;
    private readonly DictionaryEventConstructor? _parentInterface;
    private readonly EventMember[] _members;
    private readonly string _name;

    public DictionaryEventConstructor(BindingRealm realm, string name, EventConstructor eventConstructor, DictionaryEventConstructor? parentInterface, EventMember[] members)
        : base(realm, name, 1, (InterfaceConstructor?)parentInterface ?? eventConstructor, new JsObject(realm.Engine))
    {
        _event = eventConstructor;
        _parentInterface = parentInterface;
        _name = name;

        // https://webidl.spec.whatwg.org/#es-dictionary: the members of one dictionary are read
        // in lexicographic order.
        _members = [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
        foreach (var member in members)
        {
            var memberName = member.Name;
            InterfaceMembers.DefineAttribute(realm, PrototypeObject, memberName, thisValue => This(thisValue).Members[memberName]);
        }
    }

    /// <summary>Makes the wrapper of <paramref name="impl"/> (an event of this interface) in this realm.</summary>
    public PlatformObject CreateWrapper(DictionaryEvent impl) => _event.CreateWrapper(impl, PrototypeObject);

    /// <summary>The default member values of this interface and its ancestors, for events the user agent fires.</summary>
    public Dictionary<string, JsValue> DefaultMembers()
    {
        var values = _parentInterface?.DefaultMembers() ?? new Dictionary<string, JsValue>(StringComparer.Ordinal);
        foreach (var member in _members)
        {
            values[member.Name] = Default(member);
        }

        return values;
    }

    /// <summary>The event that <paramref name="thisValue"/> wraps, if it implements this interface (or one inheriting from it).</summary>
    public DictionaryEvent This(JsValue thisValue)
    {
        var impl = WebIdlConversions.This<DictionaryEvent>(Engine, thisValue);
        var constructor = Realm.RequireInterface(impl.InterfaceName) as DictionaryEventConstructor;
        for (var current = constructor; current is not null; current = current._parentInterface)
        {
            if (ReferenceEquals(current, this))
            {
                return impl;
            }
        }

        throw ScriptErrors.IllegalInvocation(Engine);
    }

    // constructor(DOMString type, optional XInit eventInitDict = {});
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string type = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");
        string context = ConstructContext + ": parameter 2";
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), context);

        // The inherited dictionaries' members first (EventInit, then each ancestor's), then this one's.
        var eventInit = DomDictionaries.ToEventInitMembers(dictionary);
        var values = new Dictionary<string, JsValue>(StringComparer.Ordinal);
        ReadMembers(dictionary, values, context);

        // FIXME: the time is the event loop's clock, not relative to the global's time origin.
        var impl = new DictionaryEvent(_name, type, eventInit, values) { TimeStamp = Realm.EventLoop?.Now ?? 0 };
        return _event.CreateWrapper(impl, prototype);
    }

    private void ReadMembers(ObjectInstance? dictionary, Dictionary<string, JsValue> values, string context)
    {
        _parentInterface?.ReadMembers(dictionary, values, context);
        foreach (var member in _members)
        {
            var value = WebIdlConversions.GetDictionaryMember(dictionary, member.Name);
            values[member.Name] = value.IsUndefined() ? Default(member) : Convert(member, value, $"{context}: Failed to read the '{member.Name}' property from '{_name}Init'");
        }
    }

    private JsValue Convert(EventMember member, JsValue value, string context) => member.Type switch
    {
        EventMemberType.Boolean => WebIdlConversions.ToBoolean(value) ? JsBoolean.True : JsBoolean.False,
        EventMemberType.Long => JsNumber.Create(WebIdlConversions.ToLong(Engine, value, context)),
        EventMemberType.UnsignedLong => JsNumber.Create(WebIdlConversions.ToUnsignedLong(Engine, value, context)),
        EventMemberType.Short => JsNumber.Create((short)TypeConverter.ToInt32(value)),
        EventMemberType.UnsignedShort => JsNumber.Create(WebIdlConversions.ToUnsignedShort(Engine, value, context)),
        EventMemberType.Double => JsNumber.Create(WebIdlConversions.ToDouble(Engine, value, context)),
        EventMemberType.String => new JsString(WebIdlConversions.ToDomString(Engine, value, context)),
        EventMemberType.NullableString => WebIdlConversions.IsNullish(value) ? JsValue.Null : new JsString(WebIdlConversions.ToDomString(Engine, value, context)),
        EventMemberType.NullableEventTarget => WebIdlConversions.IsNullish(value) ? JsValue.Null
            : BindingRealm.TryUnwrap<Events.EventTarget>(value, out _) ? value
            : throw ScriptErrors.TypeError(Engine, context + ": The provided value is not of type 'EventTarget'."),
        EventMemberType.NullableWindow => WebIdlConversions.IsNullish(value) ? JsValue.Null
            : IsWindow(value) ? value
            : throw ScriptErrors.TypeError(Engine, context + ": The provided value is not of type 'Window'."),
        _ => value,
    };

    // A WindowProxy of any window: this realm's global, or a proxy of another window.
    private bool IsWindow(JsValue value) =>
        ReferenceEquals(value, Realm.GlobalObject) || value is WindowProxyObject || value is CrossOriginWindowProxy;

    private static JsValue Default(EventMember member) => member.Type switch
    {
        EventMemberType.Boolean => JsBoolean.False,
        EventMemberType.String => JsString.Empty,
        EventMemberType.NullableString or EventMemberType.Any or EventMemberType.NullableEventTarget or EventMemberType.NullableWindow => JsValue.Null,
        _ => JsNumber.Create(member.Default),
    };
}

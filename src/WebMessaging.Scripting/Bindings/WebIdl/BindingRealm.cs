using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Scheduling;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// The bindings' view of one engine's realm: its interface objects, the wrapper of each core
/// object (one per core object, so identity holds), and the global's environment that new
/// platform objects belong to. Create one per engine, then install interfaces on it.
/// </summary>
public sealed class BindingRealm
{
    private static readonly ConditionalWeakTable<Engine, BindingRealm> s_realms = new();

    // The global objects that stand for a core global (a Window): Jint's own global object is
    // not a PlatformObject, so it is mapped to its core object here.
    private static readonly ConditionalWeakTable<ObjectInstance, object> s_globalImpls = new();

    // The realm whose script most recently started running on this thread (the incumbent
    // approximation, see EnterScript).
    [ThreadStatic]
    private static BindingRealm? t_entered;

    // The wrapper keeps its core object alive and the core object keeps its wrapper alive (the
    // table's value lives as long as its key), so expando properties survive while either is reachable.
    private readonly ConditionalWeakTable<object, PlatformObject> _wrappers = new();
    private readonly Dictionary<Type, Func<object, PlatformObject>> _factories = new();
    private readonly Dictionary<Type, Func<object, PlatformObject>?> _resolvedFactories = new();
    private readonly Dictionary<string, InterfaceConstructor> _interfaces = new(StringComparer.Ordinal);

    private BindingRealm(Engine engine, IEventEnvironment? environment, EventLoop? eventLoop, object? owner)
    {
        Engine = engine;
        Environment = environment;
        EventLoop = eventLoop;
        Owner = owner;
    }

    /// <summary>The engine whose realm this is.</summary>
    public Engine Engine { get; }

    /// <summary>The environment (relevant global) of event targets created by script in this realm, or null.</summary>
    public IEventEnvironment? Environment { get; }

    /// <summary>The event loop timers of this realm run on (AbortSignal.timeout), or null when there is none.</summary>
    public EventLoop? EventLoop { get; }

    /// <summary>The owner (the global) of timers and tasks this realm queues, or null.</summary>
    public object? Owner { get; }

    /// <summary>The engine's global object once <see cref="SetGlobal"/> made it a platform object, or null.</summary>
    public ObjectInstance? GlobalObject { get; private set; }

    /// <summary>
    /// Converts a core global (a window of this or another engine) to the script value this
    /// realm sees for it (a WindowProxy): set by the window bindings; null when the realm has none.
    /// </summary>
    public Func<GlobalScope, JsValue>? GlobalProxyResolver { get; set; }

    /// <summary>
    /// The realm whose script is running most recently on this thread: the one entered last with
    /// <see cref="EnterScript"/> and not yet left, or null.
    /// </summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: the incumbent settings object
    /// (https://html.spec.whatwg.org/multipage/webappapis.html#incumbent) is approximated by the
    /// realm that last entered script (a classic script, a callback, a timer, a promise job):
    /// Jint does not tell a host function which engine's script called it. A script function of
    /// another realm called directly from script does not enter its realm.
    /// </remarks>
    public static BindingRealm? Entered => t_entered;

    /// <summary>Creates the binding realm of <paramref name="engine"/>; an engine has at most one.</summary>
    /// <param name="engine">The engine (one per global).</param>
    /// <param name="environment">The environment of targets that scripts create (new EventTarget()), usually the global.</param>
    /// <param name="eventLoop">The event loop for timers, or null when the realm has none (AbortSignal.timeout then throws).</param>
    /// <param name="owner">The owner of the realm's timers (the global), or null.</param>
    public static BindingRealm Create(Engine engine, IEventEnvironment? environment = null, EventLoop? eventLoop = null, object? owner = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var realm = new BindingRealm(engine, environment, eventLoop, owner);
        if (!s_realms.TryAdd(engine, realm))
        {
            throw new InvalidOperationException("This engine already has a binding realm: create one BindingRealm per engine and install every interface on it.");
        }

        return realm;
    }

    /// <summary>Returns the binding realm of <paramref name="engine"/>, or null when none was created.</summary>
    public static BindingRealm? Of(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return s_realms.TryGetValue(engine, out BindingRealm? realm) ? realm : null;
    }

    /// <summary>Returns the core object behind <paramref name="value"/> when it is a wrapper (or a global object) of a <typeparamref name="T"/>.</summary>
    public static bool TryUnwrap<T>(JsValue value, [NotNullWhen(true)] out T? impl)
        where T : class
    {
        if (value is PlatformObject wrapper)
        {
            impl = wrapper.Impl as T;
            return impl is not null;
        }

        if (value is ObjectInstance candidate && s_globalImpls.TryGetValue(candidate, out object? global) && global is T found)
        {
            impl = found;
            return true;
        }

        impl = null;
        return false;
    }

    /// <summary>
    /// Makes the engine's global object stand for <paramref name="impl"/> (its Window): brand
    /// checks accept it, and wrapping <paramref name="impl"/> in this realm gives it.
    /// </summary>
    public void SetGlobal(ObjectInstance globalObject, object impl)
    {
        ArgumentNullException.ThrowIfNull(globalObject);
        ArgumentNullException.ThrowIfNull(impl);
        if (GlobalObject is not null)
        {
            throw new InvalidOperationException("This realm's global object is already set.");
        }

        GlobalObject = globalObject;
        s_globalImpls.AddOrUpdate(globalObject, impl);
    }

    /// <summary>
    /// Makes <paramref name="proxy"/> (a realm's WindowProxy of another window) stand for
    /// <paramref name="impl"/> like that window's global object: brand checks accept it, so
    /// the window's own members work when called through it.
    /// </summary>
    public static void RegisterProxy(ObjectInstance proxy, object impl)
    {
        ArgumentNullException.ThrowIfNull(proxy);
        ArgumentNullException.ThrowIfNull(impl);
        s_globalImpls.AddOrUpdate(proxy, impl);
    }

    /// <summary>
    /// Marks script of this realm as running on this thread until the result is disposed (see
    /// <see cref="Entered"/>); scopes nest.
    /// </summary>
    public EnteredScript EnterScript()
    {
        BindingRealm? previous = t_entered;
        t_entered = this;
        return new EnteredScript(previous);
    }

    /// <summary>Returns the wrapper of <paramref name="impl"/> in this realm, or null for null.</summary>
    public JsValue Wrap(object? impl) => impl switch
    {
        null => JsValue.Null,
        GlobalScope global => WrapGlobal(global),
        _ => GetWrapper(impl),
    };

    /// <summary>Returns the wrapper of <paramref name="impl"/>, creating it with the factory registered for its type (or nearest base type).</summary>
    public PlatformObject GetWrapper(object impl)
    {
        ArgumentNullException.ThrowIfNull(impl);
        if (_wrappers.TryGetValue(impl, out PlatformObject? wrapper))
        {
            return wrapper;
        }

        Func<object, PlatformObject> factory = FindFactory(impl.GetType())
            ?? throw new InvalidOperationException($"No interface is installed in this realm for {impl.GetType().FullName}: install its binding before exposing such objects to script.");
        wrapper = factory(impl);
        _wrappers.AddOrUpdate(impl, wrapper);
        return wrapper;
    }

    /// <summary>True when a wrapper factory is registered for <paramref name="type"/> or one of its base types.</summary>
    public bool CanWrap(Type type) => FindFactory(type) is not null;

    /// <summary>
    /// Converts a core value of a Web IDL <c>any</c> to script: null is undefined, a script value
    /// stays itself, strings, booleans and numbers become primitives, and platform objects become their wrappers.
    /// </summary>
    public JsValue ToJsValue(object? value) => value switch
    {
        null => JsValue.Undefined,
        JsValue jsValue => jsValue,
        string text => new JsString(text),
        bool flag => flag ? JsBoolean.True : JsBoolean.False,
        double number => JsNumber.Create(number),
        int number => JsNumber.Create(number),
        long number => JsNumber.Create(number),
        GlobalScope global => WrapGlobal(global),
        _ => GetWrapper(value),
    };

    /// <summary>Converts a script value of a Web IDL <c>any</c> to the core: a wrapper becomes its core object, any other value stays a script value.</summary>
    public static object ToCoreValue(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is PlatformObject wrapper)
        {
            return wrapper.Impl;
        }

        return value is ObjectInstance candidate && s_globalImpls.TryGetValue(candidate, out object? global) ? global : value;
    }

    /// <summary>Registers how to wrap core objects of <paramref name="implType"/> (and subtypes without a factory of their own).</summary>
    public void RegisterWrapperFactory(Type implType, Func<object, PlatformObject> factory)
    {
        ArgumentNullException.ThrowIfNull(implType);
        ArgumentNullException.ThrowIfNull(factory);
        _factories[implType] = factory;
        _resolvedFactories.Clear();
    }

    /// <summary>Returns the interface object named <paramref name="name"/> installed in this realm, or null.</summary>
    public InterfaceConstructor? GetInterface(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _interfaces.TryGetValue(name, out InterfaceConstructor? constructor) ? constructor : null;
    }

    /// <summary>Returns the interface object named <paramref name="name"/>; throws when it was not installed first.</summary>
    internal InterfaceConstructor RequireInterface(string name) =>
        GetInterface(name) ?? throw new InvalidOperationException($"The interface {name} must be installed before the interfaces that inherit from or use it.");

    internal void AddInterface(InterfaceConstructor constructor)
    {
        if (!_interfaces.TryAdd(constructor.InterfaceName, constructor))
        {
            throw new InvalidOperationException($"The interface {constructor.InterfaceName} is already installed in this realm.");
        }
    }

    /// <summary>Records <paramref name="wrapper"/> as the wrapper of its core object (for objects constructed by script).</summary>
    internal void CacheWrapper(PlatformObject wrapper) => _wrappers.AddOrUpdate(wrapper.Impl, wrapper);

    /// <summary>Leaves the script entered by <see cref="EnterScript"/>.</summary>
    internal static void LeaveScript(BindingRealm? previous) => t_entered = previous;

    private JsValue WrapGlobal(GlobalScope global)
    {
        if (GlobalProxyResolver is { } resolve)
        {
            return resolve(global);
        }

        if (GlobalObject is not null && s_globalImpls.TryGetValue(GlobalObject, out object? own) && ReferenceEquals(own, global))
        {
            return GlobalObject;
        }

        throw new InvalidOperationException($"The global {global.Id} cannot be exposed to this realm's script: no window bindings are installed.");
    }

    private Func<object, PlatformObject>? FindFactory(Type type)
    {
        if (_resolvedFactories.TryGetValue(type, out Func<object, PlatformObject>? resolved))
        {
            return resolved;
        }

        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (_factories.TryGetValue(current, out resolved))
            {
                break;
            }
        }

        _resolvedFactories[type] = resolved;
        return resolved;
    }
}

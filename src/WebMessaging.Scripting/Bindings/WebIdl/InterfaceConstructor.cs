using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// An interface object (https://webidl.spec.whatwg.org/#interface-object): the constructor
/// function of a Web IDL interface, with its interface prototype object. Calling it without
/// <c>new</c> throws a TypeError; constructing it creates the instance with the prototype of
/// <c>new.target</c>, so script classes can extend it.
/// </summary>
public abstract class InterfaceConstructor : Jint.Native.Constructor
{
    /// <summary>Creates the interface object <paramref name="name"/> with <paramref name="prototypeObject"/> as its interface prototype object.</summary>
    /// <param name="realm">The realm the interface belongs to.</param>
    /// <param name="name">The interface's identifier, e.g. "EventTarget".</param>
    /// <param name="length">The number of required arguments of its constructor operation.</param>
    /// <param name="parent">The interface object of the inherited interface, or null.</param>
    /// <param name="prototypeObject">The interface prototype object, whose members the caller defines.</param>
    /// <param name="prototypeParent">The [[Prototype]] of the interface prototype object when the interface says so (DOMException's is %Error.prototype%); null for the default.</param>
    protected InterfaceConstructor(BindingRealm realm, string name, int length, InterfaceConstructor? parent, ObjectInstance prototypeObject, ObjectInstance? prototypeParent = null)
        : base(realm?.Engine ?? throw new ArgumentNullException(nameof(realm)), name)
    {
        ArgumentNullException.ThrowIfNull(prototypeObject);
        Realm = realm;
        InterfaceName = name;
        PrototypeObject = prototypeObject;

        // https://webidl.spec.whatwg.org/#interface-object
        // "If I is declared to inherit from another interface, then set the [[Prototype]] of F
        //  to the interface object of that inherited interface; otherwise %Function.prototype%."
        Prototype = parent ?? (ObjectInstance)realm.Engine.Intrinsics.Function.Get("prototype");

        // "Perform SetFunctionLength(F, length)."
        DefineOwnProperty("length", new PropertyDescriptor(JsNumber.Create(length), PropertyFlag.Configurable));

        // "Perform ! DefinePropertyOrThrow(F, "prototype", PropertyDescriptor{[[Value]]: proto,
        //  [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false})."
        DefineOwnProperty("prototype", new PropertyDescriptor(prototypeObject, PropertyFlag.AllForbidden));

        // https://webidl.spec.whatwg.org/#interface-prototype-object
        // "If A is an interface ... the [[Prototype]] of the interface prototype object is the
        //  interface prototype object of the inherited interface, or %Object.prototype%."
        prototypeObject.Prototype = prototypeParent ?? parent?.PrototypeObject ?? (ObjectInstance)realm.Engine.Intrinsics.Object.Get("prototype");

        // "the interface prototype object ... must have a property named "constructor" with
        //  attributes { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }
        //  whose value is a reference to the interface object."
        prototypeObject.DefineOwnProperty("constructor", new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
        InterfaceMembers.DefineToStringTag(prototypeObject, name);
        realm.AddInterface(this);
    }

    /// <summary>The interface's identifier, e.g. "EventTarget".</summary>
    public string InterfaceName { get; }

    /// <summary>The interface prototype object (the value of the constructor's "prototype").</summary>
    public ObjectInstance PrototypeObject { get; }

    /// <summary>The realm the interface belongs to.</summary>
    protected BindingRealm Realm { get; }

    /// <summary>Defines the interface object as a property of <paramref name="globalObject"/> (writable, configurable, not enumerable).</summary>
    public void ExposeOn(ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(globalObject);

        // https://webidl.spec.whatwg.org/#es-interfaces
        // "The property has the attributes { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }."
        globalObject.DefineOwnProperty(InterfaceName, new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
    }

    /// <inheritdoc/>
    public sealed override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget)
    {
        // https://webidl.spec.whatwg.org/#internally-create-a-new-object-implementing-the-interface
        // "Let prototype be ? Get(newTarget, "prototype")." "If Type(prototype) is not Object: ...
        //  set prototype to the interface prototype object for interface in targetRealm."
        // FIXME: targetRealm is newTarget's realm; a constructor of another engine passed as
        // new.target falls back to this realm's prototype.
        ObjectInstance prototype = newTarget is ObjectInstance target && !ReferenceEquals(target, this) && target.Get("prototype") is ObjectInstance fromTarget
            ? fromTarget
            : PrototypeObject;
        try
        {
            PlatformObject instance = ConstructInstance(arguments, prototype);
            Realm.CacheWrapper(instance);
            return instance;
        }
        catch (Exception exception) when (exception is DomException or ScriptException)
        {
            throw ScriptErrors.FromCore(Realm, exception)!;
        }
    }

    /// <summary>Throws the TypeError for calling the interface object without <c>new</c>.</summary>
    protected override JsValue Call(JsValue thisObject, JsValue[] arguments)
    {
        // https://webidl.spec.whatwg.org/#interface-object
        // "If NewTarget is undefined, then throw a TypeError."
        throw ScriptErrors.TypeError(Engine, $"Failed to construct '{InterfaceName}': Please use the 'new' operator, this DOM object constructor cannot be called as a function.");
    }

    /// <summary>
    /// The constructor steps: converts <paramref name="arguments"/>, creates the core object and
    /// returns its wrapper with <paramref name="prototype"/>. Interfaces without a constructor throw "Illegal constructor".
    /// </summary>
    protected abstract PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype);

    /// <summary>The TypeError for constructing an interface that has no constructor operation.</summary>
    protected Jint.Runtime.JavaScriptException IllegalConstructor() =>
        ScriptErrors.TypeError(Engine, $"Failed to construct '{InterfaceName}': Illegal constructor");

    /// <summary>The TypeError context for the constructor's arguments, e.g. "Failed to construct 'Event'".</summary>
    protected string ConstructContext => $"Failed to construct '{InterfaceName}'";
}

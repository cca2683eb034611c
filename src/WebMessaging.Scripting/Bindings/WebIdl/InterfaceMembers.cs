using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// Defines the members of interface and prototype objects as Web IDL lays them out
/// (https://webidl.spec.whatwg.org/#es-interfaces): operations and attributes are configurable
/// and enumerable, constants are read-only, and core exceptions thrown inside a member become
/// script exceptions.
/// </summary>
internal static class InterfaceMembers
{
    /// <summary>Defines a regular or static operation <paramref name="name"/> with the given <c>length</c> (its count of required arguments).</summary>
    public static void DefineOperation(BindingRealm realm, ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> steps)
    {
        // https://webidl.spec.whatwg.org/#es-operations
        // "The property has attributes { [[Writable]]: true, [[Enumerable]]: true, [[Configurable]]: true }."
        var function = new ClrFunction(realm.Engine, name, Guard(realm, steps), length, PropertyFlag.Configurable);
        target.DefineOwnProperty(name, new PropertyDescriptor(function, PropertyFlag.ConfigurableEnumerableWritable));
    }

    /// <summary>
    /// Defines an attribute accessor <paramref name="name"/>; a null <paramref name="setter"/>
    /// makes it read-only, and <paramref name="unforgeable"/> ([LegacyUnforgeable]) makes it not configurable.
    /// </summary>
    public static void DefineAttribute(BindingRealm realm, ObjectInstance target, string name, Func<JsValue, JsValue> getter, Action<JsValue, JsValue>? setter = null, bool unforgeable = false)
    {
        // https://webidl.spec.whatwg.org/#es-attributes
        // "The property has attributes { [[Get]]: G, [[Set]]: S, [[Enumerable]]: true, [[Configurable]]: configurable }"
        // "where configurable is false if the attribute was declared with the [LegacyUnforgeable]
        //  extended attribute and true otherwise"
        target.DefineOwnProperty(name, new GetSetPropertyDescriptor(Getter(realm, name, getter), Setter(realm, name, setter), enumerable: true, configurable: !unforgeable));
    }

    /// <summary>Defines an operation <paramref name="name"/> of a [LegacyUnforgeable] interface or member: not writable, not configurable.</summary>
    public static void DefineUnforgeableOperation(BindingRealm realm, ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> steps)
    {
        // https://webidl.spec.whatwg.org/#es-operations
        // "If the operation is unforgeable, then the property has attributes { [[Writable]]:
        //  false, [[Enumerable]]: true, [[Configurable]]: false }."
        var function = new ClrFunction(realm.Engine, name, Guard(realm, steps), length, PropertyFlag.Configurable);
        target.DefineOwnProperty(name, new PropertyDescriptor(function, PropertyFlag.Enumerable));
    }

    /// <summary>Creates the function of operation <paramref name="name"/> without defining it anywhere (cross-origin wrappers).</summary>
    public static ClrFunction Function(BindingRealm realm, string name, int length, Func<JsValue, JsValue[], JsValue> steps) =>
        new(realm.Engine, name, Guard(realm, steps), length, PropertyFlag.Configurable);

    /// <summary>Creates the getter function of attribute <paramref name="name"/> ("get name", length 0).</summary>
    public static ClrFunction Getter(BindingRealm realm, string name, Func<JsValue, JsValue> getter)
    {
        // https://webidl.spec.whatwg.org/#dfn-attribute-getter
        // "Let name be the string "get " prepended to attribute's identifier." "Perform
        //  SetFunctionLength(F, 0)."
        return new ClrFunction(realm.Engine, "get " + name, Guard(realm, (thisValue, _) => getter(thisValue)), 0, PropertyFlag.Configurable);
    }

    /// <summary>Defines a constant on both the interface object and the interface prototype object.</summary>
    public static void DefineConstant(ObjectInstance interfaceObject, ObjectInstance prototype, string name, int value)
    {
        // https://webidl.spec.whatwg.org/#es-constants
        // "The property has attributes { [[Writable]]: false, [[Enumerable]]: true, [[Configurable]]: false }."
        var descriptor = new PropertyDescriptor(JsNumber.Create(value), PropertyFlag.Enumerable);
        interfaceObject.DefineOwnProperty(name, descriptor);
        prototype.DefineOwnProperty(name, descriptor);
    }

    /// <summary>Defines the @@toStringTag property of an interface prototype object.</summary>
    public static void DefineToStringTag(ObjectInstance prototype, string interfaceName)
    {
        // https://webidl.spec.whatwg.org/#es-interface-prototype-object
        // "The property has the attributes { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }."
        prototype.DefineOwnProperty(GlobalSymbolRegistry.ToStringTag, new PropertyDescriptor(new JsString(interfaceName), PropertyFlag.Configurable));
    }

    private static JsValue Setter(BindingRealm realm, string name, Action<JsValue, JsValue>? setter)
    {
        if (setter is null)
        {
            // "If attribute is read only ... return undefined; there is no attribute setter function."
            return JsValue.Undefined;
        }

        // https://webidl.spec.whatwg.org/#dfn-attribute-setter
        // "Let name be the string "set " prepended to id." "Perform SetFunctionLength(F, 1)."
        return new ClrFunction(
            realm.Engine,
            "set " + name,
            Guard(realm, (thisValue, arguments) =>
            {
                // "If no arguments were passed, then throw a TypeError."
                if (arguments.Length == 0)
                {
                    throw ScriptErrors.NotEnoughArguments(realm.Engine, $"Failed to set the '{name}' property", 1, 0);
                }

                setter(thisValue, arguments[0]);
                return JsValue.Undefined;
            }),
            1,
            PropertyFlag.Configurable);
    }

    // Core algorithms throw .NET exceptions; Jint would let them escape the script, so each
    // member turns web platform exceptions into script exceptions of this realm.
    private static Func<JsValue, JsValue[], JsValue> Guard(BindingRealm realm, Func<JsValue, JsValue[], JsValue> steps) =>
        (thisValue, arguments) =>
        {
            try
            {
                return steps(thisValue, arguments);
            }
            catch (DomException exception)
            {
                throw ScriptErrors.FromCore(realm, exception)!;
            }
            catch (ScriptException exception)
            {
                throw ScriptErrors.FromCore(realm, exception)!;
            }
        };
}

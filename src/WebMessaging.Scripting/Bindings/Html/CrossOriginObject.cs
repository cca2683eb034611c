using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The internal methods a cross-origin WindowProxy and Location share
/// (https://html.spec.whatwg.org/multipage/nav-history-apis.html#shared-abstract-operations):
/// only the members <see cref="CreateMemberDescriptor"/> allows can be read (and "location"
/// or "href" set); any other access throws a "SecurityError" DOMException of the accessing realm.
/// </summary>
internal abstract class CrossOriginObject : ObjectInstance
{
    private readonly Dictionary<string, PropertyDescriptor> _descriptors = new(StringComparer.Ordinal);

    protected CrossOriginObject(WindowGlobal accessor)
        : base(accessor.Engine)
    {
        Accessor = accessor;
    }

    /// <summary>The global of the realm that accesses the object (where its functions and errors are made).</summary>
    protected WindowGlobal Accessor { get; }

    /// <summary>The name of the interface, for error messages ("Window" or "Location").</summary>
    protected abstract string InterfaceName { get; }

    /// <inheritdoc />
    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (TryGetOwnPropertyBeforeMembers(property, out PropertyDescriptor? early))
        {
            return early;
        }

        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossorigingetownpropertyhelper-(-o,-p-)
        if (property is JsString text && TryGetMemberDescriptor(text.ToString(), out PropertyDescriptor? member))
        {
            return member;
        }

        if (TryGetOwnPropertyAfterMembers(property, out PropertyDescriptor? late))
        {
            return late;
        }

        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginpropertyfallback-(-p-)
        // "1. If P is "then", %Symbol.toStringTag%, %Symbol.hasInstance%, or
        //  %Symbol.isConcatSpreadable%, then return PropertyDescriptor{ [[Value]]: undefined,
        //  [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }."
        if (IsFallbackKey(property))
        {
            return new PropertyDescriptor(JsValue.Undefined, PropertyFlag.Configurable);
        }

        // "2. Throw a "SecurityError" DOMException."
        throw Blocked(property, "read");
    }

    /// <inheritdoc />
    public override JsValue Get(JsValue property, JsValue receiver)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginget-(-o,-p,-receiver-)
        // "1. Let desc be ? O.[[GetOwnProperty]](P)."
        // "2. Assert: desc is not undefined."
        PropertyDescriptor desc = GetOwnProperty(property);

        // "3. If IsDataDescriptor(desc) is true, then return desc.[[Value]]."
        if (desc.IsDataDescriptor())
        {
            return desc.Value;
        }

        // "4. Assert: IsAccessorDescriptor(desc) is true."
        // "5. Let getter be desc.[[Get]]."
        // "6. If getter is undefined, then throw a "SecurityError" DOMException."
        JsValue? getter = desc.Get;
        if (getter is null || getter.IsUndefined())
        {
            throw Blocked(property, "read");
        }

        // "7. Return ? Call(getter, Receiver)."
        return Engine.Call(getter, receiver, []);
    }

    /// <inheritdoc />
    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginset-(-o,-p,-v,-receiver-)
        // "1. Let desc be ? O.[[GetOwnProperty]](P)."
        PropertyDescriptor desc = GetOwnProperty(property);

        // "3. If desc.[[Set]] is present and its value is not undefined, then: 1. Let setter be
        //  desc.[[Set]]. 2. Perform ? Call(setter, Receiver, « V »). 3. Return true."
        JsValue? setter = desc.IsAccessorDescriptor() ? desc.Set : null;
        if (setter is not null && !setter.IsUndefined())
        {
            Engine.Call(setter, receiver, [value]);
            return true;
        }

        // "4. Throw a "SecurityError" DOMException."
        throw Blocked(property, "set");
    }

    /// <inheritdoc />
    public override bool HasProperty(JsValue property) => GetOwnProperty(property) != PropertyDescriptor.Undefined;

    /// <inheritdoc />
    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc) =>

        // "[[DefineOwnProperty]]: ... Throw a "SecurityError" DOMException."
        throw Blocked(property, "define");

    /// <inheritdoc />
    public override bool Delete(JsValue property) =>

        // "[[Delete]]: ... Throw a "SecurityError" DOMException."
        throw Blocked(property, "delete");

    /// <inheritdoc />
    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        var keys = new List<JsValue>();
        if ((types & Types.String) != 0)
        {
            AddKeysBeforeMembers(keys);

            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginownpropertykeys-(-o-)
            // "2. For each e of CrossOriginProperties(O), append e.[[Property]] to keys."
            foreach (string name in MemberNames)
            {
                keys.Add(JsString.Create(name));
            }

            // "3. Return the concatenation of keys and « "then", %Symbol.toStringTag%,
            //  %Symbol.hasInstance%, %Symbol.isConcatSpreadable% »."
            keys.Add(JsString.Create("then"));
        }

        if ((types & Types.Symbol) != 0)
        {
            keys.Add(GlobalSymbolRegistry.ToStringTag);
            keys.Add(GlobalSymbolRegistry.HasInstance);
            keys.Add(GlobalSymbolRegistry.IsConcatSpreadable);
        }

        return keys;
    }

    /// <inheritdoc />
    public override bool PreventExtensions() =>

        // "[[PreventExtensions]]: Return false." (Location: throw a "SecurityError")
        false;

    /// <inheritdoc />
    protected override ObjectInstance? GetPrototypeOf() =>

        // "[[GetPrototypeOf]]: ... Return null."
        null;

    // FIXME: "[[SetPrototypeOf]](V): Return ! SetImmutablePrototype(this, V)." Jint's
    // ObjectInstance.SetPrototypeOf cannot be overridden, so Object.setPrototypeOf(w, p) succeeds
    // (instead of a TypeError) and changes only this accessor-side object: every other internal
    // method here ignores the prototype, so nothing of the other origin is reached through it.

    /// <summary>The names of the cross-origin members, in the spec's order (CrossOriginProperties(O)).</summary>
    protected abstract IReadOnlyList<string> MemberNames { get; }

    /// <summary>Creates the descriptor of member <paramref name="name"/> (called once per name), or null when it is not a cross-origin member.</summary>
    protected abstract PropertyDescriptor? CreateMemberDescriptor(string name);

    /// <summary>Own properties that come before the cross-origin members (a window's child frames by index).</summary>
    protected virtual bool TryGetOwnPropertyBeforeMembers(JsValue property, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        descriptor = null;
        return false;
    }

    /// <summary>Own properties that come after the cross-origin members (a window's child frames by name).</summary>
    protected virtual bool TryGetOwnPropertyAfterMembers(JsValue property, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        descriptor = null;
        return false;
    }

    /// <summary>Adds the keys that come before the cross-origin members (a window's frame indices).</summary>
    protected virtual void AddKeysBeforeMembers(List<JsValue> keys)
    {
    }

    /// <summary>A method of a cross-origin member: not writable, not enumerable, configurable.</summary>
    protected static PropertyDescriptor Method(JsValue function) => new(function, PropertyFlag.Configurable);

    /// <summary>An attribute of a cross-origin member: a getter and/or a setter, not enumerable, configurable.</summary>
    protected static PropertyDescriptor Attribute(JsValue? getter, JsValue? setter) =>
        new GetSetPropertyDescriptor(getter ?? JsValue.Undefined, setter ?? JsValue.Undefined, enumerable: false, configurable: true);

    /// <summary>The "SecurityError" DOMException of the accessing realm for <paramref name="property"/>.</summary>
    protected JavaScriptException Blocked(JsValue property, string verb)
    {
        string origin = Accessor.Origin.Serialize();
        string key = property.IsSymbol() ? property.ToString() : "'" + property + "'";
        return ScriptErrors.DomException(
            Accessor.Bindings,
            "SecurityError",
            $"Failed to {verb} {key} on a cross-origin '{InterfaceName}': Blocked a frame with origin \"{origin}\" from accessing a cross-origin frame.");
    }

    private bool TryGetMemberDescriptor(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PropertyDescriptor? descriptor)
    {
        if (_descriptors.TryGetValue(name, out descriptor))
        {
            return true;
        }

        // "the CrossOriginPropertyDescriptorMap": each member's functions are made once per
        // accessing realm and object, so that reading them twice gives the same functions.
        descriptor = CreateMemberDescriptor(name);
        if (descriptor is null)
        {
            return false;
        }

        _descriptors.Add(name, descriptor);
        return true;
    }

    private static bool IsFallbackKey(JsValue property) =>
        (property is JsString text && text.ToString() == "then")
        || ReferenceEquals(property, GlobalSymbolRegistry.ToStringTag)
        || ReferenceEquals(property, GlobalSymbolRegistry.HasInstance)
        || ReferenceEquals(property, GlobalSymbolRegistry.IsConcatSpreadable);
}

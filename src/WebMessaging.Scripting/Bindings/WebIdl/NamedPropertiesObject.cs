using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// A legacy platform object that supports named properties with a named getter, setter and
/// deleter whose values are strings (https://webidl.spec.whatwg.org/#es-legacy-platform-objects):
/// Storage and DOMStringMap. Subclasses give the supported property names and the three operations.
/// </summary>
internal abstract class NamedPropertiesObject : PlatformObject
{
    protected NamedPropertiesObject(BindingRealm realm, object impl, ObjectInstance prototype)
        : base(realm, impl, prototype)
    {
    }

    /// <summary>Whether the interface has [LegacyOverrideBuiltIns]: named properties then shadow the prototype chain's.</summary>
    protected abstract bool OverrideBuiltIns { get; }

    /// <summary>The supported property names, in order.</summary>
    protected abstract IEnumerable<string> SupportedNames { get; }

    /// <summary>The named getter: the value of <paramref name="name"/>, or null when it is not a supported property name.</summary>
    protected abstract string? GetNamed(string name);

    /// <summary>The named setter.</summary>
    protected abstract void SetNamed(string name, string value);

    /// <summary>The named deleter.</summary>
    protected abstract void DeleteNamed(string name);

    // https://webidl.spec.whatwg.org/#LegacyPlatformObjectGetOwnProperty with ignoreNamedProps false.
    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        // "2. If O supports named properties and ignoreNamedProps is false, then: 1. If the result
        // of running the named property visibility algorithm with property name P and object O is
        // true, then: ... Set desc.[[Value]] ... If O implements an interface with a named
        // property setter, then set desc.[[Writable]] to true ... set desc.[[Enumerable]] to true
        // ... Set desc.[[Configurable]] to true. Return desc."
        if (VisibleNamedValue(property) is { } value)
        {
            return new PropertyDescriptor(value, writable: true, enumerable: true, configurable: true);
        }

        // "3. Return OrdinaryGetOwnProperty(O, P)."
        return base.GetOwnProperty(property);
    }

    public override JsValue Get(JsValue property, JsValue receiver) =>
        VisibleNamedValue(property) is { } value ? new JsString(value) : base.Get(property, receiver);

    protected override bool TryGetOwnPropertyValue(JsValue property, JsValue receiver, out JsValue value)
    {
        if (VisibleNamedValue(property) is { } named)
        {
            value = new JsString(named);
            return true;
        }

        return base.TryGetOwnPropertyValue(property, receiver, out value);
    }

    protected override OwnPropertyProbe ProbeOwnProperty(JsValue property) =>
        VisibleNamedValue(property) is not null ? OwnPropertyProbe.Enumerable : base.ProbeOwnProperty(property);

    public override bool HasProperty(JsValue property) => VisibleNamedValue(property) is not null || base.HasProperty(property);

    // https://webidl.spec.whatwg.org/#legacy-platform-object-set
    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        // "1. If O and Receiver are the same object, then: ... 2. If O implements an interface
        // with a named property setter and P is a String, then: 1. Invoke the named property
        // setter for O with P and V. 2. Return true."
        if (ReferenceEquals(receiver, this) && property.IsString())
        {
            SetNamed(property.AsString(), TypeConverter.ToString(value));
            return true;
        }

        // "2. Let ownDesc be ? LegacyPlatformObjectGetOwnProperty(O, P, true)."
        // "3. Perform ? OrdinarySetWithOwnDescriptor(O, P, V, Receiver, ownDesc)."
        return base.Set(property, value, receiver);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-defineownproperty
    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        // "2. If O supports named properties, O does not implement an interface with the [Global]
        // extended attribute, P is a String, and P is not an unforgeable property name of O, then:
        // ... 2. If O implements an interface with the [LegacyOverrideBuiltIns] extended attribute
        // or O does not have an own property named P, then: 1. If creating is false or O implements
        // an interface with a named property setter, then: 1. If O implements an interface with a
        // named property setter, then: 1. If IsDataDescriptor(Desc) is false, then return false.
        // 2. Invoke the named property setter for O with P and Desc.[[Value]]. 3. Return true."
        if (property.IsString() && (OverrideBuiltIns || base.GetOwnProperty(property) == PropertyDescriptor.Undefined))
        {
            if (desc.IsAccessorDescriptor())
            {
                return false;
            }

            SetNamed(property.AsString(), TypeConverter.ToString(desc.Value ?? Undefined));
            return true;
        }

        // "3. Return ! OrdinaryDefineOwnProperty(O, P, Desc)."
        return base.DefineOwnProperty(property, desc);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-delete
    public override bool Delete(JsValue property)
    {
        // "2. If O supports named properties, O does not implement an interface with the [Global]
        // extended attribute and the result of calling the named property visibility algorithm
        // with property name P and object O is true, then: ... Perform method steps of operation
        // with O as this and « P » as the argument values. ... Return true."
        if (VisibleNamedValue(property) is not null)
        {
            DeleteNamed(property.AsString());
            return true;
        }

        return base.Delete(property);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-ownpropertykeys
    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        var keys = new List<JsValue>();

        // "3. If O supports named properties, then for each P of O's supported property names that
        // is visible according to the named property visibility algorithm, append P to keys."
        if ((types & Types.String) != 0)
        {
            foreach (var name in SupportedNames)
            {
                if (IsVisible(name))
                {
                    keys.Add(new JsString(name));
                }
            }
        }

        // "4. For each P of O's own property keys that is a String, in ascending chronological
        // order of property creation, append P to keys." "5. ... Symbol ..."
        keys.AddRange(base.GetOwnPropertyKeys(types));
        return keys;
    }

    private string? VisibleNamedValue(JsValue property) =>
        property.IsString() && GetNamed(property.AsString()) is { } value && IsVisible(property.AsString()) ? value : null;

    // https://webidl.spec.whatwg.org/#dfn-named-property-visibility
    private bool IsVisible(string name)
    {
        // "1. If P is not a supported property name of O, then return false." (checked by the callers)
        // "2. If O has an own property named P, then return false."
        if (base.GetOwnProperty(name) != PropertyDescriptor.Undefined)
        {
            return false;
        }

        // "3. If O implements an interface that has the [LegacyOverrideBuiltIns] extended attribute, then return true."
        if (OverrideBuiltIns)
        {
            return true;
        }

        // "4. Let prototype be O.[[GetPrototypeOf]](). 5. While prototype is not null: 1. If
        // prototype is not a named properties object, and prototype has an own property named P,
        // then return false. 2. Set prototype to prototype.[[GetPrototypeOf]](). 6. Return true."
        for (var prototype = Prototype; prototype is not null; prototype = prototype.Prototype)
        {
            if (prototype.GetOwnProperty(name) != PropertyDescriptor.Undefined)
            {
                return false;
            }
        }

        return true;
    }
}

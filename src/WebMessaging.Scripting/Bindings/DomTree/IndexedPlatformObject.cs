using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The wrapper of a legacy platform object that supports indexed properties
/// (https://webidl.spec.whatwg.org/#legacy-platform-object-abstract-ops): NodeList,
/// HTMLCollection, DOMTokenList. Each index below the length is an own, enumerable, read-only
/// data property read from the core object at each access (so a live list stays live).
/// </summary>
internal sealed class IndexedPlatformObject : PlatformObject
{
    private readonly Func<int> _length;
    private readonly Func<int, JsValue> _item;

    public IndexedPlatformObject(BindingRealm realm, object impl, ObjectInstance prototype, Func<int> length, Func<int, JsValue> item)
        : base(realm, impl, prototype)
    {
        _length = length;
        _item = item;
    }

    // https://webidl.spec.whatwg.org/#LegacyPlatformObjectGetOwnProperty
    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        // "1. If O supports indexed properties and P is an array index, then: 1. Let index be the
        //  result of calling ToUint32(P). 2. If index is a supported property index, then: ...
        //  Let desc be a newly created Property Descriptor with no fields. Set desc.[[Value]] to
        //  the result of converting value to an ECMAScript value. If O implements an interface
        //  with an indexed property setter, then set desc.[[Writable]] to true, otherwise set it
        //  to false. Set desc.[[Enumerable]] and desc.[[Configurable]] to true. Return desc.
        //  3. Set ignoreNamedProps to true."
        if (TryGetIndex(property, out uint index))
        {
            return index < (uint)_length() ? new PropertyDescriptor(_item((int)index), writable: false, enumerable: true, configurable: true) : PropertyDescriptor.Undefined;
        }

        // "3. Return OrdinaryGetOwnProperty(O, P)."
        return base.GetOwnProperty(property);
    }

    public override JsValue Get(JsValue property, JsValue receiver)
    {
        if (TryGetIndex(property, out uint index))
        {
            return index < (uint)_length() ? _item((int)index) : Prototype?.Get(property, receiver) ?? Undefined;
        }

        return base.Get(property, receiver);
    }

    protected override bool TryGetOwnPropertyValue(JsValue property, JsValue receiver, out JsValue value)
    {
        if (TryGetIndex(property, out uint index))
        {
            bool found = index < (uint)_length();
            value = found ? _item((int)index) : Undefined;
            return found;
        }

        return base.TryGetOwnPropertyValue(property, receiver, out value);
    }

    protected override OwnPropertyProbe ProbeOwnProperty(JsValue property) =>
        TryGetIndex(property, out uint index)
            ? index < (uint)_length() ? OwnPropertyProbe.Enumerable : OwnPropertyProbe.Missing
            : base.ProbeOwnProperty(property);

    public override bool HasProperty(JsValue property) =>
        TryGetIndex(property, out uint index) ? index < (uint)_length() || (Prototype?.HasProperty(property) ?? false) : base.HasProperty(property);

    // https://webidl.spec.whatwg.org/#legacy-platform-object-defineownproperty
    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        // "1. If O supports indexed properties and P is an array index, then: 1. If the result of
        //  calling IsDataDescriptor(Desc) is false, then return false. 2. If O does not implement
        //  an interface with an indexed property setter, then return false."
        return !TryGetIndex(property, out _) && base.DefineOwnProperty(property, desc);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-set
    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        // Without an indexed setter, OrdinarySetWithOwnDescriptor sees a read-only own property
        // (or, past the length, none, and then a new property cannot be defined either).
        return !TryGetIndex(property, out _) && base.Set(property, value, receiver);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-delete
    public override bool Delete(JsValue property)
    {
        // "1. If O supports indexed properties and P is an array index, then: 1. Let index be the
        //  result of calling ToUint32(P). 2. If index is not a supported property index, then return true. 3. Return false."
        if (TryGetIndex(property, out uint index))
        {
            return index >= (uint)_length();
        }

        return base.Delete(property);
    }

    // https://webidl.spec.whatwg.org/#legacy-platform-object-ownpropertykeys
    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        // "2. If O supports indexed properties, then for each index of O's supported property
        //  indices, in ascending numerical order, append ! ToString(index) to keys."
        var keys = new List<JsValue>();
        if ((types & Types.String) != 0)
        {
            int length = _length();
            for (int i = 0; i < length; i++)
            {
                keys.Add(new JsString(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        // "4. For each P of O's own property keys that is a String, in ascending chronological
        //  order of property creation, append P to keys." "5. ... Symbol ..."
        keys.AddRange(base.GetOwnPropertyKeys(types));
        return keys;
    }

    // https://tc39.es/ecma262/#array-index: a canonical numeric string of an integer in [0, 2^32 - 2].
    private static bool TryGetIndex(JsValue property, out uint index)
    {
        index = 0;
        if (property is JsNumber number)
        {
            double value = number.AsNumber();
            if (value >= 0 && value < uint.MaxValue && value == Math.Floor(value))
            {
                index = (uint)value;
                return true;
            }

            return false;
        }

        if (!property.IsString())
        {
            return false;
        }

        string text = property.AsString();
        if (text.Length == 0 || text.Length > 10 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        ulong result = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            result = (result * 10) + (uint)(c - '0');
        }

        if (result >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)result;
        return true;
    }
}

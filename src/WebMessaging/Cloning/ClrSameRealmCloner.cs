using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Cloning;

/// <summary>
/// StructuredDeserialize(StructuredSerialize(value)) for CLR values, from the .NET realm into
/// the .NET realm, in one walk of the graph that builds the clone directly, with no records in
/// between.
/// </summary>
/// <remarks>
/// <para>
/// IMPLEMENTATION DEFINED: the spec's structuredClone(value) serializes the whole value to
/// records, then deserializes the records. For CLR values no script can observe the records
/// between the two walks, so fusing the walks is unobservable as long as the fused walk builds
/// what the deserializer would have built from what the serializer would have read, in the
/// same order, and runs no code that could tell the difference. This walk therefore reads and
/// builds values with the very <see cref="ClrRealm"/> methods the record path uses, and it
/// only reads values whose reading runs no user code (see
/// <see cref="ClrTypeShape.ReadsWithoutUserCode"/>).
/// </para>
/// <para>
/// On any other value (an exception, a Regex, a JsArray, a Blob, a platform object, a function,
/// a custom collection or a getter with a body, a detached buffer, a graph too deep for the
/// stack, ...) the fused walk gives up before reading it, and the caller runs the record path
/// from scratch: the result, or the error thrown, is then the record path's by construction,
/// and as the abandoned walk ran no user code, nothing of it can be observed. Errors that only
/// the deserializer would raise (an invalid view) also make the walk give up, because the
/// record path would first have finished serializing (and maybe thrown a different error).
/// </para>
/// <para>
/// The one difference from the record path is the identity of boxed primitives: a Number that
/// was a boxed <see cref="double"/> keeps that very box (the record path boxes a new one).
/// Primitives have no identity in JavaScript and a box is immutable, so the .NET realm treats
/// two boxes of one number as the same value.
/// </para>
/// </remarks>
internal sealed class ClrSameRealmCloner
{
    // One idle cloner per thread, so that the memory map and scratch lists keep their capacity.
    [ThreadStatic]
    private static ClrSameRealmCloner? t_idle;

    // What a step returns when the fused walk gives up.
    private static readonly object GaveUp = new();

    // "1. If memory was not supplied, let memory be an empty map." Here memory maps each
    // object of the source graph to its clone: the composition of the serializer's memory
    // (value to record) and the deserializer's (record to value).
    private readonly IdentityMap<object, object?> _memory = new(ReferenceEqualityComparer.Instance);

    // Scratch lists shared by every level of the recursion, as in StructuredSerializer.
    private readonly List<OwnProperty<object?>> _properties = [];
    private readonly List<KeyValuePair<object?, object?>> _mapEntries = [];
    private readonly List<object?> _setEntries = [];

    private ClrRealm _realm = null!;

    /// <summary>
    /// Clones <paramref name="value"/> into <paramref name="realm"/> in one walk; false when the
    /// graph holds a value this walk leaves to the record path (nothing observable happened then).
    /// </summary>
    public static bool TryClone(ClrRealm realm, object? value, out object? clone)
    {
        ClrSameRealmCloner cloner = t_idle ?? new ClrSameRealmCloner();
        t_idle = null;
        cloner._realm = realm;
        try
        {
            object? result = cloner.Clone(value);
            bool cloned = !ReferenceEquals(result, GaveUp);
            clone = cloned ? result : null;
            return cloned;
        }
        finally
        {
            cloner._memory.Clear();
            cloner._properties.Clear();
            cloner._mapEntries.Clear();
            cloner._setEntries.Clear();
            cloner._realm = null!;
            t_idle = cloner;
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
    /// followed by https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize
    /// for one value.
    /// </summary>
    private object? Clone(object? value)
    {
        // The commonest JSON-like values first, tested in the order ClrRealm.Classify tests them.
        switch (value)
        {
            // "4. If value is undefined, null, a Boolean, a Number, a BigInt, or a String, then
            // return { [[Type]]: "primitive", [[Value]]: value }." and, deserializing, "5. If
            // serialized.[[Type]] is "primitive", then set value to serialized.[[Value]]."
            case null:
                return null;
            case string:
                // Strings are immutable: the clone shares the string, as the record path does.
                return value;
            case double:
                // The box is kept (see the remarks): its bits, -0 and NaN payloads included, are the value.
                return value;
            case int number:
                return _realm.CreateNumber(number);
            case bool boolean:
                return _realm.CreateBoolean(boolean);
            case Dictionary<string, object?> dictionary:
                return CloneDictionary(dictionary);
            case List<object?> list:
                return CloneList(list);
            default:
                return CloneOther(value);
        }
    }

    private object? CloneOther(object value)
    {
        RealmValueKind kind = _realm.Classify(value);
        switch (kind)
        {
            case RealmValueKind.Undefined:
                return Values.Undefined.Value;
            case RealmValueKind.Boolean:
                return _realm.CreateBoolean(_realm.GetBoolean(value));
            case RealmValueKind.Number:
                return _realm.CreateNumber(_realm.GetNumber(value));
            case RealmValueKind.BigInt:
                return _realm.CreateBigInt(_realm.GetBigInt(value));
            case RealmValueKind.String:
                return _realm.CreateString(_realm.GetString(value));
        }

        // "2. If memory[value] exists, then return memory[value]."
        if (_memory.TryGetValue(value, out object? remembered, out int hash))
        {
            return remembered;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            // The record path decides whether the graph is too deep.
            return GaveUp;
        }

        object? clone;
        switch (kind)
        {
            // "7. If value has a [[BooleanData]] internal slot, then set serialized to
            // { [[Type]]: "Boolean", [[BooleanData]]: value.[[BooleanData]] }." (and "8." to
            // "10." for Number, BigInt and String) then "6. Otherwise, if serialized.[[Type]] is
            // "Boolean", then set value to a new Boolean object in targetRealm whose
            // [[BooleanData]] internal slot value is serialized.[[BooleanData]]." (and "7." to "9.")
            case RealmValueKind.BooleanObject:
                clone = _realm.CreatePrimitiveWrapper(SerializedValue.FromBoolean(_realm.GetBoolean(value)));
                break;
            case RealmValueKind.NumberObject:
                clone = _realm.CreatePrimitiveWrapper(SerializedValue.FromNumber(_realm.GetNumber(value)));
                break;
            case RealmValueKind.BigIntObject:
                clone = _realm.CreatePrimitiveWrapper(SerializedValue.FromBigInt(_realm.GetBigInt(value)));
                break;
            case RealmValueKind.StringObject:
                clone = _realm.CreatePrimitiveWrapper(SerializedValue.FromString(_realm.GetString(value)));
                break;

            // "11. Otherwise, if value has a [[DateValue]] internal slot, then set serialized to
            // { [[Type]]: "Date", [[DateValue]]: value.[[DateValue]] }." then "10. Otherwise, if
            // serialized.[[Type]] is "Date", then set value to a new Date object in targetRealm
            // whose [[DateValue]] internal slot value is serialized.[[DateValue]]."
            case RealmValueKind.Date:
                clone = _realm.CreateDate(_realm.GetDateValue(value));
                break;

            // "12. Otherwise, if value has a [[RegExpMatcher]] internal slot, then set serialized
            // to { [[Type]]: "RegExp", ... [[OriginalSource]]: value.[[OriginalSource]],
            // [[OriginalFlags]]: value.[[OriginalFlags]] }." then "11. ... set value to a new
            // RegExp object in targetRealm whose ... [[OriginalSource]] internal slot value is
            // serialized.[[OriginalSource]], and whose [[OriginalFlags]] internal slot value is
            // serialized.[[OriginalFlags]]." (A .NET Regex, whose flags may not translate, is
            // left to the record path.)
            case RealmValueKind.RegExp when value is JsRegExp regExp:
                clone = _realm.CreateRegExp(regExp.Source, regExp.Flags);
                break;

            // "13. Otherwise, if value has an [[ArrayBufferData]] internal slot, then:" (Memory
            // and segments, whose reading may run a MemoryManager's code, are left to the record path)
            case RealmValueKind.ArrayBuffer when value is Values.ArrayBuffer or byte[]:
                clone = CloneArrayBuffer(value);
                break;

            // "14. Otherwise, if value has a [[ViewedArrayBuffer]] internal slot, then:"
            case RealmValueKind.ArrayBufferView:
                clone = CloneArrayBufferView(value);
                break;

            // "15. Otherwise, if value has [[MapData]] internal slot, then:"
            case RealmValueKind.Map when value is JsMap || ClrRealm.ReadsWithoutUserCode(value):
                return CloneMap(value, hash);

            // "16. Otherwise, if value has [[SetData]] internal slot, then:"
            case RealmValueKind.Set when value is JsSet || ClrRealm.ReadsWithoutUserCode(value):
                return CloneSet(value, hash);

            // "18. Otherwise, if value is an Array exotic object, then:" (dense, read by index;
            // a JsArray, with holes and extra properties, is left to the record path)
            case RealmValueKind.Array when value is IList items && ClrRealm.ReadsWithoutUserCode(value):
                return CloneIList(items, hash);

            // "24. Otherwise:" an ordinary object.
            case RealmValueKind.Object when ClrRealm.ReadsWithoutUserCode(value):
                return CloneObject(value, hash);

            // Errors, Blobs, platform objects, functions, objects with other internal slots,
            // and values whose reading runs user code: the record path clones them or throws.
            default:
                return GaveUp;
        }

        if (ReferenceEquals(clone, GaveUp))
        {
            return GaveUp;
        }

        // "25. Set memory[value] to serialized." and "23. Set memory[serialized] to value."
        _memory.Add(value, hash, clone);

        // "27. Return serialized." and "25. Return value."
        return clone;
    }

    private object CloneDictionary(Dictionary<string, object?> dictionary)
    {
        // "2. If memory[value] exists, then return memory[value]."
        if (_memory.TryGetValue(dictionary, out object? remembered, out int hash))
        {
            return remembered!;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return GaveUp;
        }

        // "24. Otherwise: 1. Set serialized to { [[Type]]: "Object", [[Properties]]: a new
        // empty List }. 2. Set deep to true." then "20. Otherwise, if serialized.[[Type]] is
        // "Object", then: Set value to a new Object in targetRealm. Set deep to true."
        object clone = _realm.CreateObject(dictionary.Count)!;

        // "25. Set memory[value] to serialized." and "23. Set memory[serialized] to value."
        _memory.Add(dictionary, hash, clone);

        // "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):"
        foreach (KeyValuePair<string, object?> entry in dictionary)
        {
            // "1. If ! HasOwnProperty(value, key) is true, then: 1. Let inputValue be ?
            // value.[[Get]](key, value). 2. Let outputValue be ? StructuredSerializeInternal(inputValue,
            // forStorage, memory)." then "1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
            object? deserializedValue = Clone(entry.Value);
            if (ReferenceEquals(deserializedValue, GaveUp))
            {
                return GaveUp;
            }

            // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            _realm.CreateDataProperty(clone, entry.Key, deserializedValue);
        }

        return clone;
    }

    private object CloneList(List<object?> list)
    {
        // "2. If memory[value] exists, then return memory[value]."
        if (_memory.TryGetValue(list, out object? remembered, out int hash))
        {
            return remembered!;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            return GaveUp;
        }

        // "18. Otherwise, if value is an Array exotic object, then: ... 3. Set serialized to
        // { [[Type]]: "Array", [[Length]]: valueLen, [[Properties]]: a new empty List }." then
        // "19. Otherwise, if serialized.[[Type]] is "Array", then: ... 2. Set value to
        // ! ArrayCreate(serialized.[[Length]], outputProto)." A List is a dense array.
        object clone = _realm.CreateArray((uint)list.Count, isDense: true)!;
        _memory.Add(list, hash, clone);
        foreach (object? element in CollectionsMarshal.AsSpan(list))
        {
            object? deserializedValue = Clone(element);
            if (ReferenceEquals(deserializedValue, GaveUp))
            {
                return GaveUp;
            }

            _realm.SetArrayElement(clone, 0, deserializedValue);
        }

        return clone;
    }

    private object CloneIList(IList items, int hash)
    {
        // As CloneList, for an array or a List<T> of another element type: the record path
        // lists the same elements (ClrRealm.TryGetDenseElements) by index.
        int count = items.Count;
        object clone = _realm.CreateArray((uint)count, isDense: true)!;
        _memory.Add(items, hash, clone);
        for (int i = 0; i < count; i++)
        {
            object? deserializedValue = Clone(items[i]);
            if (ReferenceEquals(deserializedValue, GaveUp))
            {
                return GaveUp;
            }

            _realm.SetArrayElement(clone, (uint)i, deserializedValue);
        }

        return clone;
    }

    private object CloneObject(object value, int hash)
    {
        // "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):" listed as the
        // record path lists them (every value comes with its key).
        int start = _properties.Count;
        _realm.GetEnumerableOwnProperties(value, _properties);
        int end = _properties.Count;

        // "Set serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }." then
        // "Set value to a new Object in targetRealm."
        object clone = _realm.CreateObject(end - start)!;
        _memory.Add(value, hash, clone);
        for (int i = start; i < end; i++)
        {
            OwnProperty<object?> property = _properties[i];
            object? deserializedValue = Clone(property.Value);
            if (ReferenceEquals(deserializedValue, GaveUp))
            {
                return GaveUp;
            }

            // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            _realm.CreateDataProperty(clone, property.Key, deserializedValue);
        }

        CollectionsMarshal.SetCount(_properties, start);
        return clone;
    }

    private object CloneMap(object value, int hash)
    {
        // "1. Let copiedList be a new empty List." "2. For each Record { [[Key]], [[Value]] }
        // entry of value.[[MapData]]: ... append copiedEntry to copiedList."
        int start = _mapEntries.Count;
        _realm.CopyMapEntries(value, _mapEntries);
        int end = _mapEntries.Count;

        // "Set serialized to { [[Type]]: "Map", [[MapData]]: a new empty List }." then "Set
        // value to a new Map object in targetRealm whose [[MapData]] internal slot value is a new empty List."
        object clone = _realm.CreateMap(end - start)!;
        _memory.Add(value, hash, clone);

        // "3. For each Record { [[Key]], [[Value]] } entry of copiedList:"
        for (int i = start; i < end; i++)
        {
            KeyValuePair<object?, object?> entry = _mapEntries[i];

            // "1. Let serializedKey be ? StructuredSerializeInternal(entry.[[Key]], forStorage,
            // memory)." then "1. Let deserializedKey be ? StructuredDeserialize(entry.[[Key]], targetRealm, memory)."
            object? deserializedKey = Clone(entry.Key);
            if (ReferenceEquals(deserializedKey, GaveUp))
            {
                return GaveUp;
            }

            // "2. Let serializedValue be ? StructuredSerializeInternal(entry.[[Value]],
            // forStorage, memory)." then "2. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
            object? deserializedValue = Clone(entry.Value);
            if (ReferenceEquals(deserializedValue, GaveUp))
            {
                return GaveUp;
            }

            // "3. Append { [[Key]]: deserializedKey, [[Value]]: deserializedValue } to value.[[MapData]]."
            _realm.AppendMapEntry(clone, deserializedKey, deserializedValue);
        }

        CollectionsMarshal.SetCount(_mapEntries, start);
        return clone;
    }

    private object CloneSet(object value, int hash)
    {
        // "1. Let copiedList be a new empty List." "2. For each entry of value.[[SetData]]: If
        // entry is not the special value empty, append entry to copiedList."
        int start = _setEntries.Count;
        _realm.CopySetEntries(value, _setEntries);
        int end = _setEntries.Count;

        // "Set serialized to { [[Type]]: "Set", [[SetData]]: a new empty List }." then "Set
        // value to a new Set object in targetRealm whose [[SetData]] internal slot value is a new empty List."
        object clone = _realm.CreateSet(end - start)!;
        _memory.Add(value, hash, clone);

        // "3. For each entry of copiedList:"
        for (int i = start; i < end; i++)
        {
            // "1. Let serializedEntry be ? StructuredSerializeInternal(entry, forStorage,
            // memory)." then "1. Let deserializedEntry be ? StructuredDeserialize(entry, targetRealm, memory)."
            object? deserializedEntry = Clone(_setEntries[i]);
            if (ReferenceEquals(deserializedEntry, GaveUp))
            {
                return GaveUp;
            }

            // "2. Append deserializedEntry to value.[[SetData]]."
            _realm.AppendSetEntry(clone, deserializedEntry);
        }

        CollectionsMarshal.SetCount(_setEntries, start);
        return clone;
    }

    private object? CloneArrayBuffer(object value)
    {
        ArrayBufferContents contents = _realm.GetArrayBuffer(value);

        // "1. If IsSharedArrayBuffer(value) is true, then:" ... and "1. If
        // IsDetachedBuffer(value) is true, then throw a "DataCloneError" DOMException."
        // Both throw: left to the record path.
        if (contents.IsShared || contents.IsDetached)
        {
            return GaveUp;
        }

        // "2. Let size be value.[[ArrayBufferByteLength]]."
        int size = contents.ByteLength;

        // "3. Let dataCopy be ? CreateByteDataBlock(size)." "4. Perform
        // CopyDataBlockBytes(dataCopy, 0, value.[[ArrayBufferData]], 0, size)."
        byte[] dataCopy = GC.AllocateUninitializedArray<byte>(size);
        contents.Data.AsSpan(0, size).CopyTo(dataCopy);

        // "14. Otherwise, if serialized.[[Type]] is "ArrayBuffer", then set value to a new
        // ArrayBuffer object in targetRealm whose [[ArrayBufferData]] internal slot value is
        // serialized.[[ArrayBufferData]] ..." (and "15." for "ResizableArrayBuffer"): the
        // clone takes the copy over, as the record path's consumed record does.
        return _realm.CreateArrayBuffer(dataCopy, size, contents.MaxByteLength);
    }

    private object? CloneArrayBufferView(object value)
    {
        ArrayBufferViewInfo<object?> view = _realm.GetArrayBufferView(value);

        // "1. If IsArrayBufferViewOutOfBounds(value) is true, then throw a "DataCloneError"
        // DOMException." (left to the record path)
        if (view.IsOutOfBounds || view.Buffer is not Values.ArrayBuffer)
        {
            return GaveUp;
        }

        // "3. Let bufferSerialized be ? StructuredSerializeInternal(buffer, forStorage,
        // memory)." then "1. Let deserializedArrayBuffer be ? StructuredDeserialize(serialized.[[ArrayBufferSerialized]], targetRealm, memory)."
        object? deserializedArrayBuffer = Clone(view.Buffer);
        if (ReferenceEquals(deserializedArrayBuffer, GaveUp))
        {
            return GaveUp;
        }

        // "3. Otherwise, set value to a new typed array object in targetRealm, using the
        // constructor given by serialized.[[Constructor]], whose [[ViewedArrayBuffer]] internal
        // slot value is deserializedArrayBuffer, ..." (or "2." a DataView). The record path
        // would throw only after serializing the rest of the graph, so an error here gives up.
        try
        {
            return _realm.CreateArrayBufferView(view.Kind, deserializedArrayBuffer, view.ByteOffset, view.Length);
        }
        catch (DataCloneException)
        {
            return GaveUp;
        }
    }
}

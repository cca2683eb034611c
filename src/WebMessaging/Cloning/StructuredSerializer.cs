using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// StructuredSerializeInternal and StructuredSerializeWithTransfer over the values of one
/// realm, read through <typeparamref name="TReader"/>. One instance is one serialization: it
/// holds the memory map.
/// </summary>
/// <remarks>https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal</remarks>
internal sealed class StructuredSerializer<TValue, TReader>
    where TReader : IRealmReader<TValue>
{
    // One idle serializer per thread, so that the memory map and scratch lists keep their
    // capacity from one serialization to the next instead of being allocated (large graphs
    // would otherwise allocate them on the large object heap every time).
    [ThreadStatic]
    private static StructuredSerializer<TValue, TReader>? t_idle;

    // Not readonly: a struct reader must not be copied defensively on every call.
    private TReader _reader;
    private bool _forStorage;
    private readonly IdentityMap<TValue, SerializedRecord> _memory;

    // Scratch lists shared by every level of the recursion: each level appends its items,
    // walks them by index (deeper levels append after them and cut back to where they began),
    // and cuts the list back when done. This spares one list allocation per object.
    private readonly List<OwnProperty<TValue>> _properties = [];
    private readonly List<TValue> _elements = [];
    private readonly List<KeyValuePair<TValue, TValue>> _mapEntries = [];
    private readonly List<TValue> _setEntries = [];

    private StructuredSerializer(TReader reader, bool forStorage)
    {
        _reader = reader;
        _forStorage = forStorage;

        // "1. If memory was not supplied, let memory be an empty map."
        _memory = new IdentityMap<TValue, SerializedRecord>(reader.IdentityComparer);
    }

    /// <summary>
    /// A serializer for one serialization: the thread's idle one when there is one (a
    /// serialization started from a getter during another one gets a new one), else a new one.
    /// Give it back with <see cref="Return"/>.
    /// </summary>
    public static StructuredSerializer<TValue, TReader> Rent(TReader reader, bool forStorage)
    {
        StructuredSerializer<TValue, TReader>? serializer = t_idle;
        if (serializer is null || !ReferenceEquals(serializer._memory.Comparer, reader.IdentityComparer))
        {
            return new StructuredSerializer<TValue, TReader>(reader, forStorage);
        }

        t_idle = null;
        serializer._reader = reader;
        serializer._forStorage = forStorage;
        return serializer;
    }

    /// <summary>Forgets this serialization's values and keeps the serializer for the thread's next one.</summary>
    public void Return()
    {
        _memory.Clear();
        _properties.Clear();
        _elements.Clear();
        _mapEntries.Clear();
        _setEntries.Clear();
        _reader = default!;
        t_idle = this;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer
    /// </summary>
    public SerializedWithTransfer SerializeWithTransfer(TValue value, IReadOnlyList<TValue> transferList)
    {
        // "1. Let memory be an empty map." (the constructor made it)

        // "2. For each transferable of transferList:"
        var holders = new TransferDataHolder[transferList.Count];
        for (int i = 0; i < transferList.Count; i++)
        {
            TValue transferable = transferList[i];
            RealmValueKind kind = _reader.Classify(transferable);

            // "1. If transferable has neither an [[ArrayBufferData]] internal slot nor a
            // [[Detached]] internal slot, then throw a "DataCloneError" DOMException."
            if (kind == RealmValueKind.ArrayBuffer)
            {
                ArrayBufferContents contents = _reader.GetArrayBuffer(transferable);

                // "2. If transferable has an [[ArrayBufferData]] internal slot and
                // IsSharedArrayBuffer(transferable) is true, then throw a "DataCloneError" DOMException."
                if (contents.IsShared)
                {
                    throw new DataCloneException($"{_reader.Describe(transferable)} could not be transferred: a SharedArrayBuffer is shared, never transferred.");
                }

                // IMPLEMENTATION DEFINED: a buffer the realm cannot detach (a CLR byte[]) is
                // refused here, before anything is transferred, rather than by
                // "? DetachArrayBuffer(transferable)" halfway through the transfers.
                if (!contents.CanDetach)
                {
                    throw CloneError.Because(_reader.Describe(transferable), "could not be transferred: it cannot be detached (wrap the bytes in a WebMessaging.Values.ArrayBuffer to transfer them)");
                }
            }
            else if (!IsObject(kind) || _reader.GetTransferable(transferable) is null)
            {
                throw CloneError.Because(_reader.Describe(transferable), "could not be transferred: it is not a transferable object");
            }

            // "3. If memory[transferable] exists, then throw a "DataCloneError" DOMException."
            if (_memory.ContainsKey(transferable))
            {
                throw CloneError.Because(_reader.Describe(transferable), "appears more than once in the transfer list");
            }

            // "4. Set memory[transferable] to { [[Type]]: an uninitialized value }."
            // "NOTE: transferable is not transferred yet as transferring has side effects and
            // StructuredSerializeInternal needs to be able to throw first."
            var holder = new TransferDataHolder();
            _memory.Add(transferable, holder);
            holders[i] = holder;
        }

        // "3. Let serialized be ? StructuredSerializeInternal(value, false, memory)."
        SerializedValue serialized = SerializeInternal(value);

        // IMPLEMENTATION DEFINED: the checks of step 5.1 and 5.2 run for every transferable
        // before any is transferred, so that a refused transfer list detaches nothing.
        for (int i = 0; i < transferList.Count; i++)
        {
            TValue transferable = transferList[i];

            // "1. If transferable has an [[ArrayBufferData]] internal slot and
            // IsDetachedBuffer(transferable) is true, then throw a "DataCloneError" DOMException."
            if (_reader.Classify(transferable) == RealmValueKind.ArrayBuffer)
            {
                if (_reader.GetArrayBuffer(transferable).IsDetached)
                {
                    throw CloneError.Because(_reader.Describe(transferable), "could not be transferred: it is detached");
                }
            }

            // "2. If transferable has a [[Detached]] internal slot and transferable.[[Detached]]
            // is true, then throw a "DataCloneError" DOMException."
            else if (_reader.GetTransferable(transferable)!.IsDetached)
            {
                throw CloneError.Because(_reader.Describe(transferable), "could not be transferred: it is detached");
            }
        }

        // "4. Let transferDataHolders be a new empty List."
        // "5. For each transferable of transferList:"
        for (int i = 0; i < transferList.Count; i++)
        {
            TValue transferable = transferList[i];

            // "3. Let dataHolder be memory[transferable]."
            TransferDataHolder dataHolder = holders[i];

            // "4. If transferable has an [[ArrayBufferData]] internal slot, then:"
            if (_reader.Classify(transferable) == RealmValueKind.ArrayBuffer)
            {
                // "1. If transferable has an [[ArrayBufferMaxByteLength]] internal slot, then:
                // Set dataHolder.[[Type]] to "ResizableArrayBuffer". Set
                // dataHolder.[[ArrayBufferData]] to transferable.[[ArrayBufferData]]. Set
                // dataHolder.[[ArrayBufferByteLength]] to transferable.[[ArrayBufferByteLength]].
                // Set dataHolder.[[ArrayBufferMaxByteLength]] to transferable.[[ArrayBufferMaxByteLength]]."
                // "2. Otherwise: Set dataHolder.[[Type]] to "ArrayBuffer". Set
                // dataHolder.[[ArrayBufferData]] to transferable.[[ArrayBufferData]]. Set
                // dataHolder.[[ArrayBufferByteLength]] to transferable.[[ArrayBufferByteLength]]."
                ArrayBufferContents contents = _reader.GetArrayBuffer(transferable);
                dataHolder.SetArrayBuffer(contents.Data, contents.ByteLength, contents.MaxByteLength);

                // "3. Perform ? DetachArrayBuffer(transferable)."
                _reader.DetachArrayBuffer(transferable);
            }

            // "5. Otherwise:"
            else
            {
                // "1. Assert: transferable is a platform object that is a transferable object."
                ITransferable platformObject = _reader.GetTransferable(transferable)!;

                // "2. Let interfaceName be the identifier of the primary interface of transferable."
                // "3. Set dataHolder.[[Type]] to interfaceName."
                // "4. Perform the appropriate transfer steps for the interface identified by
                // interfaceName, given transferable and dataHolder."
                platformObject.TransferSteps(dataHolder);
                if (!dataHolder.IsInitialized)
                {
                    dataHolder.SetPlatformObject(platformObject.InterfaceName, null);
                }

                // "5. Set transferable.[[Detached]] to true."
                platformObject.IsDetached = true;
            }

            // "6. Append dataHolder to transferDataHolders."
        }

        // "6. Return { [[Serialized]]: serialized, [[TransferDataHolders]]: transferDataHolders }."
        return new SerializedWithTransfer(serialized, holders);
    }

    /// <summary>https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal</summary>
    public SerializedValue SerializeInternal(TValue value)
    {
        // IMPLEMENTATION DEFINED: step 4 (primitives) runs before step 2 (memory): primitives
        // are never keys of the memory, so the result is the same, and primitives cost no lookup.
        RealmValueKind kind = _reader.Classify(value);

        // "4. If value is undefined, null, a Boolean, a Number, a BigInt, or a String, then
        // return { [[Type]]: "primitive", [[Value]]: value }."
        switch (kind)
        {
            case RealmValueKind.Undefined:
                return SerializedValue.Undefined;
            case RealmValueKind.Null:
                return SerializedValue.Null;
            case RealmValueKind.Boolean:
                return SerializedValue.FromBoolean(_reader.GetBoolean(value));
            case RealmValueKind.Number:
                return SerializedValue.FromNumber(_reader.GetNumber(value));
            case RealmValueKind.BigInt:
                return SerializedValue.FromBigInt(_reader.GetBigInt(value));
            case RealmValueKind.String:
                return SerializedValue.FromString(_reader.GetString(value));

            // "5. If value is a Symbol, then throw a "DataCloneError" DOMException."
            case RealmValueKind.Symbol:
                throw CloneError.Because(_reader.Describe(value), "could not be cloned");
        }

        // "2. If memory[value] exists, then return memory[value]."
        if (_memory.TryGetValue(value, out SerializedRecord? remembered, out int hash))
        {
            return SerializedValue.FromRecord(remembered);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DataCloneException("The value could not be cloned: it is nested too deeply.");
        }

        // "3. Let deep be false."
        bool deep = false;

        // "6. Let serialized be an uninitialized value."
        SerializedRecord serialized;
        int propertiesStart = 0;
        int elementsStart = -1;
        switch (kind)
        {
            // "7. If value has a [[BooleanData]] internal slot, then set serialized to
            // { [[Type]]: "Boolean", [[BooleanData]]: value.[[BooleanData]] }."
            case RealmValueKind.BooleanObject:
                serialized = new PrimitiveWrapperRecord(SerializedValue.FromBoolean(_reader.GetBoolean(value)));
                break;

            // "8. Otherwise, if value has a [[NumberData]] internal slot, then set serialized to
            // { [[Type]]: "Number", [[NumberData]]: value.[[NumberData]] }."
            case RealmValueKind.NumberObject:
                serialized = new PrimitiveWrapperRecord(SerializedValue.FromNumber(_reader.GetNumber(value)));
                break;

            // "9. Otherwise, if value has a [[BigIntData]] internal slot, then set serialized to
            // { [[Type]]: "BigInt", [[BigIntData]]: value.[[BigIntData]] }."
            case RealmValueKind.BigIntObject:
                serialized = new PrimitiveWrapperRecord(SerializedValue.FromBigInt(_reader.GetBigInt(value)));
                break;

            // "10. Otherwise, if value has a [[StringData]] internal slot, then set serialized to
            // { [[Type]]: "String", [[StringData]]: value.[[StringData]] }."
            case RealmValueKind.StringObject:
                serialized = new PrimitiveWrapperRecord(SerializedValue.FromString(_reader.GetString(value)));
                break;

            // "11. Otherwise, if value has a [[DateValue]] internal slot, then set serialized to
            // { [[Type]]: "Date", [[DateValue]]: value.[[DateValue]] }."
            case RealmValueKind.Date:
                serialized = new DateRecord(_reader.GetDateValue(value));
                break;

            // "12. Otherwise, if value has a [[RegExpMatcher]] internal slot, then set serialized
            // to { [[Type]]: "RegExp", [[RegExpMatcher]]: value.[[RegExpMatcher]],
            // [[OriginalSource]]: value.[[OriginalSource]], [[OriginalFlags]]: value.[[OriginalFlags]] }."
            case RealmValueKind.RegExp:
                var (source, flags) = _reader.GetRegExp(value);
                serialized = new RegExpRecord(source, flags);
                break;

            // "13. Otherwise, if value has an [[ArrayBufferData]] internal slot, then:"
            case RealmValueKind.ArrayBuffer:
                serialized = SerializeArrayBuffer(value);
                break;

            // "14. Otherwise, if value has a [[ViewedArrayBuffer]] internal slot, then:"
            case RealmValueKind.ArrayBufferView:
                serialized = SerializeArrayBufferView(value);
                break;

            // "15. Otherwise, if value has [[MapData]] internal slot, then: Set serialized to
            // { [[Type]]: "Map", [[MapData]]: a new empty List }. Set deep to true."
            case RealmValueKind.Map:
                serialized = new MapRecord();
                deep = true;
                break;

            // "16. Otherwise, if value has [[SetData]] internal slot, then: Set serialized to
            // { [[Type]]: "Set", [[SetData]]: a new empty List }. Set deep to true."
            case RealmValueKind.Set:
                serialized = new SetRecord();
                deep = true;
                break;

            // "17. Otherwise, if value has an [[ErrorData]] internal slot and value is not a
            // platform object, then:"
            case RealmValueKind.Error:
                serialized = SerializeError(value);

                // IMPLEMENTATION DEFINED: the cause is serialized in the deep steps, after
                // memory[value] is set, so an error may be its own cause.
                deep = ((ErrorRecord)serialized).HasCause;
                break;

            // "18. Otherwise, if value is an Array exotic object, then:"
            case RealmValueKind.Array:
                // "1. Let valueLenDescriptor be ? OrdinaryGetOwnProperty(value, "length")."
                // "2. Let valueLen be valueLenDescriptor.[[Value]]."
                // IMPLEMENTATION DEFINED: when the realm vouches that the array is exactly its
                // elements 0 to length - 1, all data properties, they are listed here (no
                // script can run, so nothing can tell the difference) and the length is their
                // count; the record then holds them without keys.
                elementsStart = _elements.Count;
                uint valueLen;
                if (_reader.TryGetDenseElements(value, _elements))
                {
                    valueLen = (uint)(_elements.Count - elementsStart);
                }
                else
                {
                    elementsStart = -1;
                    valueLen = _reader.GetArrayLength(value);
                }

                // "3. Set serialized to { [[Type]]: "Array", [[Length]]: valueLen, [[Properties]]: a new empty List }."
                serialized = new ArrayRecord(valueLen, elementsStart < 0 ? 0 : (int)valueLen);

                // "4. Set deep to true."
                deep = true;
                break;

            // Blob and File are serializable platform objects whose records the model knows.
            case RealmValueKind.Blob:
                serialized = SerializeBlob(_reader.GetBlob(value));
                break;

            // "19. Otherwise, if value is a platform object that is a serializable object:"
            case RealmValueKind.SerializablePlatformObject:
                ISerializablePlatformObject platformObject = _reader.GetSerializable(value);

                // "1. If value has a [[Detached]] internal slot whose value is true, then throw a
                // "DataCloneError" DOMException."
                if (platformObject is ITransferable { IsDetached: true })
                {
                    throw CloneError.Because(_reader.Describe(value), "could not be cloned: it is detached");
                }

                // "2. Let typeString be the identifier of the primary interface of value."
                // "3. Set serialized to { [[Type]]: typeString }."
                serialized = new PlatformObjectRecord(platformObject.InterfaceName);

                // "4. Set deep to true."
                deep = true;
                break;

            // "20. Otherwise, if value is a platform object, then throw a "DataCloneError" DOMException."
            case RealmValueKind.PlatformObject:
                throw CloneError.Because(
                    _reader.Describe(value),
                    _reader.GetTransferable(value) is null
                        ? "could not be cloned: it is a platform object that is not serializable"
                        : "could not be cloned: it is not serializable, only transferable (put it in the transfer list)");

            // "21. Otherwise, if IsCallable(value) is true, then throw a "DataCloneError" DOMException."
            case RealmValueKind.Callable:
                throw CloneError.Because(_reader.Describe(value), "could not be cloned");

            // "22. Otherwise, if value has any internal slot other than [[Prototype]],
            // [[Extensible]], or [[PrivateElements]], then throw a "DataCloneError" DOMException."
            case RealmValueKind.OtherInternalSlots:
                throw CloneError.Because(_reader.Describe(value), "could not be cloned");

            // "23. Otherwise, if value is an exotic object and value is not the
            // %Object.prototype% intrinsic object associated with any realm, then throw a
            // "DataCloneError" DOMException."
            case RealmValueKind.Exotic:
                throw CloneError.Because(_reader.Describe(value), "could not be cloned: it is an exotic object");

            // "24. Otherwise:"
            default:
                // IMPLEMENTATION DEFINED: the keys of step 26.4, "! EnumerableOwnProperties(value,
                // key)", are taken here, so the record can be sized; for an ordinary object the
                // "!" means no script can run, so nothing can tell the difference.
                propertiesStart = _properties.Count;
                _reader.GetEnumerableOwnProperties(value, _properties);

                // "1. Set serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }."
                serialized = new ObjectRecord(_properties.Count - propertiesStart);

                // "2. Set deep to true."
                deep = true;
                break;
        }

        // "25. Set memory[value] to serialized."
        _memory.Add(value, hash, serialized);

        // "26. If deep is true, then:"
        if (deep)
        {
            switch (serialized)
            {
                case ObjectRecord objectRecord:
                    // "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):"
                    SerializeProperties(value, propertiesStart, objectRecord.Properties);
                    break;

                case ArrayRecord arrayRecord when elementsStart >= 0:
                    SerializeElements(elementsStart, arrayRecord.Elements);
                    break;

                case ArrayRecord arrayRecord:
                    propertiesStart = _properties.Count;
                    _reader.GetEnumerableOwnProperties(value, _properties);
                    SerializeArrayProperties(value, propertiesStart, arrayRecord);
                    break;

                // "1. If value has a [[MapData]] internal slot, then:"
                case MapRecord mapRecord:
                    SerializeMapEntries(value, mapRecord);
                    break;

                // "2. Otherwise, if value has a [[SetData]] internal slot, then:"
                case SetRecord setRecord:
                    SerializeSetEntries(value, setRecord);
                    break;

                case ErrorRecord errorRecord:
                    _reader.TryGetOwnDataProperty(value, "cause", out TValue cause);
                    errorRecord.Cause = SerializeInternal(cause);
                    break;

                // "3. Otherwise, if value is a platform object that is a serializable object, then
                // perform the serialization steps for value's primary interface, given value,
                // serialized, and forStorage."
                case PlatformObjectRecord platformRecord:
                    // FIXME: "The serialization steps may need to perform a sub-serialization."
                    // Serializable platform objects write primitives and records of their own
                    // making; a sub-serialization of realm values is not offered yet.
                    _reader.GetSerializable(value).SerializationSteps(platformRecord, _forStorage);
                    break;
            }
        }

        // "27. Return serialized."
        return SerializedValue.FromRecord(serialized);
    }

    private void SerializeProperties(TValue value, int start, SerializedPropertyList properties)
    {
        int end = _properties.Count;
        for (int i = start; i < end; i++)
        {
            OwnProperty<TValue> property = _properties[i];
            if (TrySerializeProperty(value, property, out SerializedValue outputValue))
            {
                // "3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]]."
                properties.Add(new KeyValuePair<string, SerializedValue>(property.Key, outputValue));
            }
        }

        CollectionsMarshal.SetCount(_properties, start);
    }

    private void SerializeArrayProperties(TValue value, int start, ArrayRecord serialized)
    {
        int end = _properties.Count;
        for (int i = start; i < end; i++)
        {
            OwnProperty<TValue> property = _properties[i];
            if (TrySerializeProperty(value, property, out SerializedValue outputValue))
            {
                // "3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]]."
                // Indices 0, 1, 2, ... up to the first hole go to the record's elements.
                if (serialized.PropertiesIfAny is null && ArrayIndex.TryParse(property.Key, out uint index) && index == (uint)serialized.Elements.Count)
                {
                    serialized.Elements.Add(outputValue);
                }
                else
                {
                    serialized.Properties.Add(new KeyValuePair<string, SerializedValue>(property.Key, outputValue));
                }
            }
        }

        CollectionsMarshal.SetCount(_properties, start);
    }

    /// <summary>Steps 26.4.1 and 26.4.2 for one key: false when the key is no longer an own property.</summary>
    private bool TrySerializeProperty(TValue value, in OwnProperty<TValue> property, out SerializedValue outputValue)
    {
        TValue inputValue;
        if (property.HasValue)
        {
            // The realm vouched that no script can run in between: the value it listed
            // is what HasOwnProperty and [[Get]] would give now.
            inputValue = property.Value;
        }

        // "1. If ! HasOwnProperty(value, key) is true, then:"
        // "1. Let inputValue be ? value.[[Get]](key, value)."
        else if (!_reader.TryGetOwnProperty(value, property.Key, out inputValue))
        {
            outputValue = default;
            return false;
        }

        // "2. Let outputValue be ? StructuredSerializeInternal(inputValue, forStorage, memory)."
        outputValue = SerializeInternal(inputValue);
        return true;
    }

    private void SerializeElements(int start, SerializedValueList elements)
    {
        // "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):" for the keys
        // 0 to length - 1, whose values were listed with them: HasOwnProperty is true and
        // [[Get]] gives the listed value, as no script can run (see TryGetDenseElements).
        int end = _elements.Count;
        for (int i = start; i < end; i++)
        {
            // "2. Let outputValue be ? StructuredSerializeInternal(inputValue, forStorage, memory)."
            // "3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]]."
            elements.Add(SerializeInternal(_elements[i]));
        }

        CollectionsMarshal.SetCount(_elements, start);
    }

    private void SerializeMapEntries(TValue value, MapRecord serialized)
    {
        // "1. Let copiedList be a new empty List."
        // "2. For each Record { [[Key]], [[Value]] } entry of value.[[MapData]]: Let copiedEntry
        // be a new Record { [[Key]]: entry.[[Key]], [[Value]]: entry.[[Value]] }. If
        // copiedEntry.[[Key]] is not the special value empty, append copiedEntry to copiedList."
        int start = _mapEntries.Count;
        _reader.CopyMapEntries(value, _mapEntries);
        int end = _mapEntries.Count;
        serialized.Entries.Capacity = end - start;

        // "3. For each Record { [[Key]], [[Value]] } entry of copiedList:"
        for (int i = start; i < end; i++)
        {
            KeyValuePair<TValue, TValue> entry = _mapEntries[i];

            // "1. Let serializedKey be ? StructuredSerializeInternal(entry.[[Key]], forStorage, memory)."
            SerializedValue serializedKey = SerializeInternal(entry.Key);

            // "2. Let serializedValue be ? StructuredSerializeInternal(entry.[[Value]], forStorage, memory)."
            SerializedValue serializedValue = SerializeInternal(entry.Value);

            // "3. Append { [[Key]]: serializedKey, [[Value]]: serializedValue } to serialized.[[MapData]]."
            serialized.Entries.Add(new KeyValuePair<SerializedValue, SerializedValue>(serializedKey, serializedValue));
        }

        CollectionsMarshal.SetCount(_mapEntries, start);
    }

    private void SerializeSetEntries(TValue value, SetRecord serialized)
    {
        // "1. Let copiedList be a new empty List."
        // "2. For each entry of value.[[SetData]]: If entry is not the special value empty,
        // append entry to copiedList."
        int start = _setEntries.Count;
        _reader.CopySetEntries(value, _setEntries);
        int end = _setEntries.Count;
        serialized.Members.Capacity = end - start;

        // "3. For each entry of copiedList:"
        for (int i = start; i < end; i++)
        {
            // "1. Let serializedEntry be ? StructuredSerializeInternal(entry, forStorage, memory)."
            // "2. Append serializedEntry to serialized.[[SetData]]."
            serialized.Members.Add(SerializeInternal(_setEntries[i]));
        }

        CollectionsMarshal.SetCount(_setEntries, start);
    }

    private ArrayBufferRecord SerializeArrayBuffer(TValue value)
    {
        ArrayBufferContents contents = _reader.GetArrayBuffer(value);

        // "1. If IsSharedArrayBuffer(value) is true, then:"
        if (contents.IsShared)
        {
            // "1. If the current principal settings object's cross-origin isolated capability
            // is false, then throw a "DataCloneError" DOMException."
            // IMPLEMENTATION DEFINED: no settings object here is cross-origin isolated, so a
            // SharedArrayBuffer is always refused. FIXME: "2. If forStorage is true, then throw
            // a "DataCloneError" DOMException." and the "SharedArrayBuffer" and
            // "GrowableSharedArrayBuffer" records, once agent clusters are modelled.
            throw CloneError.Because(_reader.Describe(value), "could not be cloned: shared memory needs a cross-origin isolated context");
        }

        // "2. Otherwise:"
        // "1. If IsDetachedBuffer(value) is true, then throw a "DataCloneError" DOMException."
        if (contents.IsDetached)
        {
            throw CloneError.Because(_reader.Describe(value), "could not be cloned: it is detached");
        }

        // "2. Let size be value.[[ArrayBufferByteLength]]."
        int size = contents.ByteLength;

        // "3. Let dataCopy be ? CreateByteDataBlock(size)."
        // "4. Perform CopyDataBlockBytes(dataCopy, 0, value.[[ArrayBufferData]], 0, size)."
        byte[] dataCopy = GC.AllocateUninitializedArray<byte>(size);
        contents.Data.AsSpan(0, size).CopyTo(dataCopy);

        // "5. If value has an [[ArrayBufferMaxByteLength]] internal slot, then set serialized to
        // { [[Type]]: "ResizableArrayBuffer", [[ArrayBufferData]]: dataCopy,
        // [[ArrayBufferByteLength]]: size, [[ArrayBufferMaxByteLength]]: value.[[ArrayBufferMaxByteLength]] }."
        // "6. Otherwise, set serialized to { [[Type]]: "ArrayBuffer", [[ArrayBufferData]]:
        // dataCopy, [[ArrayBufferByteLength]]: size }."
        return new ArrayBufferRecord(dataCopy, size, contents.MaxByteLength);
    }

    private ArrayBufferViewRecord SerializeArrayBufferView(TValue value)
    {
        ArrayBufferViewInfo<TValue> view = _reader.GetArrayBufferView(value);

        // "1. If IsArrayBufferViewOutOfBounds(value) is true, then throw a "DataCloneError" DOMException."
        if (view.IsOutOfBounds)
        {
            throw CloneError.Because(_reader.Describe(value), "could not be cloned: it is out of bounds of its buffer (the buffer shrank or was detached)");
        }

        // "2. Let buffer be the value of value's [[ViewedArrayBuffer]] internal slot."
        // "3. Let bufferSerialized be ? StructuredSerializeInternal(buffer, forStorage, memory)."
        SerializedValue bufferSerialized = SerializeInternal(view.Buffer);

        // "4. Assert: bufferSerialized.[[Type]] is "ArrayBuffer", "ResizableArrayBuffer",
        // "SharedArrayBuffer", or "GrowableSharedArrayBuffer"." (or a transfer data holder
        // that will become one)
        SerializedRecord bufferRecord = bufferSerialized.AsRecord();

        // "5. If value has a [[DataView]] internal slot, then set serialized to { [[Type]]:
        // "ArrayBufferView", [[Constructor]]: "DataView", [[ArrayBufferSerialized]]:
        // bufferSerialized, [[ByteLength]]: value.[[ByteLength]], [[ByteOffset]]: value.[[ByteOffset]] }."
        // "6. Otherwise: Assert: value has a [[TypedArrayName]] internal slot. Set serialized to
        // { [[Type]]: "ArrayBufferView", [[Constructor]]: value.[[TypedArrayName]],
        // [[ArrayBufferSerialized]]: bufferSerialized, [[ByteLength]]: value.[[ByteLength]],
        // [[ByteOffset]]: value.[[ByteOffset]], [[ArrayLength]]: value.[[ArrayLength]] }."
        return new ArrayBufferViewRecord(view.Kind, bufferRecord, view.ByteOffset, view.Length);
    }

    private ErrorRecord SerializeError(TValue value)
    {
        // "1. Let name be ? Get(value, "name")."
        TValue nameValue = _reader.Get(value, "name");

        // "2. If name is not one of "Error", "EvalError", "RangeError", "ReferenceError",
        // "SyntaxError", "TypeError", or "URIError", then set name to "Error"."
        string name = _reader.Classify(nameValue) == RealmValueKind.String ? ErrorNames.Canonicalize(_reader.GetString(nameValue)) : "Error";

        // "3. Let valueMessageDesc be ? value.[[GetOwnProperty]]("message")."
        // "4. Let message be undefined if IsDataDescriptor(valueMessageDesc) is false, and
        // ? ToString(valueMessageDesc.[[Value]]) otherwise."
        string? message = _reader.TryGetOwnDataProperty(value, "message", out TValue messageValue) ? _reader.ToString(messageValue) : null;

        // "5. Set serialized to { [[Type]]: "Error", [[Name]]: name, [[Message]]: message }."
        // "6. User agents should attach a serialized representation of any interesting
        // accompanying data which are not yet specified, notably the stack property, to serialized."
        return new ErrorRecord(name, message)
        {
            Stack = _reader.GetErrorStack(value),
            HasCause = _reader.TryGetOwnDataProperty(value, "cause", out _),
        };
    }

    private static BlobRecord SerializeBlob(Values.Blob blob)
    {
        // https://w3c.github.io/FileAPI/#file-section
        // File's serialization steps: "Set serialized.[[SnapshotState]] to value's snapshot
        // state. Set serialized.[[ByteSequence]] to value's underlying byte sequence. Set
        // serialized.[[Name]] to the value of value's name attribute. Set
        // serialized.[[LastModified]] to the value of value's lastModified attribute."
        if (blob is Values.File file)
        {
            return new FileRecord(file.Type, file.Bytes, file.Name, file.LastModified);
        }

        // https://w3c.github.io/FileAPI/#blob-section
        // Blob's serialization steps: "Set serialized.[[SnapshotState]] to value's snapshot
        // state. Set serialized.[[ByteSequence]] to value's underlying byte sequence."
        return new BlobRecord(blob.Type, blob.Bytes);
    }

    private static bool IsObject(RealmValueKind kind) => kind > RealmValueKind.Symbol;
}

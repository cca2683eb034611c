using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// StructuredDeserialize and StructuredDeserializeWithTransfer into one target realm, built
/// through <typeparamref name="TWriter"/>. One instance is one deserialization: it holds the
/// memory map, keyed by record identity.
/// </summary>
/// <remarks>https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize</remarks>
internal sealed class StructuredDeserializer<TValue, TWriter> : ISubDeserializer<TValue>
    where TWriter : IRealmWriter<TValue>
{
    // One idle deserializer per thread, so that the memory map keeps its capacity from one
    // deserialization to the next.
    [ThreadStatic]
    private static StructuredDeserializer<TValue, TWriter>? t_idle;

    // Not readonly: a struct writer must not be copied defensively on every call.
    private TWriter _writer;

    // Whether the records are deserialized this once and never again, so that ArrayBuffers
    // may adopt their records' bytes rather than copy them.
    private bool _consumesRecords;

    // "1. If memory was not supplied, let memory be an empty map."
    private readonly IdentityMap<SerializedRecord, TValue> _memory = new(ReferenceEqualityComparer.Instance);

    private StructuredDeserializer(TWriter writer, bool consumesRecords)
    {
        _writer = writer;
        _consumesRecords = consumesRecords;
    }

    /// <summary>
    /// A deserializer for one deserialization: the thread's idle one when there is one, else a
    /// new one. Give it back with <see cref="Return"/>. With <paramref name="consumesRecords"/>
    /// the caller promises the records will not be deserialized again: ArrayBuffers then adopt
    /// their records' bytes (and the records refuse a second deserialization).
    /// </summary>
    public static StructuredDeserializer<TValue, TWriter> Rent(TWriter writer, bool consumesRecords)
    {
        StructuredDeserializer<TValue, TWriter>? deserializer = t_idle;
        if (deserializer is null)
        {
            return new StructuredDeserializer<TValue, TWriter>(writer, consumesRecords);
        }

        t_idle = null;
        deserializer._writer = writer;
        deserializer._consumesRecords = consumesRecords;
        return deserializer;
    }

    /// <summary>Forgets this deserialization's values and keeps the deserializer for the thread's next one.</summary>
    public void Return()
    {
        _memory.Clear();
        _writer = default!;
        t_idle = this;
    }

    /// <summary>https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserializewithtransfer</summary>
    public DeserializedWithTransfer<TValue> DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult)
    {
        // "1. Let memory be an empty map." (the constructor made it)
        // "2. Let transferredValues be a new empty List."
        IReadOnlyList<TransferDataHolder> holders = serializeWithTransferResult.TransferDataHolders;
        var transferredValues = new TValue[holders.Count];

        // "3. For each transferDataHolder of serializeWithTransferResult.[[TransferDataHolders]]:"
        for (int i = 0; i < holders.Count; i++)
        {
            TransferDataHolder transferDataHolder = holders[i];

            // "1. Let value be an uninitialized value."
            TValue value;
            switch (transferDataHolder.Type)
            {
                // "2. If transferDataHolder.[[Type]] is "ArrayBuffer", then set value to a new
                // ArrayBuffer object in targetRealm whose [[ArrayBufferData]] internal slot value
                // is transferDataHolder.[[ArrayBufferData]], and whose [[ArrayBufferByteLength]]
                // internal slot value is transferDataHolder.[[ArrayBufferByteLength]]."
                // "3. Otherwise, if transferDataHolder.[[Type]] is "ResizableArrayBuffer", then
                // set value to a new ArrayBuffer object in targetRealm whose [[ArrayBufferData]]
                // internal slot value is transferDataHolder.[[ArrayBufferData]], whose
                // [[ArrayBufferByteLength]] internal slot value is
                // transferDataHolder.[[ArrayBufferByteLength]], and whose
                // [[ArrayBufferMaxByteLength]] internal slot value is
                // transferDataHolder.[[ArrayBufferMaxByteLength]]."
                case "ArrayBuffer" or "ResizableArrayBuffer":
                    value = _writer.CreateArrayBuffer(transferDataHolder.ArrayBufferData!, transferDataHolder.ArrayBufferByteLength, transferDataHolder.ArrayBufferMaxByteLength);
                    break;

                // "4. Otherwise:"
                default:
                    // "1. Let interfaceName be transferDataHolder.[[Type]]."
                    // "2. If the interface identified by interfaceName is not exposed in
                    // targetRealm, then throw a "DataCloneError" DOMException."
                    // "3. Set value to a new instance of the interface identified by
                    // interfaceName, created in targetRealm."
                    // "4. Perform the appropriate transfer-receiving steps for the interface
                    // identified by interfaceName given transferDataHolder and value."
                    value = _writer.ReceiveTransfer(transferDataHolder);
                    break;
            }

            // "5. Set memory[transferDataHolder] to value."
            _memory.Add(transferDataHolder, value);

            // "6. Append value to transferredValues."
            transferredValues[i] = value;
        }

        // "4. Let deserialized be ? StructuredDeserialize(serializeWithTransferResult.[[Serialized]], targetRealm, memory)."
        TValue deserialized = Deserialize(serializeWithTransferResult.Serialized);

        // "5. Return { [[Deserialized]]: deserialized, [[TransferredValues]]: transferredValues }."
        return new DeserializedWithTransfer<TValue>(deserialized, transferredValues);
    }

    /// <summary>https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize</summary>
    public TValue Deserialize(SerializedValue serialized)
    {
        // "5. If serialized.[[Type]] is "primitive", then set value to serialized.[[Value]]."
        // IMPLEMENTATION DEFINED: primitives are handled before step 2, as they carry no
        // identity and are never in memory.
        switch (serialized.Kind)
        {
            case SerializedKind.Undefined:
                return _writer.Undefined;
            case SerializedKind.Null:
                return _writer.Null;
            case SerializedKind.Boolean:
                return _writer.CreateBoolean(serialized.AsBoolean());
            case SerializedKind.Number:
                return _writer.CreateNumber(serialized.AsNumber());
            case SerializedKind.BigInt:
                return _writer.CreateBigInt(serialized.AsBigInt());
            case SerializedKind.String:
                return _writer.CreateString(serialized.AsString());
        }

        SerializedRecord record = serialized.AsRecord();

        // "2. If memory[serialized] exists, then return memory[serialized]."
        if (_memory.TryGetValue(record, out TValue? remembered, out int hash))
        {
            return remembered;
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DataCloneException("The value could not be deserialized: it is nested too deeply.");
        }

        // "3. Let deep be false." (each record type below knows whether it is deep)
        // "4. Let value be an uninitialized value."
        TValue value;
        switch (record)
        {
            // "20. Otherwise, if serialized.[[Type]] is "Object", then: Set value to a new Object
            // in targetRealm. Set deep to true."
            case ObjectRecord objectRecord:
                value = _writer.CreateObject(objectRecord.Properties.Count);

                // "23. Set memory[serialized] to value."
                _memory.Add(record, hash, value);

                // "24. If deep is true, then:" "3. Otherwise, if serialized.[[Type]] is "Array"
                // or "Object", then: For each Record { [[Key]], [[Value]] } entry of
                // serialized.[[Properties]]:"
                foreach (var entry in objectRecord.Properties)
                {
                    // "1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
                    TValue deserializedValue = Deserialize(entry.Value);

                    // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
                    // "3. Assert: result is true."
                    _writer.CreateDataProperty(value, entry.Key, deserializedValue);
                }

                return value;

            // "19. Otherwise, if serialized.[[Type]] is "Array", then:"
            case ArrayRecord arrayRecord:
                return DeserializeArray(arrayRecord, hash);

            // "6. Otherwise, if serialized.[[Type]] is "Boolean", then set value to a new Boolean
            // object in targetRealm whose [[BooleanData]] internal slot value is serialized.[[BooleanData]]."
            // "7. ... "Number" ... [[NumberData]]", "8. ... "BigInt" ... [[BigIntData]]",
            // "9. ... "String" ... [[StringData]]" likewise.
            case PrimitiveWrapperRecord wrapperRecord:
                value = _writer.CreatePrimitiveWrapper(wrapperRecord.Primitive);
                break;

            // "10. Otherwise, if serialized.[[Type]] is "Date", then set value to a new Date
            // object in targetRealm whose [[DateValue]] internal slot value is serialized.[[DateValue]]."
            case DateRecord dateRecord:
                value = _writer.CreateDate(dateRecord.TimeValue);
                break;

            // "11. Otherwise, if serialized.[[Type]] is "RegExp", then set value to a new RegExp
            // object in targetRealm whose [[RegExpMatcher]] internal slot value is
            // serialized.[[RegExpMatcher]], whose [[OriginalSource]] internal slot value is
            // serialized.[[OriginalSource]], and whose [[OriginalFlags]] internal slot value is
            // serialized.[[OriginalFlags]]."
            case RegExpRecord regExpRecord:
                value = _writer.CreateRegExp(regExpRecord.Source, regExpRecord.Flags);
                break;

            // "14. Otherwise, if serialized.[[Type]] is "ArrayBuffer", then set value to a new
            // ArrayBuffer object in targetRealm whose [[ArrayBufferData]] internal slot value is
            // serialized.[[ArrayBufferData]], and whose [[ArrayBufferByteLength]] internal slot
            // value is serialized.[[ArrayBufferByteLength]]."
            // "15. Otherwise, if serialized.[[Type]] is "ResizableArrayBuffer", then ... and whose
            // [[ArrayBufferMaxByteLength]] internal slot value is serialized.[[ArrayBufferMaxByteLength]]."
            case ArrayBufferRecord bufferRecord:
                value = DeserializeArrayBuffer(bufferRecord);
                break;

            // "16. Otherwise, if serialized.[[Type]] is "ArrayBufferView", then:"
            case ArrayBufferViewRecord viewRecord:
                value = DeserializeArrayBufferView(viewRecord);
                break;

            // "17. Otherwise, if serialized.[[Type]] is "Map", then: Set value to a new Map object
            // in targetRealm whose [[MapData]] internal slot value is a new empty List. Set deep to true."
            case MapRecord mapRecord:
                value = _writer.CreateMap(mapRecord.Entries.Count);

                // "23. Set memory[serialized] to value."
                _memory.Add(record, hash, value);

                // "24. If deep is true, then:" "1. If serialized.[[Type]] is "Map", then: For each
                // Record { [[Key]], [[Value]] } entry of serialized.[[MapData]]:"
                foreach (var entry in mapRecord.Entries)
                {
                    // "1. Let deserializedKey be ? StructuredDeserialize(entry.[[Key]], targetRealm, memory)."
                    TValue deserializedKey = Deserialize(entry.Key);

                    // "2. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
                    TValue deserializedValue = Deserialize(entry.Value);

                    // "3. Append { [[Key]]: deserializedKey, [[Value]]: deserializedValue } to value.[[MapData]]."
                    _writer.AppendMapEntry(value, deserializedKey, deserializedValue);
                }

                return value;

            // "18. Otherwise, if serialized.[[Type]] is "Set", then: Set value to a new Set object
            // in targetRealm whose [[SetData]] internal slot value is a new empty List. Set deep to true."
            case SetRecord setRecord:
                value = _writer.CreateSet(setRecord.Members.Count);

                // "23. Set memory[serialized] to value."
                _memory.Add(record, hash, value);

                // "2. Otherwise, if serialized.[[Type]] is "Set", then: For each entry of serialized.[[SetData]]:"
                foreach (SerializedValue entry in setRecord.Members)
                {
                    // "1. Let deserializedEntry be ? StructuredDeserialize(entry, targetRealm, memory)."
                    // "2. Append deserializedEntry to value.[[SetData]]."
                    _writer.AppendSetEntry(value, Deserialize(entry));
                }

                return value;

            // "21. Otherwise, if serialized.[[Type]] is "Error", then:"
            case ErrorRecord errorRecord:
                // "1. Let prototype be %Error.prototype%." "2. If serialized.[[Name]] is
                // "EvalError", then set prototype to %EvalError.prototype%." (and so on for the
                // other five) "8. Let message be serialized.[[Message]]." "9. Set value to
                // OrdinaryObjectCreate(prototype, « [[ErrorData]] »)." "10. Let messageDesc be
                // PropertyDescriptor{ [[Value]]: message, [[Writable]]: true, [[Enumerable]]:
                // false, [[Configurable]]: true }." "11. If message is not undefined, then perform
                // ! OrdinaryDefineOwnProperty(value, "message", messageDesc)."
                // "12. Any interesting accompanying data attached to serialized should be
                // deserialized and attached to value."
                value = _writer.CreateError(ErrorNames.Canonicalize(errorRecord.Name), errorRecord.Message, errorRecord.Stack);
                if (errorRecord.HasCause)
                {
                    // The cause may refer back to the error, so it is remembered first.
                    _memory.Add(record, hash, value);
                    _writer.SetErrorCause(value, Deserialize(errorRecord.Cause));
                    return value;
                }

                break;

            // Blob and File: https://w3c.github.io/FileAPI/#blob-section and #file-section.
            // Their deserialization steps: "Set value's snapshot state to
            // serialized.[[SnapshotState]]. Set value's underlying byte sequence to
            // serialized.[[ByteSequence]]." and, for a File, "Initialize the value of value's
            // name attribute to serialized.[[Name]]. Initialize the value of value's
            // lastModified attribute to serialized.[[LastModified]]."
            case FileRecord fileRecord:
                value = _writer.CreateBlob(new Values.File(fileRecord.Bytes, fileRecord.Name, fileRecord.ContentType, fileRecord.LastModified));
                break;
            case BlobRecord blobRecord:
                value = _writer.CreateBlob(new Values.Blob(blobRecord.Bytes, blobRecord.ContentType));
                break;

            // "22. Otherwise:"
            case PlatformObjectRecord platformRecord:
                // "1. Let interfaceName be serialized.[[Type]]."
                // "2. If the interface identified by interfaceName is not exposed in targetRealm,
                // then throw a "DataCloneError" DOMException."
                // "3. Set value to a new instance of the interface identified by interfaceName,
                // created in targetRealm."
                value = _writer.CreatePlatformObject(platformRecord.InterfaceName);

                // "4. Set deep to true."
                // "23. Set memory[serialized] to value."
                _memory.Add(record, hash, value);

                // "4. Otherwise: Perform the appropriate deserialization steps for the interface
                // identified by serialized.[[Type]], given serialized, value, and targetRealm."
                _writer.DeserializationSteps(value, platformRecord, this);
                return value;

            case TransferDataHolder holder:
                throw new DataCloneException($"A transferred {(holder.IsInitialized ? holder.Type : "object")} could not be deserialized: it is only known to StructuredDeserializeWithTransfer, with its transfer data holders.");

            default:
                throw new DataCloneException($"A serialized record of type {record.GetType().Name} could not be deserialized: the type is unknown.");
        }

        // "23. Set memory[serialized] to value."
        _memory.Add(record, hash, value);

        // "25. Return value."
        return value;
    }

    private TValue DeserializeArray(ArrayRecord serialized, int hash)
    {
        SerializedValueList elements = serialized.Elements;
        ReadOnlySpan<KeyValuePair<string, SerializedValue>> properties = CollectionsMarshal.AsSpan(serialized.PropertiesIfAny);
        bool isDense = IsDense(serialized);

        // "1. Let outputProto be targetRealm.[[Intrinsics]].[[%Array.prototype%]]."
        // "2. Set value to ! ArrayCreate(serialized.[[Length]], outputProto)."
        TValue value = _writer.CreateArray(serialized.Length, isDense);

        // "3. Set deep to true."
        // "23. Set memory[serialized] to value."
        _memory.Add(serialized, hash, value);

        // "24. If deep is true, then:" "3. Otherwise, if serialized.[[Type]] is "Array" or
        // "Object", then: For each Record { [[Key]], [[Value]] } entry of serialized.[[Properties]]:"
        // The record's elements come first, each keyed by its index.
        for (int i = 0; i < elements.Count; i++)
        {
            // "1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
            TValue deserializedValue = Deserialize(elements[i]);

            // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            // "3. Assert: result is true."
            _writer.SetArrayElement(value, (uint)i, deserializedValue);
        }

        for (int i = 0; i < properties.Length; i++)
        {
            var entry = properties[i];

            // "1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
            TValue deserializedValue = Deserialize(entry.Value);

            // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            // "3. Assert: result is true."
            if (isDense)
            {
                _writer.SetArrayElement(value, (uint)(elements.Count + i), deserializedValue);
            }
            else if (ArrayIndex.TryParse(entry.Key, out uint index))
            {
                _writer.SetArrayElement(value, index, deserializedValue);
            }
            else
            {
                _writer.CreateDataProperty(value, entry.Key, deserializedValue);
            }
        }

        return value;
    }

    /// <summary>Whether the array's elements and properties are exactly its indices 0 to length - 1, in order.</summary>
    private static bool IsDense(ArrayRecord serialized)
    {
        ReadOnlySpan<KeyValuePair<string, SerializedValue>> properties = CollectionsMarshal.AsSpan(serialized.PropertiesIfAny);
        int elementCount = serialized.Elements.Count;
        if ((ulong)elementCount + (uint)properties.Length != serialized.Length)
        {
            return false;
        }

        for (int i = 0; i < properties.Length; i++)
        {
            if (!ArrayIndex.TryParse(properties[i].Key, out uint index) || index != (uint)(elementCount + i))
            {
                return false;
            }
        }

        return true;
    }

    private TValue DeserializeArrayBuffer(ArrayBufferRecord serialized)
    {
        // IMPLEMENTATION DEFINED: the new ArrayBuffer's [[ArrayBufferData]] is the record's
        // very data block only when this deserialization consumes the record (it is never
        // deserialized again, as with StructuredDeserializeWithTransfer); otherwise it is a copy,
        // because one record may be deserialized many times (a BroadcastChannel message reaches
        // every subscriber) and each ArrayBuffer must own its bytes.
        if (_consumesRecords && serialized.TryAdopt())
        {
            return _writer.CreateArrayBuffer(serialized.Data, serialized.ByteLength, serialized.MaxByteLength);
        }

        if (serialized.IsAdopted)
        {
            throw new DataCloneException("An ArrayBuffer could not be deserialized: its record was already deserialized by a deserialization that consumed it and took its bytes over.");
        }

        byte[] data;
        try
        {
            data = GC.AllocateUninitializedArray<byte>(serialized.ByteLength);
        }
        catch (OutOfMemoryException)
        {
            // "If this throws an exception, catch it, and then throw a "DataCloneError" DOMException."
            throw new DataCloneException($"An ArrayBuffer of {serialized.ByteLength} bytes could not be deserialized: out of memory.");
        }

        serialized.Data.AsSpan(0, serialized.ByteLength).CopyTo(data);
        return _writer.CreateArrayBuffer(data, serialized.ByteLength, serialized.MaxByteLength);
    }

    private TValue DeserializeArrayBufferView(ArrayBufferViewRecord serialized)
    {
        if (serialized.Buffer is not (ArrayBufferRecord or TransferDataHolder))
        {
            throw new DataCloneException($"A {serialized.Constructor} could not be deserialized: its buffer is a {serialized.Buffer.Type}, not an ArrayBuffer.");
        }

        // "1. Let deserializedArrayBuffer be ? StructuredDeserialize(serialized.[[ArrayBufferSerialized]], targetRealm, memory)."
        TValue deserializedArrayBuffer = Deserialize(SerializedValue.FromRecord(serialized.Buffer));

        // "2. If serialized.[[Constructor]] is "DataView", then set value to a new DataView object
        // in targetRealm whose [[ViewedArrayBuffer]] internal slot value is
        // deserializedArrayBuffer, whose [[ByteLength]] internal slot value is
        // serialized.[[ByteLength]], and whose [[ByteOffset]] internal slot value is serialized.[[ByteOffset]]."
        // "3. Otherwise, set value to a new typed array object in targetRealm, using the
        // constructor given by serialized.[[Constructor]], whose [[ViewedArrayBuffer]] internal
        // slot value is deserializedArrayBuffer, whose [[TypedArrayName]] internal slot value is
        // serialized.[[Constructor]], whose [[ByteLength]] internal slot value is
        // serialized.[[ByteLength]], whose [[ByteOffset]] internal slot value is
        // serialized.[[ByteOffset]], and whose [[ArrayLength]] internal slot value is serialized.[[ArrayLength]]."
        return _writer.CreateArrayBufferView(serialized.Constructor, deserializedArrayBuffer, serialized.ByteOffset, serialized.Length);
    }
}

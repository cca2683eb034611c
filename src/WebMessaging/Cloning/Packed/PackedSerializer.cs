using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace WebMessaging.Cloning.Packed;

/// <summary>
/// StructuredSerializeInternal for the values most messages are made of (primitives other than
/// BigInt, plain objects whose properties are all data properties, dense arrays), written
/// straight into the packed form instead of records. Anything else makes it give up before any
/// side effect, and the caller serializes the value the general way: what a value packs to is
/// exactly the record <see cref="StructuredSerializer{TValue, TReader}"/> would make of it.
/// </summary>
/// <remarks>
/// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeinternal
/// One instance per thread: it owns the thread's slabs, which packed messages share.
/// </remarks>
internal sealed class PackedSerializer<TValue, TReader>
    where TReader : IRealmReader<TValue>, IPackingRealmReader<TValue>
{
    // Longer strings are left to the general way, which passes them by reference instead of
    // copying their characters.
    internal const int MaxStringLength = 1024;

    // Far below what any thread's stack allows the general way, far above most messages.
    private const int MaxDepth = 256;

    private TReader _reader;
    private readonly IdentityMap<TValue, int> _memory;
    private readonly List<OwnProperty<TValue>> _properties = [];
    private readonly List<TValue> _elements = [];
    private int _nextId;
    private int _depth;
    private bool _wroteBackReference;
    private bool _inUse;

    // The current slab: bytes before _byteStart belong to messages already made and are never
    // written again (until the slab's messages are all released and it is pooled again).
    // Slabs hold no references, so a queue of packed messages gives the collector nothing to
    // trace.
    private PackedSlab _slab = PackedSlab.Rent(PackedSlab.PooledSize);
    private byte[] _bytes;
    private int _byteStart;
    private int _bytePosition;

    private PackedSerializer(TReader reader)
    {
        _reader = reader;
        _memory = new IdentityMap<TValue, int>(reader.IdentityComparer);
        _bytes = _slab.Bytes;
    }

    /// <summary>
    /// Packs <paramref name="value"/>, or returns false, having had no effect, when it holds
    /// anything the packed form does not describe. <paramref name="threadSerializer"/> is the
    /// calling realm's serializer for this thread (a [ThreadStatic] field of a non-generic
    /// class, cheaper to reach than one of a generic class); it is made on first use.
    /// </summary>
    public static bool TryPack(ref PackedSerializer<TValue, TReader>? threadSerializer, TReader reader, TValue value, out PackedMessage packed)
    {
        PackedSerializer<TValue, TReader> serializer = threadSerializer ??= new PackedSerializer<TValue, TReader>(reader);
        bool temporary = false;
        if (serializer._inUse || !ReferenceEquals(serializer._memory.Comparer, reader.IdentityComparer))
        {
            // A packing started while this one runs (no script runs, but be safe) gets its own.
            serializer = new PackedSerializer<TValue, TReader>(reader);
            temporary = true;
        }

        serializer._inUse = true;
        serializer._reader = reader;
        bool packedIt = false;
        try
        {
            packedIt = serializer.TryPackCore(value, out packed);
            return packedIt;
        }
        finally
        {
            // Whatever did not become a message, given up or thrown (a CLR getter may throw),
            // leaves no bytes behind for the next message to start after.
            if (!packedIt)
            {
                serializer._bytePosition = serializer._byteStart;
            }

            // A temporary serializer's slab is written no more.
            if (temporary)
            {
                serializer._slab.Seal();
            }

            // A packing that succeeded has cut the scratch lists back to empty already.
            serializer._memory.Clear();
            if (serializer._properties.Count != 0 || serializer._elements.Count != 0)
            {
                serializer._properties.Clear();
                serializer._elements.Clear();
            }

            serializer._nextId = 0;
            serializer._depth = 0;
            serializer._wroteBackReference = false;
            serializer._reader = default!;
            serializer._inUse = false;
        }
    }

    private bool TryPackCore(TValue value, out PackedMessage packed)
    {
        // The first byte says whether the message has back references: a message without any
        // (most are trees) is unpacked without remembering its objects.
        Reserve(1);
        _bytePosition++;
        if (!TryWrite(value))
        {
            packed = default;
            return false;
        }

        _bytes[_byteStart] = _wroteBackReference ? (byte)1 : (byte)0;
        packed = new PackedMessage(_slab, _byteStart, _bytePosition - _byteStart);
        _slab.MessageWritten();
        _byteStart = _bytePosition;
        return true;
    }

    private bool TryWrite(TValue value)
    {
        // IMPLEMENTATION DEFINED: as in StructuredSerializer, step 4 (primitives) runs before
        // step 2 (memory): primitives are never keys of the memory.
        RealmValueKind kind = _reader.Classify(value);
        switch (kind)
        {
            // "4. If value is undefined, null, a Boolean, a Number, a BigInt, or a String, then
            // return { [[Type]]: "primitive", [[Value]]: value }."
            case RealmValueKind.Undefined:
                WriteTag(PackedTag.Undefined);
                return true;
            case RealmValueKind.Null:
                WriteTag(PackedTag.Null);
                return true;
            case RealmValueKind.Boolean:
                WriteTag(_reader.GetBoolean(value) ? PackedTag.True : PackedTag.False);
                return true;
            case RealmValueKind.Number:
                WriteNumber(_reader.GetNumber(value));
                return true;
            case RealmValueKind.String:
                return TryWriteString(_reader.GetString(value));
            case RealmValueKind.Object:
            case RealmValueKind.Array:
                break;

            // A BigInt, a Symbol (a DataCloneError) and every other kind of object are left
            // to the general way.
            default:
                return false;
        }

        // "2. If memory[value] exists, then return memory[value]."
        if (_memory.TryGetValue(value, out int id, out int hash))
        {
            _wroteBackReference = true;
            WriteTag(PackedTag.BackReference);
            WriteInt32(id);
            return true;
        }

        // Values nested deeper than MaxDepth are left to the general way, so that how deep a
        // value may be (and where a DataCloneError is thrown) is the same with or without the
        // packed form; the stack is checked every few levels on the way.
        if (++_depth > MaxDepth || ((_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            return false;
        }

        if (kind == RealmValueKind.Array)
        {
            // "18. Otherwise, if value is an Array exotic object, then:" only when the realm
            // vouches that the array is exactly its elements 0 to length - 1, all data
            // properties (see StructuredSerializer): the record holds them without keys.
            int elementsStart = _elements.Count;
            if (!_reader.TryGetDenseElementsWithoutUserCode(value, _elements))
            {
                return false;
            }

            // "25. Set memory[value] to serialized."
            _memory.Add(value, hash, _nextId++);
            int elementsEnd = _elements.Count;
            WriteTag(PackedTag.Array);
            WriteInt32(elementsEnd - elementsStart);

            // "26. If deep is true, then:" "4. Otherwise, for each key in
            // ! EnumerableOwnProperties(value, key):" the elements, in order.
            for (int i = elementsStart; i < elementsEnd; i++)
            {
                if (!TryWrite(_elements[i]))
                {
                    return false;
                }
            }

            CollectionsMarshal.SetCount(_elements, elementsStart);
            _depth--;
            return true;
        }

        if (_reader.GetPackingShape(value) is { } shape)
        {
            return TryWriteShaped(value, hash, shape);
        }

        // "24. Otherwise: Set serialized to { [[Type]]: "Object", [[Properties]]: a new empty
        // List }. Set deep to true." With the keys of step 26.4 taken first, as in
        // StructuredSerializer; an object whose properties cannot be read without user code,
        // and a property the realm cannot vouch for (an accessor), are left to the general way.
        int propertiesStart = _properties.Count;
        if (!_reader.TryGetOwnDataProperties(value, _properties))
        {
            return false;
        }

        int propertiesEnd = _properties.Count;

        // "25. Set memory[value] to serialized."
        _memory.Add(value, hash, _nextId++);
        WriteTag(PackedTag.Object);
        WriteInt32(propertiesEnd - propertiesStart);

        // "26. If deep is true, then:" "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):"
        for (int i = propertiesStart; i < propertiesEnd; i++)
        {
            OwnProperty<TValue> property = _properties[i];

            // "1. If ! HasOwnProperty(value, key) is true, then: 1. Let inputValue be
            // ? value.[[Get]](key, value). 2. Let outputValue be ? StructuredSerializeInternal(inputValue,
            // forStorage, memory). 3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]]."
            if (!property.HasValue || !TryWriteKey(property.Key) || !TryWrite(property.Value))
            {
                return false;
            }
        }

        CollectionsMarshal.SetCount(_properties, propertiesStart);
        _depth--;
        return true;
    }

    // Steps 24 to 26 for a plain object whose keys (always the same, all data properties) the
    // realm knows ahead from its type: the same bytes as the general way above, without
    // listing the properties, and without boxing or classifying values whose type is known.
    // The fixed-size parts (tags, counts, keys, numbers) are written through locals after one
    // reservation; a string or any other value goes the general way, and the rest is reserved again.
    private bool TryWriteShaped(TValue value, int hash, PackingShape shape)
    {
        // "24. Otherwise: Set serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }. Set deep to true."
        // "25. Set memory[value] to serialized."
        _memory.Add(value, hash, _nextId++);
        PackedProperty[] properties = shape.Properties;
        object instance = value!;
        Reserve(shape.FixedByteCount);
        byte[] bytes = _bytes;
        int position = _bytePosition;
        bytes[position] = (byte)PackedTag.Object;
        Unsafe.WriteUnaligned(ref bytes[position + 1], properties.Length);
        position += 1 + sizeof(int);

        // "26. If deep is true, then:" "4. Otherwise, for each key in ! EnumerableOwnProperties(value, key):"
        // "1. If ! HasOwnProperty(value, key) is true, then: 1. Let inputValue be
        // ? value.[[Get]](key, value). 2. Let outputValue be ? StructuredSerializeInternal(inputValue,
        // forStorage, memory). 3. Append { [[Key]]: key, [[Value]]: outputValue } to serialized.[[Properties]]."
        for (int i = 0; i < properties.Length; i++)
        {
            PackedProperty property = properties[i];

            // The key, a word at a time (its padding is written over by what follows).
            byte[] key = property.PaddedKeyBody;
            for (int k = 0; k < key.Length; k += sizeof(ulong))
            {
                Unsafe.WriteUnaligned(ref bytes[position + k], Unsafe.ReadUnaligned<ulong>(ref key[k]));
            }

            position += property.KeyBodyLength;
            switch (property.Kind)
            {
                case PackedPropertyKind.Int32:
                    bytes[position] = (byte)PackedTag.Int32;
                    Unsafe.WriteUnaligned(ref bytes[position + 1], property.Int32Getter!(instance));
                    position += 1 + sizeof(int);
                    continue;
                case PackedPropertyKind.Number:
                    position = WriteNumber(bytes, position, property.NumberGetter!(instance));
                    continue;
                case PackedPropertyKind.Boolean:
                    bytes[position++] = (byte)(property.BooleanGetter!(instance) ? PackedTag.True : PackedTag.False);
                    continue;
            }

            _bytePosition = position;
            if (property.Kind == PackedPropertyKind.String)
            {
                if (property.StringGetter!(instance) is not { } text)
                {
                    WriteTag(PackedTag.Null);
                }
                else if (!TryWriteString(text))
                {
                    return false;
                }
            }
            else if (!TryWrite((TValue)property.ValueGetter!(instance)!))
            {
                return false;
            }

            Reserve(property.FixedByteCountAfter);
            bytes = _bytes;
            position = _bytePosition;
        }

        _bytePosition = position;
        _depth--;
        return true;
    }

    // Writes a Number at position in bytes (which has room for a tag and eight bytes); returns
    // the position after it.
    private static int WriteNumber(byte[] bytes, int position, double number)
    {
        // An integral Number in the Int32 range (but not -0) takes four bytes and comes back
        // with the same bits.
        int integer = (int)number;
        if (integer == number && (integer != 0 || !double.IsNegative(number)))
        {
            bytes[position] = (byte)PackedTag.Int32;
            Unsafe.WriteUnaligned(ref bytes[position + 1], integer);
            return position + 1 + sizeof(int);
        }

        bytes[position] = (byte)PackedTag.Double;
        Unsafe.WriteUnaligned(ref bytes[position + 1], number);
        return position + 1 + sizeof(double);
    }

    private void WriteNumber(double number)
    {
        Reserve(1 + sizeof(double));
        _bytePosition = WriteNumber(_bytes, _bytePosition, number);
    }

    private bool TryWriteString(string value)
    {
        if (value.Length > MaxStringLength)
        {
            return false;
        }

        WriteTag(PackedTag.String);
        WriteStringBody(value);
        return true;
    }

    private bool TryWriteKey(string key)
    {
        if (key.Length > MaxStringLength)
        {
            return false;
        }

        WriteStringBody(key);
        return true;
    }

    // A string's header and units (see PackedText).
    private void WriteStringBody(string value)
    {
        Reserve(PackedText.MaxByteCount(value.Length));
        _bytePosition += PackedText.Write(value, _bytes.AsSpan(_bytePosition));
    }

    private void WriteTag(PackedTag tag)
    {
        Reserve(1);
        _bytes[_bytePosition++] = (byte)tag;
    }

    private void WriteInt32(int value)
    {
        Reserve(sizeof(int));
        Unsafe.WriteUnaligned(ref _bytes[_bytePosition], value);
        _bytePosition += sizeof(int);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Reserve(int count)
    {
        if (_bytes.Length - _bytePosition < count)
        {
            NewByteSlab(count);
        }
    }

    private void NewByteSlab(int count)
    {
        // The bytes of the message being made move to the new slab.
        int carried = _bytePosition - _byteStart;
        PackedSlab slab = PackedSlab.Rent(checked((carried + count) * 2));
        Buffer.BlockCopy(_bytes, _byteStart, slab.Bytes, 0, carried);
        _slab.Seal();
        _slab = slab;
        _bytes = slab.Bytes;
        _byteStart = 0;
        _bytePosition = carried;
    }
}

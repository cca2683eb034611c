using System.Runtime.CompilerServices;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Cloning.Packed;

/// <summary>
/// StructuredDeserialize of a <see cref="PackedMessage"/> into the realm of
/// <typeparamref name="TWriter"/>: the same values, made by the same writer calls in the same
/// order, as deserializing the record the message stands for.
/// </summary>
/// <remarks>https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize</remarks>
internal sealed class PackedDeserializer<TValue, TWriter>
    where TWriter : IRealmWriter<TValue>
{
    private const int MaxStringsByPlace = 64;

    private TWriter _writer;

    // The memory: the objects and arrays made so far, by their number in order of first appearance.
    private readonly List<TValue> _memory = [];
    private byte[] _bytes = [];
    private int _position;
    private bool _inUse;
    private bool _remember;
    private int _depth;

    // This thread's caches of short strings, so that keys and common values are made once.
    private readonly Latin1StringCache _keys = Latin1StringCache.Keys;
    private readonly Latin1StringCache _values = Latin1StringCache.Values;

    // The keys and short string values of the last message by their place in it: messages of
    // one protocol have the same keys (and often the same short values) in the same places,
    // which are then told by comparing their units only.
    private readonly string?[] _keysByPlace = new string?[MaxStringsByPlace];
    private readonly string?[] _valuesByPlace = new string?[MaxStringsByPlace];
    private int _keyPlace;
    private int _valuePlace;

    // Messages unpacked and released but not yet counted off their slab: consecutive messages
    // of one slab (a burst from one sender) are counted off together, in one atomic step,
    // when a message of another slab comes or the burst ends.
    private PackedSlab? _unreleasedSlab;
    private int _unreleasedCount;

    private PackedDeserializer(TWriter writer) => _writer = writer;

    /// <summary>
    /// Builds the value <paramref name="packed"/> describes in the writer's realm.
    /// <paramref name="threadDeserializer"/> is the calling realm's deserializer for this
    /// thread (a [ThreadStatic] field of a non-generic class); it is made on first use.
    /// </summary>
    /// <param name="threadDeserializer">The calling realm's deserializer for this thread.</param>
    /// <param name="writer">The realm's writer.</param>
    /// <param name="packed">The message.</param>
    /// <param name="release">Whether to release the message too (whether it unpacks or throws).</param>
    /// <param name="moreFollow">
    /// When releasing: whether more messages are about to be unpacked here (a burst), so that
    /// the slab may be told later, together with the next messages of the same slab; otherwise
    /// the slabs are told now of every message released here.
    /// </param>
    /// <exception cref="DataCloneException">The message is nested too deeply for this thread's stack.</exception>
    public static TValue Unpack(ref PackedDeserializer<TValue, TWriter>? threadDeserializer, TWriter writer, in PackedMessage packed, bool release = false, bool moreFollow = false)
    {
        PackedDeserializer<TValue, TWriter> deserializer = threadDeserializer ??= new PackedDeserializer<TValue, TWriter>(writer);
        bool temporary = false;
        if (deserializer._inUse)
        {
            deserializer = new PackedDeserializer<TValue, TWriter>(writer);
            temporary = true;
        }

        deserializer._inUse = true;
        deserializer._writer = writer;
        deserializer._bytes = packed.Bytes!;
        deserializer._position = packed.ByteStart + 1;

        // The first byte says whether the message has back references (see PackedSerializer).
        deserializer._remember = packed.Bytes![packed.ByteStart] != 0;
        try
        {
            return deserializer.Read();
        }
        finally
        {
            deserializer._memory.Clear();
            deserializer._keyPlace = 0;
            deserializer._valuePlace = 0;
            deserializer._depth = 0;
            deserializer._bytes = [];
            deserializer._writer = default!;
            deserializer._inUse = false;
            if (release)
            {
                // A temporary deserializer is not used again: it releases at once.
                if (temporary)
                {
                    packed.Release();
                }
                else
                {
                    deserializer.ReleaseLater(packed.Slab!);
                    if (!moreFollow)
                    {
                        deserializer.ReleaseNow();
                    }
                }
            }
        }
    }

    // A value: the two most common kinds (an Int32 Number, a string) are read here, inlined
    // where a property or element is read; any other kind by ReadOther.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private TValue Read()
    {
        // "5. If serialized.[[Type]] is "primitive", then set value to serialized.[[Value]]."
        switch ((PackedTag)_bytes[_position])
        {
            case PackedTag.Int32:
                _position++;
                return _writer.CreateNumber(ReadInt32());
            case PackedTag.String:
                _position++;
                return _writer.CreateString(ReadString(_valuesByPlace, _valuePlace++, _values));
            default:
                return ReadOther();
        }
    }

    private TValue ReadOther()
    {
        var tag = (PackedTag)_bytes[_position++];
        switch (tag)
        {
            // "5. If serialized.[[Type]] is "primitive", then set value to serialized.[[Value]]."
            case PackedTag.Undefined:
                return _writer.Undefined;
            case PackedTag.Null:
                return _writer.Null;
            case PackedTag.False:
                return _writer.CreateBoolean(false);
            case PackedTag.True:
                return _writer.CreateBoolean(true);
            case PackedTag.Double:
                double number = Unsafe.ReadUnaligned<double>(ref _bytes[_position]);
                _position += sizeof(double);
                return _writer.CreateNumber(number);

            // "2. If memory[serialized] exists, then return memory[serialized]."
            case PackedTag.BackReference:
                return _memory[ReadInt32()];
        }

        // The stack is checked every few levels: each level uses far less than the margin
        // TryEnsureSufficientExecutionStack keeps.
        if ((++_depth & 7) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DataCloneException("The value could not be deserialized: it is nested too deeply.");
        }

        int count = ReadInt32();
        TValue value;
        if (tag == PackedTag.Array)
        {
            // "19. Otherwise, if serialized.[[Type]] is "Array", then: 1. Let outputProto be
            // targetRealm.[[Intrinsics]].[[%Array.prototype%]]. 2. Set value to
            // ! ArrayCreate(serialized.[[Length]], outputProto). 3. Set deep to true."
            value = _writer.CreateArray((uint)count, isDense: true);

            // "23. Set memory[serialized] to value." (needed only if something refers back to it)
            if (_remember)
            {
                _memory.Add(value);
            }

            // "24. If deep is true, then:" "3. ... For each Record { [[Key]], [[Value]] } entry
            // of serialized.[[Properties]]: 1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]],
            // targetRealm, memory). 2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            for (int i = 0; i < count; i++)
            {
                _writer.SetArrayElement(value, (uint)i, Read());
            }

            _depth--;
            return value;
        }

        // "20. Otherwise, if serialized.[[Type]] is "Object", then: Set value to a new Object in
        // targetRealm. Set deep to true."
        value = _writer.CreateObject(count);

        // "23. Set memory[serialized] to value." (needed only if something refers back to it)
        if (_remember)
        {
            _memory.Add(value);
        }

        // "24. If deep is true, then:" "3. ... For each Record { [[Key]], [[Value]] } entry of serialized.[[Properties]]:"
        for (int i = 0; i < count; i++)
        {
            string key = ReadString(_keysByPlace, _keyPlace++, _keys);

            // "1. Let deserializedValue be ? StructuredDeserialize(entry.[[Value]], targetRealm, memory)."
            TValue deserializedValue = Read();

            // "2. Let result be ! CreateDataProperty(value, entry.[[Key]], deserializedValue)."
            _writer.CreateDataProperty(value, key, deserializedValue);
        }

        _depth--;
        return value;
    }

    // The end of a burst: the messages counted so far are told to their slab.
    private void ReleaseNow()
    {
        PackedSlab? slab = _unreleasedSlab;
        int count = _unreleasedCount;
        _unreleasedSlab = null;
        _unreleasedCount = 0;
        slab?.Release(count);
    }

    private void ReleaseLater(PackedSlab slab)
    {
        if (ReferenceEquals(slab, _unreleasedSlab))
        {
            _unreleasedCount++;
            return;
        }

        PackedSlab? previous = _unreleasedSlab;
        int count = _unreleasedCount;
        _unreleasedSlab = slab;
        _unreleasedCount = 1;
        previous?.Release(count);
    }

    // Reads a string that was the one at this place of the last message when its units match,
    // else from the thread's cache; a short one is then the string at this place next time.
    private string ReadString(string?[] byPlace, int place, Latin1StringCache cache)
    {
        if (place < MaxStringsByPlace && byPlace[place] is { } last)
        {
            int header = Unsafe.ReadUnaligned<int>(ref _bytes[_position]);
            if (header == last.Length * 2 && Latin1StringCache.EqualsLatin1(last, _bytes.AsSpan(_position + sizeof(int), last.Length)))
            {
                _position += sizeof(int) + last.Length;
                return last;
            }
        }

        string text = PackedText.Read(_bytes, ref _position, cache);
        if (place < MaxStringsByPlace && text.Length <= Latin1StringCache.MaxLength)
        {
            byPlace[place] = text;
        }

        return text;
    }

    private int ReadInt32()
    {
        int value = Unsafe.ReadUnaligned<int>(ref _bytes[_position]);
        _position += sizeof(int);
        return value;
    }
}

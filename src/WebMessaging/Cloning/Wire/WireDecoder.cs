using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// Reads one message in the wire format (docs/wire-format.md) back into records. Every
/// length and count is checked against the bytes that remain before anything is allocated
/// for it, so corrupt input costs no more memory than its own size justifies; every problem
/// is a <see cref="WireFormatException"/> naming the offset.
/// </summary>
internal ref struct WireDecoder
{
    // The fewest bytes an encoded item can take, used to reject impossible counts early.
    private const int MinimumValueSize = 1;
    private const int MinimumPropertySize = 2 + MinimumValueSize;
    private const int MinimumEntrySize = 2 * MinimumValueSize;
    private const int MinimumHolderSize = 2;

    private readonly ReadOnlySpan<byte> _bytes;
    private SerializedRecord?[] _records;
    private int _recordCount;
    private string?[] _keys;
    private int _keyCount;
    private int _position;
    private int _depth;

    // This thread's caches of short strings, looked up once per decode rather than per string.
    private readonly Latin1StringCache _keyCache;
    private readonly Latin1StringCache _valueCache;

    public WireDecoder(ReadOnlySpan<byte> bytes)
    {
        _bytes = bytes;
        _keyCache = Latin1StringCache.Keys;
        _valueCache = Latin1StringCache.Values;
        _records = ArrayPool<SerializedRecord?>.Shared.Rent(64);
        _keys = ArrayPool<string?>.Shared.Rent(64);
    }

    /// <summary>Returns the pooled record and key tables, cleared so they keep nothing decoded alive.</summary>
    public void Dispose()
    {
        if (_records is not null)
        {
            Array.Clear(_records, 0, _recordCount);
            ArrayPool<SerializedRecord?>.Shared.Return(_records);
            _records = null!;
        }

        if (_keys is not null)
        {
            Array.Clear(_keys, 0, _keyCount);
            ArrayPool<string?>.Shared.Return(_keys);
            _keys = null!;
        }
    }

    /// <summary>Reads the header, the transfer data holders and the serialized value, and checks that nothing follows.</summary>
    public SerializedWithTransfer ReadMessage()
    {
        ReadHeader();

        int holderCount = ReadCount("transfer data holders", MinimumHolderSize);
        var holders = holderCount == 0 ? [] : new TransferDataHolder[holderCount];
        for (int i = 0; i < holders.Length; i++)
        {
            int start = _position;
            var tag = (WireTag)ReadByte("a transfer data holder");
            holders[i] = tag switch
            {
                WireTag.TransferredArrayBuffer or WireTag.TransferredResizableArrayBuffer => (TransferDataHolder)ReadRecordBody(tag, start),
                WireTag.BackReference => ReadBackReference(start) as TransferDataHolder
                    ?? throw Error($"Transfer data holder {i} refers back to a record that is not a transfer data holder", start),
                _ => throw Error($"Transfer data holder {i} has tag 0x{(byte)tag:X2}, which is not a transferred ArrayBuffer", start),
            };
        }

        var value = ReadValue();
        if (_position != _bytes.Length)
        {
            throw Error($"{_bytes.Length - _position} bytes follow the end of the value", _position);
        }

        return new SerializedWithTransfer(value, holders);
    }

    private void ReadHeader()
    {
        var magic = WireFormat.Magic;
        if (_bytes.Length < magic.Length || !_bytes[..magic.Length].SequenceEqual(magic))
        {
            throw Error("The input does not start with the wire format's magic bytes \"WMSC\"", 0);
        }

        _position = magic.Length;
        uint version = ReadVarUInt32("the version number");
        if (version != WireFormat.Version)
        {
            throw Error($"The input is in wire format version {version}, but this decoder reads only version {WireFormat.Version}", magic.Length);
        }
    }

    private SerializedValue ReadValue()
    {
        int start = _position;
        var tag = (WireTag)ReadByte("a value");
        switch (tag)
        {
            case WireTag.Undefined:
                return SerializedValue.Undefined;
            case WireTag.Null:
                return SerializedValue.Null;
            case WireTag.False:
                return SerializedValue.False;
            case WireTag.True:
                return SerializedValue.True;
            case WireTag.Int32:
                uint zigzag = ReadVarUInt32("an integer");
                return SerializedValue.FromNumber((int)(zigzag >> 1) ^ -(int)(zigzag & 1));
            case WireTag.Double:
                return SerializedValue.FromNumber(ReadDouble("a Number"));
            case WireTag.BigInt:
                return SerializedValue.FromBigInt(ReadBigIntBody(start));
            case WireTag.Latin1String:
            case WireTag.Utf16String:
                return SerializedValue.FromString(ReadStringBody(tag, "a String"));
            case WireTag.BackReference:
                return SerializedValue.FromRecord(ReadBackReference(start));
            case >= WireTag.Object and <= WireTag.TransferredResizableArrayBuffer:
                return SerializedValue.FromRecord(ReadRecordBody(tag, start));
            default:
                throw Error($"Tag 0x{(byte)tag:X2} is not a known value tag", start);
        }
    }

    private SerializedRecord ReadRecordBody(WireTag tag, int start)
    {
        EnterRecord(start);
        SerializedRecord record;
        switch (tag)
        {
            case WireTag.Object:
            {
                int count = ReadCount("an object's properties", MinimumPropertySize);
                var objectRecord = new ObjectRecord(count);
                Register(objectRecord);
                // The record was made with room for exactly count properties.
                var items = objectRecord.PropertyItems;
                for (int i = 0; i < count; i++)
                {
                    string key = ReadPropertyKey();
                    items[i] = new KeyValuePair<string, SerializedValue>(key, ReadValue());
                    objectRecord.PropertyCount = i + 1;
                }

                record = objectRecord;
                break;
            }

            case WireTag.Array:
                record = ReadArray(start);
                break;

            case WireTag.Map:
                record = ReadMap();
                break;
            case WireTag.Set:
                record = ReadSet();
                break;
            case WireTag.Date:
                record = Register(new DateRecord(ReadDouble("a date's time value")));
                break;
            case WireTag.RegExp:
            {
                string source = ReadString("a RegExp's source");
                string flags = ReadString("a RegExp's flags");
                record = Register(new RegExpRecord(source, flags));
                break;
            }

            case WireTag.PrimitiveWrapper:
                record = Register(new PrimitiveWrapperRecord(ReadWrappedPrimitive()));
                break;
            case WireTag.ArrayBuffer:
            case WireTag.ResizableArrayBuffer:
            {
                var (data, maxByteLength) = ReadArrayBufferBody(tag == WireTag.ResizableArrayBuffer);
                record = Register(new ArrayBufferRecord(data, data.Length, maxByteLength));
                break;
            }

            case WireTag.TransferredArrayBuffer:
            case WireTag.TransferredResizableArrayBuffer:
            {
                var (data, maxByteLength) = ReadArrayBufferBody(tag == WireTag.TransferredResizableArrayBuffer);
                var holder = new TransferDataHolder();
                holder.SetArrayBuffer(data, data.Length, maxByteLength);
                record = Register(holder);
                break;
            }

            case WireTag.ArrayBufferView:
                record = ReadView();
                break;
            case WireTag.Error:
                record = ReadError();
                break;
            case WireTag.Blob:
            {
                string contentType = ReadString("a Blob's type");
                record = Register(new BlobRecord(contentType, ReadByteSequence("a Blob's bytes")));
                break;
            }

            case WireTag.File:
            {
                string contentType = ReadString("a File's type");
                byte[] bytes = ReadByteSequence("a File's bytes");
                string name = ReadString("a File's name");
                ulong zigzag = ReadVarUInt64("a File's lastModified");
                long lastModified = (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
                record = Register(new FileRecord(contentType, bytes, name, lastModified));
                break;
            }

            case WireTag.PlatformObject:
            {
                var platformObject = new PlatformObjectRecord(ReadString("a platform object's interface name"));
                Register(platformObject);
                int count = ReadCount("a platform object's fields", MinimumPropertySize);
                platformObject.Fields.Capacity = count;
                ReadProperties(platformObject.Fields, count);
                record = platformObject;
                break;
            }

            default:
                throw Error($"Tag 0x{(byte)tag:X2} is not a known record tag", start);
        }

        _depth--;
        return record;
    }

    private void EnterRecord(int start)
    {
        // The stack is checked every few levels: each level uses far less than the margin
        // TryEnsureSufficientExecutionStack keeps, and the check is not free.
        _depth++;
        if (_depth > WireFormat.MaxDepth || ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw Error(
                _depth > WireFormat.MaxDepth
                    ? $"Records are nested more than {WireFormat.MaxDepth} levels deep"
                    : $"Records are nested {_depth} levels deep, more than the thread's stack can hold",
                start);
        }
    }

    private void ReadProperties(List<KeyValuePair<string, SerializedValue>> properties, int count)
    {
        for (int i = 0; i < count; i++)
        {
            string key = ReadPropertyKey();
            properties.Add(new KeyValuePair<string, SerializedValue>(key, ReadValue()));
        }
    }

    private ArrayRecord ReadArray(int start)
    {
        uint length = ReadVarUInt32("an array length");
        int elementCount = ReadCount("an array's elements", MinimumValueSize);
        if ((uint)elementCount > length)
        {
            throw Error($"An array of length {length} claims {elementCount} elements", start);
        }

        var array = new ArrayRecord(length, elementCount);
        Register(array);
        var elements = array.Elements;
        for (int i = 0; i < elementCount; i++)
        {
            elements.Add(ReadValue());
        }

        int count = ReadCount("an array's properties", MinimumPropertySize);
        if (count > 0)
        {
            array.Properties.Capacity = count;
            ReadProperties(array.Properties, count);
        }

        return array;
    }

    private MapRecord ReadMap()
    {
        int count = ReadCount("a Map's entries", MinimumEntrySize);
        var map = new MapRecord();
        map.Entries.Capacity = count;
        Register(map);
        for (int i = 0; i < count; i++)
        {
            var key = ReadValue();
            map.Entries.Add(new KeyValuePair<SerializedValue, SerializedValue>(key, ReadValue()));
        }

        return map;
    }

    private SetRecord ReadSet()
    {
        int count = ReadCount("a Set's members", MinimumValueSize);
        var set = new SetRecord();
        set.Members.Capacity = count;
        Register(set);
        for (int i = 0; i < count; i++)
        {
            set.Members.Add(ReadValue());
        }

        return set;
    }

    private SerializedValue ReadWrappedPrimitive()
    {
        int start = _position;
        var tag = (WireTag)PeekByte("a wrapped primitive");
        if (tag is not (WireTag.False or WireTag.True or WireTag.Int32 or WireTag.Double or WireTag.BigInt or WireTag.Latin1String or WireTag.Utf16String))
        {
            throw Error($"A primitive wrapper must hold a Boolean, Number, BigInt or String, not tag 0x{(byte)tag:X2}", start);
        }

        return ReadValue();
    }

    private (byte[] Data, int? MaxByteLength) ReadArrayBufferBody(bool resizable)
    {
        int lengthStart = _position;
        int byteLength = ReadInt32("an ArrayBuffer's byte length");
        int? maxByteLength = null;
        if (resizable)
        {
            int maxStart = _position;
            int max = ReadInt32("an ArrayBuffer's maximum byte length");
            if (max < byteLength)
            {
                throw Error($"A resizable ArrayBuffer's maximum byte length {max} is less than its byte length {byteLength}", maxStart);
            }

            maxByteLength = max;
        }

        return (ReadBytes(byteLength, "an ArrayBuffer's bytes", lengthStart), maxByteLength);
    }

    private ArrayBufferViewRecord ReadView()
    {
        // The view's id comes before its buffer's, but the view can only be built once the
        // buffer is read: hold the id with an empty slot. A buffer cannot contain its view,
        // so nothing can refer back to the slot while it is empty.
        int id = _recordCount;
        Register<SerializedRecord?>(null);

        int kindStart = _position;
        byte kind = ReadByte("an ArrayBufferView's constructor");
        if (kind > (byte)ArrayBufferViewKind.DataView)
        {
            throw Error($"{kind} is not a known ArrayBufferView constructor", kindStart);
        }

        int bufferStart = _position;
        var bufferTag = (WireTag)ReadByte("an ArrayBufferView's buffer");
        var buffer = bufferTag switch
        {
            WireTag.ArrayBuffer or WireTag.ResizableArrayBuffer or WireTag.TransferredArrayBuffer or WireTag.TransferredResizableArrayBuffer
                => ReadRecordBody(bufferTag, bufferStart),
            WireTag.BackReference => ReadBackReference(bufferStart),
            _ => throw Error($"An ArrayBufferView's buffer must be an ArrayBuffer, not tag 0x{(byte)bufferTag:X2}", bufferStart),
        };
        if (buffer is not (ArrayBufferRecord or TransferDataHolder { ArrayBufferData: not null }))
        {
            throw Error($"An ArrayBufferView's buffer refers back to a {buffer.GetType().Name}, not an ArrayBuffer", bufferStart);
        }

        int byteOffset = ReadInt32("an ArrayBufferView's byte offset");
        int lengthStart = _position;
        uint lengthPlusOne = ReadVarUInt32("an ArrayBufferView's length");
        if (lengthPlusOne > (uint)int.MaxValue + 1)
        {
            throw Error($"An ArrayBufferView's length {lengthPlusOne - 1} is larger than {int.MaxValue}", lengthStart);
        }

        int? length = lengthPlusOne == 0 ? null : (int)(lengthPlusOne - 1);
        var view = new ArrayBufferViewRecord((ArrayBufferViewKind)kind, buffer, byteOffset, length);
        _records[id] = view;
        return view;
    }

    private ErrorRecord ReadError()
    {
        int flagsStart = _position;
        var flags = (ErrorFlags)ReadByte("an Error's flags");
        if ((flags & ~ErrorFlags.All) != 0)
        {
            throw Error($"0x{(byte)flags:X2} is not a valid set of Error flags", flagsStart);
        }

        string name = ReadString("an Error's name");
        string? message = (flags & ErrorFlags.HasMessage) != 0 ? ReadString("an Error's message") : null;
        var error = new ErrorRecord(name, message);
        Register(error);
        if ((flags & ErrorFlags.HasStack) != 0)
        {
            error.Stack = ReadString("an Error's stack");
        }

        if ((flags & ErrorFlags.HasCause) != 0)
        {
            error.HasCause = true;
            error.Cause = ReadValue();
        }

        return error;
    }

    private SerializedRecord ReadBackReference(int start)
    {
        uint id = ReadVarUInt32("a back-reference");
        if (id >= (uint)_recordCount)
        {
            throw Error($"A back-reference to record #{id}, but only {_recordCount} records come before it", start);
        }

        return _records[(int)id]
            ?? throw Error($"A back-reference to record #{id}, an ArrayBufferView that is still being read", start);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T Register<T>(T record)
        where T : SerializedRecord?
    {
        if (_recordCount == _records.Length)
        {
            GrowRecords();
        }

        _records[_recordCount++] = record;
        return record;
    }

    private void GrowRecords()
    {
        // Every record takes at least one byte of input, so the table never outgrows the input.
        var bigger = ArrayPool<SerializedRecord?>.Shared.Rent(_records.Length * 2);
        _records.AsSpan(0, _recordCount).CopyTo(bigger);
        Array.Clear(_records, 0, _recordCount);
        ArrayPool<SerializedRecord?>.Shared.Return(_records);
        _records = bigger;
    }

    private BigInteger ReadBigIntBody(int start)
    {
        uint header = ReadVarUInt32("a BigInt's size");
        bool negative = (header & 1) != 0;
        int byteCount = (int)(header >> 1);
        var magnitude = ReadSpan(byteCount, "a BigInt's magnitude", start);
        if (byteCount == 0)
        {
            return negative ? throw Error("A BigInt of magnitude zero is marked negative", start) : BigInteger.Zero;
        }

        if (magnitude[^1] == 0)
        {
            throw Error("A BigInt's magnitude has a leading zero byte", start);
        }

        var value = new BigInteger(magnitude, isUnsigned: true, isBigEndian: false);
        return negative ? BigInteger.Negate(value) : value;
    }

    private string ReadPropertyKey()
    {
        int start = _position;
        byte tag = PeekByte("a property key");
        if (tag == (byte)WireTag.PropertyKeyReference)
        {
            _position++;
            uint id = ReadVarUInt32("a property key reference");
            if (id >= (uint)_keyCount)
            {
                throw Error($"A reference to property key #{id}, but only {_keyCount} keys come before it", start);
            }

            return _keys[id]!;
        }

        string key;
        if (tag == (byte)WireTag.Latin1String && TryReadShortLatin1Key(start) is { } cached)
        {
            key = cached;
        }
        else
        {
            key = ReadString("a property key");
        }

        // Every key written in full gets the next key id, as in the encoder.
        if (_keyCount == _keys.Length)
        {
            var bigger = ArrayPool<string?>.Shared.Rent(_keys.Length * 2);
            _keys.AsSpan(0, _keyCount).CopyTo(bigger);
            Array.Clear(_keys, 0, _keyCount);
            ArrayPool<string?>.Shared.Return(_keys);
            _keys = bigger;
        }

        _keys[_keyCount++] = key;
        return key;
    }

    private string? TryReadShortLatin1Key(int start)
    {
        _position++;
        int length = ReadInt32("a property key");
        if (length <= Latin1StringCache.MaxLength)
        {
            return _keyCache.GetOrAdd(ReadSpan(length, "a property key", start));
        }

        _position = start;
        return null;
    }

    private string ReadString(string what)
    {
        int start = _position;
        var tag = (WireTag)ReadByte(what);
        if (tag is not (WireTag.Latin1String or WireTag.Utf16String))
        {
            throw Error($"Expected a string for {what}, found tag 0x{(byte)tag:X2}", start);
        }

        return ReadStringBody(tag, what);
    }

    private string ReadStringBody(WireTag tag, string what)
    {
        int start = _position - 1;
        int length = ReadInt32(what);
        if (tag == WireTag.Latin1String)
        {
            if (length == 0)
            {
                return string.Empty;
            }

            var latin1 = ReadSpan(length, what, start);
            return length <= Latin1StringCache.MaxLength ? _valueCache.GetOrAdd(latin1) : Encoding.Latin1.GetString(latin1);
        }

        if (length > (_bytes.Length - _position) / 2)
        {
            throw Error($"{Capitalize(what)} claims {length} UTF-16 code units, but only {_bytes.Length - _position} bytes remain", start);
        }

        var units = ReadSpan(length * 2, what, start);
        if (BitConverter.IsLittleEndian)
        {
            return new string(MemoryMarshal.Cast<byte, char>(units));
        }

        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(units.Slice(i * 2));
        }

        return new string(chars);
    }

    private byte[] ReadByteSequence(string what)
    {
        int start = _position;
        return ReadBytes(ReadInt32(what), what, start);
    }

    private byte[] ReadBytes(int length, string what, int start) =>
        length == 0 ? [] : ReadSpan(length, what, start).ToArray();

    private ReadOnlySpan<byte> ReadSpan(int length, string what, int start)
    {
        if (length > _bytes.Length - _position)
        {
            throw Error($"{Capitalize(what)} claims {length} bytes, but only {_bytes.Length - _position} remain", start);
        }

        var span = _bytes.Slice(_position, length);
        _position += length;
        return span;
    }

    private double ReadDouble(string what)
    {
        if (_bytes.Length - _position < sizeof(double))
        {
            throw Error($"The input ends inside {what}", _position);
        }

        double value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes.Slice(_position));
        _position += sizeof(double);
        return value;
    }

    /// <summary>Reads the count of <paramref name="items"/>, each at least <paramref name="minimumItemSize"/> bytes long, and rejects it if the remaining input cannot hold them.</summary>
    private int ReadCount(string items, int minimumItemSize)
    {
        int start = _position;
        uint count = ReadVarUInt32(items);
        int remaining = _bytes.Length - _position;
        if (count > (uint)(remaining / minimumItemSize))
        {
            throw Error($"The count of {items} is {count}, but the {remaining} bytes that remain can hold at most {remaining / minimumItemSize}", start);
        }

        return (int)count;
    }

    private int ReadInt32(string what)
    {
        int start = _position;
        uint value = ReadVarUInt32(what);
        if (value > int.MaxValue)
        {
            throw Error($"{Capitalize(what)} is {value}, larger than {int.MaxValue}", start);
        }

        return (int)value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private uint ReadVarUInt32(string what)
    {
        var bytes = _bytes;
        int position = _position;
        if ((uint)position < (uint)bytes.Length && bytes[position] < 0x80)
        {
            _position = position + 1;
            return bytes[position];
        }

        return ReadVarUInt32Slow(what);
    }

    private uint ReadVarUInt32Slow(string what)
    {
        int start = _position;
        uint result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (_position >= _bytes.Length)
            {
                throw Error($"The input ends inside {what}", start);
            }

            byte next = _bytes[_position++];
            if (shift == 28 && next > 0x0F)
            {
                throw Error($"{Capitalize(what)} does not fit in 32 bits", start);
            }

            result |= (uint)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return result;
            }
        }
    }

    private ulong ReadVarUInt64(string what)
    {
        int start = _position;
        ulong result = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (_position >= _bytes.Length)
            {
                throw Error($"The input ends inside {what}", start);
            }

            byte next = _bytes[_position++];
            if (shift == 63 && next > 0x01)
            {
                throw Error($"{Capitalize(what)} does not fit in 64 bits", start);
            }

            result |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                return result;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte ReadByte(string what)
    {
        if ((uint)_position >= (uint)_bytes.Length)
        {
            throw Error($"The input ends where {what} should start", _position);
        }

        return _bytes[_position++];
    }

    private readonly byte PeekByte(string what) =>
        (uint)_position < (uint)_bytes.Length ? _bytes[_position] : throw Error($"The input ends where {what} should start", _position);

    private static string Capitalize(string what) => string.Concat(what[..1].ToUpperInvariant(), what.AsSpan(1));

    private static WireFormatException Error(string problem, int offset) => new(problem, offset);
}

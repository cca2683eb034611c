using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// Writes one serialized record graph in the wire format (docs/wire-format.md). Records get
/// ids in order of first appearance; a record met again is written as a back-reference to
/// its id, so shared references and cycles keep their identity.
/// </summary>
/// <remarks>
/// The encoder writes straight into spans it takes from the <see cref="IBufferWriter{T}"/>
/// and only goes back to the writer when the current span is full.
/// </remarks>
internal ref struct WireEncoder
{
    private const int MinimumChunk = 4096;

    private readonly IBufferWriter<byte> _output;
    private RecordIdTable _ids;
    private PropertyKeyIdTable _keyIds;
    private Span<byte> _buffer;
    private int _position;
    private int _depth;

    public WireEncoder(IBufferWriter<byte> output)
    {
        _output = output;
        _ids = new RecordIdTable();
        _keyIds = new PropertyKeyIdTable();
    }

    /// <summary>Returns the pooled arrays of the id tables.</summary>
    public void Dispose()
    {
        _ids.Dispose();
        _keyIds.Dispose();
    }

    /// <summary>Writes the header, the transfer data holders and the serialized value, then commits everything to the writer.</summary>
    public void WriteMessage(SerializedWithTransfer message)
    {
        EnsureSpace(WireFormat.Magic.Length + 5);
        WireFormat.Magic.CopyTo(_buffer[_position..]);
        _position += WireFormat.Magic.Length;
        WriteVarUInt32(WireFormat.Version);

        var holders = message.TransferDataHolders;
        WriteVarUInt32((uint)holders.Count);
        for (int i = 0; i < holders.Count; i++)
        {
            WriteRecord(holders[i] ?? throw new ArgumentException($"Transfer data holder {i} is null.", nameof(message)));
        }

        WriteValue(message.Serialized);
        _output.Advance(_position);
        _buffer = default;
        _position = 0;
    }

    private void WriteValue(SerializedValue value)
    {
        switch (value.Kind)
        {
            case SerializedKind.Undefined:
                WriteTag(WireTag.Undefined);
                break;
            case SerializedKind.Null:
                WriteTag(WireTag.Null);
                break;
            case SerializedKind.Boolean:
                WriteTag(value.AsBoolean() ? WireTag.True : WireTag.False);
                break;
            case SerializedKind.Number:
                WriteNumber(value.AsNumber());
                break;
            case SerializedKind.BigInt:
                WriteBigInt(value.AsBigInt());
                break;
            case SerializedKind.String:
                WriteString(value.AsString());
                break;
            default:
                WriteRecord(value.AsRecord());
                break;
        }
    }

    private void WriteNumber(double number)
    {
        // An integral Number in the Int32 range (but not -0) is a zigzag varint: it is the
        // common case (ids, counts, indices) and round-trips to the same bits.
        int integer = (int)number;
        if (integer == number && (integer != 0 || !double.IsNegative(number)))
        {
            EnsureSpace(1 + 5);
            _buffer[_position++] = (byte)WireTag.Int32;
            WriteVarUInt32((uint)((integer << 1) ^ (integer >> 31)));
            return;
        }

        EnsureSpace(1 + sizeof(double));
        _buffer[_position] = (byte)WireTag.Double;
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.Slice(_position + 1), number);
        _position += 1 + sizeof(double);
    }

    private void WriteBigInt(BigInteger value)
    {
        // Sign and magnitude: a varint holding (magnitude byte count << 1) | sign, then the
        // magnitude's bytes, least significant first, without leading zero bytes.
        bool negative = value.Sign < 0;
        var magnitude = negative ? BigInteger.Negate(value) : value;
        int byteCount = value.IsZero ? 0 : magnitude.GetByteCount(isUnsigned: true);
        EnsureSpace(1 + 5);
        _buffer[_position++] = (byte)WireTag.BigInt;
        WriteVarUInt32(((uint)byteCount << 1) | (negative ? 1u : 0u));
        EnsureSpace(byteCount);
        if (byteCount > 0)
        {
            magnitude.TryWriteBytes(_buffer.Slice(_position, byteCount), out int written, isUnsigned: true, isBigEndian: false);
            _position += written;
        }
    }

    /// <summary>
    /// Writes a string as UTF-16 code units: one byte each when every unit is below 256
    /// (Latin-1), otherwise two bytes each, little-endian, so lone surrogates survive.
    /// </summary>
    private void WriteString(string value)
    {
        int length = value.Length;
        EnsureSpace(1 + 5 + length);
        int tagPosition = _position++;
        WriteVarUInt32((uint)length);

        // Optimistically narrow: ASCII in bulk, then Latin-1 unit by unit; give up at the
        // first unit of 256 or more and write the two-byte form instead.
        var chars = value.AsSpan();
        var target = _buffer.Slice(_position, length);
        if (Ascii.FromUtf16(chars, target, out int narrowed) != OperationStatus.Done)
        {
            for (; narrowed < chars.Length; narrowed++)
            {
                char unit = chars[narrowed];
                if (unit > 0xFF)
                {
                    _buffer[tagPosition] = (byte)WireTag.Utf16String;
                    WriteUtf16Units(chars);
                    return;
                }

                target[narrowed] = (byte)unit;
            }
        }

        _buffer[tagPosition] = (byte)WireTag.Latin1String;
        _position += length;
    }

    private void WriteUtf16Units(ReadOnlySpan<char> chars)
    {
        // The tag and the unit count are already written and stay where they are, so grow
        // the span in place: the writer keeps what is before _position only after Advance.
        int byteCount = checked(chars.Length * 2);
        if (_buffer.Length - _position < byteCount)
        {
            // Rewind to before the tag, commit what precedes it, and rewrite the prefix in a
            // span large enough for the whole string.
            int prefixStart = _position - 1 - VarUInt32Size((uint)chars.Length);
            _position = prefixStart;
            EnsureSpace(1 + 5 + byteCount);
            _buffer[_position++] = (byte)WireTag.Utf16String;
            WriteVarUInt32((uint)chars.Length);
        }

        var target = _buffer.Slice(_position, byteCount);
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(chars).CopyTo(target);
        }
        else
        {
            for (int i = 0; i < chars.Length; i++)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(target.Slice(i * 2), chars[i]);
            }
        }

        _position += byteCount;
    }

    private void WriteRecord(SerializedRecord record)
    {
        // The record gets its id before its children are written: it may contain itself.
        int id = _ids.GetOrAdd(record);
        if (id >= 0)
        {
            EnsureSpace(1 + 5);
            _buffer[_position++] = (byte)WireTag.BackReference;
            WriteVarUInt32((uint)id);
            return;
        }

        EnterRecord();
        switch (record)
        {
            case ObjectRecord objectRecord:
                WriteTag(WireTag.Object);
                WriteProperties(objectRecord.Properties.AsSpan());
                break;
            case ArrayRecord array:
                WriteTag(WireTag.Array);
                WriteVarUInt32(array.Length);
                WriteElements(array.Elements);
                WriteProperties(CollectionsMarshal.AsSpan(array.PropertiesIfAny));
                break;
            case MapRecord map:
                WriteMap(map);
                break;
            case SetRecord set:
                WriteSet(set);
                break;
            case DateRecord date:
                EnsureSpace(1 + sizeof(double));
                _buffer[_position] = (byte)WireTag.Date;
                BinaryPrimitives.WriteDoubleLittleEndian(_buffer.Slice(_position + 1), date.TimeValue);
                _position += 1 + sizeof(double);
                break;
            case RegExpRecord regExp:
                WriteTag(WireTag.RegExp);
                WriteString(regExp.Source);
                WriteString(regExp.Flags);
                break;
            case PrimitiveWrapperRecord wrapper:
                WriteTag(WireTag.PrimitiveWrapper);
                WriteValue(wrapper.Primitive);
                break;
            case ArrayBufferRecord { IsAdopted: true }:
                throw new DataCloneException("An ArrayBuffer record cannot be encoded: a deserialization that consumed it took its bytes over.");
            case ArrayBufferRecord buffer:
                WriteArrayBuffer(
                    buffer.MaxByteLength is null ? WireTag.ArrayBuffer : WireTag.ResizableArrayBuffer,
                    buffer.Data.AsSpan(0, buffer.ByteLength),
                    buffer.MaxByteLength);
                break;
            case ArrayBufferViewRecord view:
                WriteView(view);
                break;
            case ErrorRecord error:
                WriteError(error);
                break;
            case FileRecord file:
                WriteTag(WireTag.File);
                WriteString(file.ContentType);
                WriteByteSequence(file.Bytes.Span);
                WriteString(file.Name);
                WriteVarUInt64((ulong)((file.LastModified << 1) ^ (file.LastModified >> 63)));
                break;
            case BlobRecord blob:
                WriteTag(WireTag.Blob);
                WriteString(blob.ContentType);
                WriteByteSequence(blob.Bytes.Span);
                break;
            case PlatformObjectRecord platformObject:
                WriteTag(WireTag.PlatformObject);
                WriteString(platformObject.InterfaceName);
                WriteProperties(CollectionsMarshal.AsSpan(platformObject.Fields));
                break;
            case TransferDataHolder holder:
                WriteTransferDataHolder(holder);
                break;
            default:
                throw new DataCloneException($"A {record.Type} record cannot be encoded: the wire format has no tag for {record.GetType().Name}.");
        }

        _depth--;
    }

    private void EnterRecord()
    {
        // The stack is checked every few levels: each level uses far less than the margin
        // TryEnsureSufficientExecutionStack keeps, and the check is not free.
        _depth++;
        if (_depth > WireFormat.MaxDepth || ((_depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            throw new DataCloneException(
                $"The value is nested too deeply to be encoded: records may nest at most {WireFormat.MaxDepth} levels deep, and the thread's stack must hold them.");
        }
    }

    private void WriteProperties(ReadOnlySpan<KeyValuePair<string, SerializedValue>> span)
    {
        WriteVarUInt32((uint)span.Length);
        foreach (ref readonly var property in span)
        {
            WritePropertyKey(property.Key);
            WriteValue(property.Value);
        }
    }

    private void WritePropertyKey(string key)
    {
        // A key written before is referred to by its key id; a new one is written in full
        // and gets the next id.
        int id = _keyIds.GetOrAdd(key);
        if (id >= 0)
        {
            EnsureSpace(1 + 5);
            _buffer[_position++] = (byte)WireTag.PropertyKeyReference;
            WriteVarUInt32((uint)id);
            return;
        }

        WriteString(key);
    }

    private void WriteElements(SerializedValueList elements)
    {
        int count = elements.Count;
        WriteVarUInt32((uint)count);
        for (int i = 0; i < count; i++)
        {
            WriteValue(elements.ItemUnchecked(i));
        }
    }

    private void WriteMap(MapRecord map)
    {
        var entries = CollectionsMarshal.AsSpan(map.Entries);
        WriteTag(WireTag.Map);
        WriteVarUInt32((uint)entries.Length);
        foreach (ref readonly var entry in entries)
        {
            WriteValue(entry.Key);
            WriteValue(entry.Value);
        }
    }

    private void WriteSet(SetRecord set)
    {
        var members = CollectionsMarshal.AsSpan(set.Members);
        WriteTag(WireTag.Set);
        WriteVarUInt32((uint)members.Length);
        foreach (ref readonly var member in members)
        {
            WriteValue(member);
        }
    }

    private void WriteArrayBuffer(WireTag tag, ReadOnlySpan<byte> bytes, int? maxByteLength)
    {
        WriteTag(tag);
        WriteVarUInt32((uint)bytes.Length);
        if (maxByteLength is { } max)
        {
            WriteVarUInt32((uint)max);
        }

        WriteBytes(bytes);
    }

    private void WriteView(ArrayBufferViewRecord view)
    {
        if (view.Buffer is not (ArrayBufferRecord or TransferDataHolder { ArrayBufferData: not null }))
        {
            throw new DataCloneException($"An ArrayBufferView whose buffer is a {view.Buffer.Type} record cannot be encoded.");
        }

        EnsureSpace(2);
        _buffer[_position++] = (byte)WireTag.ArrayBufferView;
        _buffer[_position++] = (byte)view.Constructor;
        WriteRecord(view.Buffer);
        WriteVarUInt32((uint)view.ByteOffset);

        // 0 stands for a length-tracking view, n + 1 for a fixed length n.
        WriteVarUInt32(view.Length is { } length ? (uint)length + 1 : 0);
    }

    private void WriteError(ErrorRecord error)
    {
        var flags = ErrorFlags.None;
        if (error.Message is not null)
        {
            flags |= ErrorFlags.HasMessage;
        }

        if (error.Stack is not null)
        {
            flags |= ErrorFlags.HasStack;
        }

        if (error.HasCause)
        {
            flags |= ErrorFlags.HasCause;
        }

        EnsureSpace(2);
        _buffer[_position++] = (byte)WireTag.Error;
        _buffer[_position++] = (byte)flags;
        WriteString(error.Name);
        if (error.Message is { } message)
        {
            WriteString(message);
        }

        if (error.Stack is { } stack)
        {
            WriteString(stack);
        }

        if (error.HasCause)
        {
            WriteValue(error.Cause);
        }
    }

    private void WriteTransferDataHolder(TransferDataHolder holder)
    {
        if (!holder.IsInitialized)
        {
            throw new InvalidOperationException("An uninitialized transfer data holder cannot be encoded: the transfer steps have not filled it in.");
        }

        if (holder.ArrayBufferData is not { } data)
        {
            throw new DataCloneException($"A transferred {holder.Type} cannot be encoded: its transfer data is a live object of this process, not bytes.");
        }

        WriteArrayBuffer(
            holder.ArrayBufferMaxByteLength is null ? WireTag.TransferredArrayBuffer : WireTag.TransferredResizableArrayBuffer,
            data.AsSpan(0, holder.ArrayBufferByteLength),
            holder.ArrayBufferMaxByteLength);
    }

    private void WriteByteSequence(ReadOnlySpan<byte> bytes)
    {
        WriteVarUInt32((uint)bytes.Length);
        WriteBytes(bytes);
    }

    private void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        // Large byte runs are copied chunk by chunk, so the writer never needs one span as
        // large as the whole buffer.
        while (true)
        {
            int free = _buffer.Length - _position;
            if (bytes.Length <= free)
            {
                bytes.CopyTo(_buffer.Slice(_position));
                _position += bytes.Length;
                return;
            }

            bytes[..free].CopyTo(_buffer.Slice(_position));
            _position += free;
            bytes = bytes[free..];
            EnsureSpace(Math.Min(bytes.Length, MinimumChunk));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteTag(WireTag tag)
    {
        EnsureSpace(1 + 5);
        _buffer[_position++] = (byte)tag;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void WriteVarUInt32(uint value)
    {
        EnsureSpace(5);
        var buffer = _buffer;
        int position = _position;
        while (value >= 0x80)
        {
            buffer[position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[position++] = (byte)value;
        _position = position;
    }

    private void WriteVarUInt64(ulong value)
    {
        EnsureSpace(10);
        while (value >= 0x80)
        {
            _buffer[_position++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_position++] = (byte)value;
    }

    private static int VarUInt32Size(uint value)
    {
        int size = 1;
        while (value >= 0x80)
        {
            value >>= 7;
            size++;
        }

        return size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void EnsureSpace(int size)
    {
        if (_buffer.Length - _position < size)
        {
            TakeNewChunk(size);
        }
    }

    private void TakeNewChunk(int size)
    {
        if (_position > 0)
        {
            _output.Advance(_position);
        }

        _buffer = _output.GetSpan(Math.Max(size, MinimumChunk));
        _position = 0;
        if (_buffer.Length < size)
        {
            throw new InvalidOperationException($"The buffer writer returned a span of {_buffer.Length} bytes where {size} were requested.");
        }
    }
}

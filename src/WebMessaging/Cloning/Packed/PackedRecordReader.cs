using System.Runtime.CompilerServices;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Cloning.Packed;

/// <summary>
/// The serialized record a <see cref="PackedMessage"/> stands for: what
/// StructuredSerializeInternal would have returned for the value that was packed.
/// </summary>
internal sealed class PackedRecordReader
{
    private readonly byte[] _bytes;
    private readonly List<SerializedRecord> _records = [];
    private int _position;

    private PackedRecordReader(in PackedMessage packed)
    {
        _bytes = packed.Bytes!;
        _position = packed.ByteStart + 1; // past the back-reference flag
    }

    /// <summary>Reads the record of <paramref name="packed"/>.</summary>
    public static SerializedValue Read(in PackedMessage packed) => new PackedRecordReader(packed).ReadValue();

    private SerializedValue ReadValue()
    {
        var tag = (PackedTag)_bytes[_position++];
        switch (tag)
        {
            case PackedTag.Undefined:
                return SerializedValue.Undefined;
            case PackedTag.Null:
                return SerializedValue.Null;
            case PackedTag.False:
                return SerializedValue.False;
            case PackedTag.True:
                return SerializedValue.True;
            case PackedTag.Int32:
                return SerializedValue.FromNumber(ReadInt32());
            case PackedTag.Double:
                double number = Unsafe.ReadUnaligned<double>(ref _bytes[_position]);
                _position += sizeof(double);
                return SerializedValue.FromNumber(number);
            case PackedTag.String:
                return SerializedValue.FromString(PackedText.Read(_bytes, ref _position, Latin1StringCache.Values));
            case PackedTag.BackReference:
                return SerializedValue.FromRecord(_records[ReadInt32()]);
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new DataCloneException("The value could not be deserialized: it is nested too deeply.");
        }

        int count = ReadInt32();
        if (tag == PackedTag.Array)
        {
            var array = new ArrayRecord((uint)count, count);
            _records.Add(array);
            for (int i = 0; i < count; i++)
            {
                array.Elements.Add(ReadValue());
            }

            return SerializedValue.FromRecord(array);
        }

        var obj = new ObjectRecord(count);
        _records.Add(obj);
        for (int i = 0; i < count; i++)
        {
            string key = PackedText.Read(_bytes, ref _position, Latin1StringCache.Keys);
            obj.Properties.Add(new KeyValuePair<string, SerializedValue>(key, ReadValue()));
        }

        return SerializedValue.FromRecord(obj);
    }

    private int ReadInt32()
    {
        int value = Unsafe.ReadUnaligned<int>(ref _bytes[_position]);
        _position += sizeof(int);
        return value;
    }
}

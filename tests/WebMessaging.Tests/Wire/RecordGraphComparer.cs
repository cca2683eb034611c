using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Wire;

/// <summary>
/// Checks that two serialized record graphs are isomorphic: the same shape and primitives
/// (Numbers by bit pattern), and the same identity structure: two places that hold one record
/// on one side hold one record on the other, and distinct records stay distinct.
/// </summary>
internal sealed class RecordGraphComparer
{
    private readonly Dictionary<SerializedRecord, SerializedRecord> _expectedToActual = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SerializedRecord, SerializedRecord> _actualToExpected = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<(SerializedRecord Expected, SerializedRecord Actual, string Path)> _pending = new();

    /// <summary>Fails the test unless both messages are isomorphic, holder lists included.</summary>
    public static void AssertIsomorphic(SerializedWithTransfer expected, SerializedWithTransfer actual)
    {
        var comparer = new RecordGraphComparer();
        Equal(expected.TransferDataHolders.Count, actual.TransferDataHolders.Count, "holders.Count");
        for (int i = 0; i < expected.TransferDataHolders.Count; i++)
        {
            comparer.Pair(expected.TransferDataHolders[i], actual.TransferDataHolders[i], $"holders[{i}]");
        }

        comparer.CompareValues(expected.Serialized, actual.Serialized, "value");
        comparer.Drain();
    }

    /// <summary>Fails the test unless both values are isomorphic.</summary>
    public static void AssertIsomorphic(SerializedValue expected, SerializedValue actual)
    {
        var comparer = new RecordGraphComparer();
        comparer.CompareValues(expected, actual, "value");
        comparer.Drain();
    }

    private void CompareValues(SerializedValue expected, SerializedValue actual, string path)
    {
        Equal(expected.Kind, actual.Kind, path + ".Kind");
        if (expected.Kind == SerializedKind.Record)
        {
            Pair(expected.AsRecord(), actual.AsRecord(), path);
        }
        else if (!expected.Equals(actual))
        {
            Assert.Fail($"{path}: expected {Describe(expected)} but found {Describe(actual)}.");
        }
    }

    private void Pair(SerializedRecord expected, SerializedRecord actual, string path)
    {
        bool expectedSeen = _expectedToActual.TryGetValue(expected, out var mappedActual);
        bool actualSeen = _actualToExpected.TryGetValue(actual, out var mappedExpected);
        if (expectedSeen || actualSeen)
        {
            if (!ReferenceEquals(mappedActual, actual) || !ReferenceEquals(mappedExpected, expected))
            {
                Assert.Fail($"{path}: the identity structure differs (a record is shared on one side only).");
            }

            return;
        }

        _expectedToActual.Add(expected, actual);
        _actualToExpected.Add(actual, expected);
        _pending.Push((expected, actual, path));
    }

    private void Drain()
    {
        while (_pending.TryPop(out var pair))
        {
            CompareRecords(pair.Expected, pair.Actual, pair.Path);
        }
    }

    private void CompareRecords(SerializedRecord expected, SerializedRecord actual, string path)
    {
        Equal(expected.GetType(), actual.GetType(), path + ".GetType()");
        switch (expected)
        {
            case ObjectRecord o:
                CompareProperties(o.Properties, ((ObjectRecord)actual).Properties, path);
                break;
            case ArrayRecord a:
                Equal(a.Length, ((ArrayRecord)actual).Length, path + ".Length");
                var actualElements = ((ArrayRecord)actual).Elements;
                Equal(a.Elements.Count, actualElements.Count, path + ".Elements.Count");
                for (int i = 0; i < a.Elements.Count; i++)
                {
                    CompareValues(a.Elements[i], actualElements[i], $"{path}.Elements[{i}]");
                }

                CompareProperties(a.Properties, ((ArrayRecord)actual).Properties, path);
                break;
            case MapRecord m:
                var actualEntries = ((MapRecord)actual).Entries;
                Equal(m.Entries.Count, actualEntries.Count, path + ".Entries.Count");
                for (int i = 0; i < m.Entries.Count; i++)
                {
                    CompareValues(m.Entries[i].Key, actualEntries[i].Key, $"{path}.Entries[{i}].Key");
                    CompareValues(m.Entries[i].Value, actualEntries[i].Value, $"{path}.Entries[{i}].Value");
                }

                break;
            case SetRecord s:
                var actualMembers = ((SetRecord)actual).Members;
                Equal(s.Members.Count, actualMembers.Count, path + ".Members.Count");
                for (int i = 0; i < s.Members.Count; i++)
                {
                    CompareValues(s.Members[i], actualMembers[i], $"{path}.Members[{i}]");
                }

                break;
            case DateRecord d:
                Equal(BitConverter.DoubleToInt64Bits(d.TimeValue), BitConverter.DoubleToInt64Bits(((DateRecord)actual).TimeValue), path + ".TimeValue bits");
                break;
            case RegExpRecord r:
                Equal(r.Source, ((RegExpRecord)actual).Source, path + ".Source");
                Equal(r.Flags, ((RegExpRecord)actual).Flags, path + ".Flags");
                break;
            case PrimitiveWrapperRecord w:
                CompareValues(w.Primitive, ((PrimitiveWrapperRecord)actual).Primitive, path + ".Primitive");
                break;
            case ArrayBufferRecord b:
                var actualBuffer = (ArrayBufferRecord)actual;
                Equal(b.ByteLength, actualBuffer.ByteLength, path + ".ByteLength");
                Equal(b.MaxByteLength, actualBuffer.MaxByteLength, path + ".MaxByteLength");
                Equal(Convert.ToHexString(b.Data, 0, b.ByteLength), Convert.ToHexString(actualBuffer.Data, 0, actualBuffer.ByteLength), path + ".Data");
                break;
            case ArrayBufferViewRecord v:
                var actualView = (ArrayBufferViewRecord)actual;
                Equal(v.Constructor, actualView.Constructor, path + ".Constructor");
                Equal(v.ByteOffset, actualView.ByteOffset, path + ".ByteOffset");
                Equal(v.Length, actualView.Length, path + ".Length");
                Pair(v.Buffer, actualView.Buffer, path + ".Buffer");
                break;
            case ErrorRecord e:
                var actualError = (ErrorRecord)actual;
                Equal(e.Name, actualError.Name, path + ".Name");
                Equal(e.Message, actualError.Message, path + ".Message");
                Equal(e.Stack, actualError.Stack, path + ".Stack");
                Equal(e.HasCause, actualError.HasCause, path + ".HasCause");
                if (e.HasCause)
                {
                    CompareValues(e.Cause, actualError.Cause, path + ".Cause");
                }

                break;
            case BlobRecord blob:
                var actualBlob = (BlobRecord)actual;
                Equal(blob.ContentType, actualBlob.ContentType, path + ".ContentType");
                Equal(Convert.ToHexString(blob.Bytes.Span), Convert.ToHexString(actualBlob.Bytes.Span), path + ".Bytes");
                if (blob is FileRecord file)
                {
                    Equal(file.Name, ((FileRecord)actual).Name, path + ".Name");
                    Equal(file.LastModified, ((FileRecord)actual).LastModified, path + ".LastModified");
                }

                break;
            case PlatformObjectRecord p:
                Equal(p.InterfaceName, ((PlatformObjectRecord)actual).InterfaceName, path + ".InterfaceName");
                CompareProperties(p.Fields, ((PlatformObjectRecord)actual).Fields, path);
                break;
            case TransferDataHolder h:
                var actualHolder = (TransferDataHolder)actual;
                Equal(h.Type, actualHolder.Type, path + ".Type");
                Equal(h.ArrayBufferByteLength, actualHolder.ArrayBufferByteLength, path + ".ArrayBufferByteLength");
                Equal(h.ArrayBufferMaxByteLength, actualHolder.ArrayBufferMaxByteLength, path + ".ArrayBufferMaxByteLength");
                Equal(
                    Convert.ToHexString(h.ArrayBufferData!, 0, h.ArrayBufferByteLength),
                    Convert.ToHexString(actualHolder.ArrayBufferData!, 0, actualHolder.ArrayBufferByteLength),
                    path + ".ArrayBufferData");
                break;
            default:
                Assert.Fail($"{path}: the comparer does not know {expected.GetType().Name}.");
                break;
        }
    }

    private void CompareProperties(IReadOnlyList<KeyValuePair<string, SerializedValue>> expected, IReadOnlyList<KeyValuePair<string, SerializedValue>> actual, string path)
    {
        Equal(expected.Count, actual.Count, path + ".Count");
        for (int i = 0; i < expected.Count; i++)
        {
            Equal(expected[i].Key, actual[i].Key, $"{path}[{i}].Key");
            CompareValues(expected[i].Value, actual[i].Value, $"{path}[{i}] (\"{expected[i].Key}\")");
        }
    }

    private static void Equal<T>(T expected, T actual, string path)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            Assert.Fail($"{path}: expected {expected} but found {actual}.");
        }
    }

    private static string Describe(SerializedValue value) =>
        value.Kind == SerializedKind.Number ? $"{value} (bits 0x{BitConverter.DoubleToInt64Bits(value.AsNumber()):X16})" : value.ToString();
}

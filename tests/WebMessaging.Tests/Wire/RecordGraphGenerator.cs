using System.Numerics;
using CsCheck;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Wire;

/// <summary>
/// CsCheck generators of serialized values: primitives with their edge cases, and record
/// graphs of every record type with shared references and cycles.
/// </summary>
/// <remarks>
/// A graph is generated as a blueprint (a list of nodes whose slots point at other nodes by
/// index, any index, so back edges and shared targets are common) and then built: first every
/// record, then the views over the buffers, then the list slots, which may point anywhere.
/// </remarks>
internal static class RecordGraphGenerator
{
    private const int NodeKinds = 15;

    /// <summary>Numbers, including -0, infinities and NaNs with payloads (any bit pattern).</summary>
    public static readonly Gen<double> Number = Gen.OneOf(
        Gen.Int.Select(i => (double)i),
        Gen.Double,
        Gen.Long.Select(BitConverter.Int64BitsToDouble),
        Gen.OneOf(Gen.Const(-0.0), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_0001))));

    /// <summary>Strings of any UTF-16 units (lone surrogates included), or of Latin-1 units only.</summary>
    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.Char[(char)0, (char)0xFFFF].Array[0, 12].Select(chars => new string(chars)),
        Gen.Char[(char)0, (char)0xFF].Array[0, 12].Select(chars => new string(chars)),
        Gen.Char["abcxyz0123"].Array[0, 4].Select(chars => new string(chars)));

    /// <summary>BigInts of up to 40 bytes, either sign.</summary>
    public static readonly Gen<BigInteger> BigInt = Gen.Byte.Array[0, 40].Select(bytes => new BigInteger(bytes));

    /// <summary>Every kind of primitive.</summary>
    public static readonly Gen<SerializedValue> Primitive = Gen.OneOf(
        Gen.Const(SerializedValue.Undefined),
        Gen.Const(SerializedValue.Null),
        Gen.Bool.Select(SerializedValue.FromBoolean),
        Number.Select(SerializedValue.FromNumber),
        BigInt.Select(SerializedValue.FromBigInt),
        Text.Select(SerializedValue.FromString));

    private static readonly Gen<Slot> SlotGen = Gen.Select(Gen.Bool, Gen.Int[0, 1000], Primitive, Text, (isReference, target, primitive, key) => new Slot(isReference, target, primitive, key));

    private static readonly Gen<Node> NodeGen = Gen.Select(Gen.Int[0, NodeKinds - 1], SlotGen.Array[0, 5], Text, Gen.Int[0, 1000], Gen.Byte.Array[0, 16], (kind, slots, text, number, bytes) => new Node(kind, slots, text, number, bytes));

    /// <summary>A message: a value (usually a record of a random graph) and the graph's transfer data holders.</summary>
    public static readonly Gen<SerializedWithTransfer> Message =
        Gen.Select(NodeGen.Array[1, 14], Gen.Int[0, 1000], Gen.Bool, Primitive, Build);

    private static SerializedWithTransfer Build(Node[] nodes, int rootIndex, bool rootIsPrimitive, SerializedValue primitiveRoot)
    {
        var records = new SerializedRecord[nodes.Length];
        var holders = new List<TransferDataHolder>();
        var buffers = new List<SerializedRecord>();

        // First every record that does not need another record to be built.
        for (int i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            records[i] = node.Kind switch
            {
                0 => new ObjectRecord(),
                1 => new ArrayRecord((uint)node.Number * 3),
                2 => new MapRecord(),
                3 => new SetRecord(),
                4 => new DateRecord(node.Slots.Length > 0 ? BitConverter.Int64BitsToDouble(node.Number * 7919L) : double.NaN),
                5 => new RegExpRecord(node.Text, node.Number % 2 == 0 ? "gi" : ""),
                6 => new PrimitiveWrapperRecord(WrappablePrimitive(node)),
                7 => new ArrayBufferRecord(node.Bytes, node.Bytes.Length, node.Number % 2 == 0 ? null : node.Bytes.Length + node.Number),
                8 => NewHolder(node, holders),
                9 => new ErrorRecord(node.Text, node.Number % 3 == 0 ? null : node.Text + "!") { Stack = node.Number % 2 == 0 ? "at f (x.js:1:2)" : null },
                10 => new BlobRecord(node.Text, node.Bytes),
                11 => new FileRecord("text/plain", node.Bytes, node.Text, node.Number * -1_000_000_007L),
                12 => new PlatformObjectRecord("DOMException"),
                _ => null!, // views, built below
            };
            if (records[i] is ArrayBufferRecord or TransferDataHolder)
            {
                buffers.Add(records[i]);
            }
        }

        // Then the views: over a buffer node (views of one buffer share it) or a fresh buffer.
        for (int i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (records[i] is null)
            {
                var buffer = buffers.Count > 0 && node.Number % 4 != 0
                    ? buffers[node.Number % buffers.Count]
                    : new ArrayBufferRecord(node.Bytes, node.Bytes.Length, null);
                int? length = node.Number % 5 == 0 ? null : node.Bytes.Length / 2;
                records[i] = new ArrayBufferViewRecord((ArrayBufferViewKind)(node.Number % 13), buffer, node.Bytes.Length / 4, length);
            }
        }

        // Then the slots, which may point at any record, this one included.
        for (int i = 0; i < nodes.Length; i++)
        {
            foreach (var slot in nodes[i].Slots)
            {
                var value = slot.IsReference ? SerializedValue.FromRecord(records[slot.Target % records.Length]) : slot.Primitive;
                switch (records[i])
                {
                    case ObjectRecord o:
                        o.Properties.Add(new(slot.Key, value));
                        break;
                    case ArrayRecord a when a.Properties.Count == 0 && slot.Key.Length % 2 == 0:
                        // Elements first (up to the record's length), then keyed properties.
                        if ((uint)a.Elements.Count < a.Length)
                        {
                            a.Elements.Add(value);
                        }
                        else
                        {
                            a.Properties.Add(new(slot.Key, value));
                        }

                        break;
                    case ArrayRecord a:
                        a.Properties.Add(new(slot.Key, value));
                        break;
                    case MapRecord m:
                        m.Entries.Add(new(value, SerializedValue.FromString(slot.Key)));
                        break;
                    case SetRecord s:
                        s.Members.Add(value);
                        break;
                    case ErrorRecord e:
                        e.HasCause = true;
                        e.Cause = value;
                        break;
                    case PlatformObjectRecord p:
                        p.Fields.Add(new(slot.Key, value));
                        break;
                }
            }
        }

        var root = rootIsPrimitive ? primitiveRoot : SerializedValue.FromRecord(records[rootIndex % records.Length]);
        return new SerializedWithTransfer(root, holders);
    }

    private static SerializedValue WrappablePrimitive(Node node) => (node.Number % 4) switch
    {
        0 => SerializedValue.FromBoolean(node.Bytes.Length % 2 == 0),
        1 => SerializedValue.FromNumber(BitConverter.Int64BitsToDouble(node.Number * 104729L)),
        2 => SerializedValue.FromBigInt(new BigInteger(node.Bytes)),
        _ => SerializedValue.FromString(node.Text),
    };

    private static TransferDataHolder NewHolder(Node node, List<TransferDataHolder> holders)
    {
        var holder = new TransferDataHolder();
        holder.SetArrayBuffer(node.Bytes, node.Bytes.Length, node.Number % 2 == 0 ? null : node.Bytes.Length + 8);
        holders.Add(holder);
        return holder;
    }

    private sealed record Slot(bool IsReference, int Target, SerializedValue Primitive, string Key);

    private sealed record Node(int Kind, Slot[] Slots, string Text, int Number, byte[] Bytes);
}

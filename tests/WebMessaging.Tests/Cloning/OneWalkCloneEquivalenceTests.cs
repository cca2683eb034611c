using System.Numerics;
using System.Text.RegularExpressions;
using CsCheck;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

/// <summary>
/// StructuredClone.Clone builds CLR graphs in one walk when it can: random graphs (cycles,
/// shared references, every kind of value the CLR realm reads, and some it cannot clone) give
/// exactly what Deserialize(Serialize(value)) gives, or the same error.
/// </summary>
public sealed class OneWalkCloneEquivalenceTests
{
    private const int SupportedContainerKinds = 8;
    private const int AllContainerKinds = 10;

    private static readonly Gen<(int[] Kinds, int[] Edges)> SupportedGraphGen =
        Gen.Select(Gen.Int[0, SupportedContainerKinds - 1].Array[1, 8], Gen.Int[0, 1_000_000_000].Array[0, 40]);

    private static readonly Gen<(int[] Kinds, int[] Edges)> AnyGraphGen =
        Gen.Select(Gen.Int[0, AllContainerKinds - 1].Array[1, 8], Gen.Int[0, 1_000_000_000].Array[0, 40]);

    [Fact]
    public void Clone_RandomGraphOfAnyKinds_EqualsDeserializeOfSerialize()
    {
        AnyGraphGen.Sample(graph => AssertCloneMatchesRecordPath(graph.Kinds, graph.Edges, withUnsupported: true), iter: 3000);
    }

    [Fact]
    public void Clone_RandomGraphOfSupportedKinds_EqualsDeserializeOfSerialize()
    {
        SupportedGraphGen.Sample(graph => AssertCloneMatchesRecordPath(graph.Kinds, graph.Edges, withUnsupported: false), iter: 3000);
    }

    [Fact]
    public void TryClone_RandomGraphOfSupportedKinds_ClonesInOneWalk()
    {
        SupportedGraphGen.Sample(graph =>
        {
            object root = Build(graph.Kinds, graph.Edges, new ReadCounter(), withUnsupported: false);
            Assert.True(ClrSameRealmCloner.TryClone(ClrRealm.Default, root, out _));
        });
    }

    [Fact]
    public void TryClone_GraphWithGetterBody_GivesUpBeforeRunningIt()
    {
        var counter = new ReadCounter();
        var node = new CountingGetterNode(counter) { Value = 1.0 };
        var root = new Dictionary<string, object?> { ["list"] = new List<object?> { 1.0, "a" }, ["node"] = node };

        Assert.False(ClrSameRealmCloner.TryClone(ClrRealm.Default, root, out _));
        Assert.Equal(0, counter.Reads);
    }

    [Fact]
    public void Clone_GraphWithGetterBody_RunsTheGetterOnce()
    {
        var counter = new ReadCounter();
        var root = new List<object?> { 1.0, new CountingGetterNode(counter) { Value = "x" } };

        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(root));

        Assert.Equal(1, counter.Reads);
        Assert.Equal("x", Assert.IsType<Dictionary<string, object?>>(clone[1])["Value"]);
    }

    [Fact]
    public void Clone_FunctionDeepInSupportedGraph_ThrowsTheRecordPathError()
    {
        var root = new Dictionary<string, object?> { ["a"] = new List<object?> { 1.0, (Action)(() => { }) } };

        var expected = Assert.Throws<DataCloneException>(() => ClrRealm.Default.Serialize(root));
        var actual = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(root));

        Assert.Equal(expected.Message, actual.Message);
    }

    [Fact]
    public void Clone_NaNWithPayload_KeepsEveryBit()
    {
        double payloadNaN = BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0123);

        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(new List<object?> { payloadNaN, -0.0 }));

        Assert.Equal(0x7FF8_0000_0000_0123, BitConverter.DoubleToInt64Bits((double)clone[0]!));
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)clone[1]!));
    }

    [Fact]
    public void Clone_AnonymousObject_BecomesPlainObjectInOneWalk()
    {
        var value = new { Id = 3, Name = "n", Tags = new[] { "a", "b" } };

        Assert.True(ClrSameRealmCloner.TryClone(ClrRealm.Default, value, out object? clone));

        var dictionary = Assert.IsType<Dictionary<string, object?>>(clone);
        Assert.Equal(["Id", "Name", "Tags"], dictionary.Keys);
        Assert.Equal(3.0, dictionary["Id"]);
        Assert.Equal(["a", "b"], Assert.IsType<List<object?>>(dictionary["Tags"]));
    }

    private static void AssertCloneMatchesRecordPath(int[] kinds, int[] edges, bool withUnsupported)
    {
        var expectedCounter = new ReadCounter();
        object expectedRoot = Build(kinds, edges, expectedCounter, withUnsupported);
        object? expected = null;
        Exception? expectedError = null;
        try
        {
            expected = ClrRealm.Default.Deserialize(ClrRealm.Default.Serialize(expectedRoot));
        }
        catch (Exception e) when (e is DataCloneException or InvalidOperationException or ArgumentException)
        {
            expectedError = e;
        }

        var actualCounter = new ReadCounter();
        object actualRoot = Build(kinds, edges, actualCounter, withUnsupported);
        object? actual = null;
        Exception? actualError = null;
        try
        {
            actual = StructuredClone.Clone(actualRoot);
        }
        catch (Exception e) when (e is DataCloneException or InvalidOperationException or ArgumentException)
        {
            actualError = e;
        }

        Assert.Equal(expectedCounter.Reads, actualCounter.Reads);
        if (expectedError is not null)
        {
            Assert.NotNull(actualError);
            Assert.Equal(expectedError.GetType(), actualError.GetType());
            Assert.Equal(expectedError.Message, actualError.Message);
            return;
        }

        Assert.Null(actualError);
        AssertIsomorphic(expected, actual, new Dictionary<object, object>(ReferenceEqualityComparer.Instance), new Dictionary<object, object>(ReferenceEqualityComparer.Instance));
    }

    /// <summary>
    /// Node i is a container of kind kinds[i]; each edge number picks a parent, a value (another
    /// node, a primitive of any CLR type, a shared leaf object, or a value the one walk leaves to
    /// the record path) and a slot. Building twice from one sample gives two equal graphs.
    /// </summary>
    private static object Build(int[] kinds, int[] edges, ReadCounter counter, bool withUnsupported)
    {
        var nodes = new object[kinds.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            nodes[i] = kinds[i] switch
            {
                0 => new Dictionary<string, object?>(),
                1 => new List<object?>(),
                2 => new object?[3],
                3 => new JsMap(),
                4 => new JsSet(),
                5 => new HashSet<object?>(),
                6 => new Dictionary<int, object?>(),
                7 => new AutoPropertyNode { Number = i },
                8 => new CountingGetterNode(counter),
                _ => new JsArray(2),
            };
        }

        object?[] shared = SharedLeaves(nodes);
        object?[] unsupported = withUnsupported ? UnsupportedLeaves(nodes, counter) : shared;
        for (int e = 0; e < edges.Length; e++)
        {
            int edge = edges[e];
            object parent = nodes[edge % nodes.Length];
            int pick = edge / 1024;
            object? child = ((edge / 16) % 22) switch
            {
                0 or 1 or 2 => nodes[pick % nodes.Length],
                3 => (edge % 1000) * 0.25,
                4 => "s" + (edge % 50),
                5 => SpecialDoubles[pick % SpecialDoubles.Length],
                6 => edge % 3 == 0 ? 0 : edge % 100,
                7 => 9007199254740993L,
                8 => 1.5f,
                9 => 0.1m,
                10 => edge % 2 == 0,
                11 => null,
                12 => Undefined.Value,
                13 => BigInteger.Pow(2, 70) + edge,
                14 => 'x',
                15 => new Guid(1, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]),
                16 => DayOfWeek.Friday,
                17 => (Int128)long.MaxValue * 4,
                18 or 19 => shared[pick % shared.Length],
                _ => unsupported[pick % unsupported.Length],
            };
            Place(parent, e, child);
        }

        return nodes[0];
    }

    private static readonly double[] SpecialDoubles =
        [-0.0, 0.0, double.NaN, BitConverter.Int64BitsToDouble(0x7FF8_0000_0000_0123), double.PositiveInfinity, double.NegativeInfinity, double.Epsilon];

    private static object?[] SharedLeaves(object[] nodes)
    {
        var buffer = new ArrayBuffer([1, 2, 3, 4, 5, 6, 7, 8]);
        var resizable = new ArrayBuffer(8, maxByteLength: 32);
        return
        [
            new DateTimeOffset(2020, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)).AddTicks(4567),
            new DateTime(2021, 1, 2, 3, 4, 5, DateTimeKind.Local),
            new DateTime(2021, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
            JsDate.Invalid,
            new JsDate(-8.6e15),
            new PrimitiveWrapper(true),
            new PrimitiveWrapper(-0.0),
            new PrimitiveWrapper(BigInteger.MinusOne),
            new PrimitiveWrapper("w"),
            buffer,
            resizable,
            new byte[] { 9, 8, 7 },
            new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer, 2, 3),
            new ArrayBufferView(ArrayBufferViewKind.Float64Array, resizable),
            new ArrayBufferView(ArrayBufferViewKind.DataView, buffer, 1),
            new JsRegExp("a+b", "gi"),
            new { Left = nodes[0], N = 1 },
            new PointRecord(1.5, nodes[^1]),
            new[] { 1, 2, 3 },
            new List<string> { "p", "q" },
            new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 },
            new object(),
        ];
    }

    private static object?[] UnsupportedLeaves(object[] nodes, ReadCounter counter)
    {
        var detached = new ArrayBuffer(4);
        detached.Detach();
        var shrunk = new ArrayBuffer(16, maxByteLength: 16);
        var outOfBounds = new ArrayBufferView(ArrayBufferViewKind.Uint8Array, shrunk, 8, 4);
        shrunk.Resize(4);
        var holey = new JsArray(3) { [2] = nodes[0] };
        holey.Properties["extra"] = "e";
        return
        [
            new Regex("a.c", RegexOptions.IgnoreCase),
            new Regex("x", RegexOptions.RightToLeft),
            new JsError("TypeError", "bad", "stack"),
            new InvalidOperationException("boom"),
            (Action)(() => { }),
            Task.CompletedTask,
            detached,
            outOfBounds,
            new ReadOnlyMemory<byte>(new byte[] { 1, 2 }),
            new ArraySegment<byte>(new byte[] { 1, 2, 3 }, 1, 2),
            Items(counter, nodes[0], "i"),
            holey,
            new KeyValuePair<string, object?>("k", nodes[0]),
            new Values.Blob(new byte[] { 1, 2 }, "text/plain"),
            new SortedDictionary<string, object?> { ["z"] = nodes[0] },
        ];
    }

    private static IEnumerable<object?> Items(ReadCounter counter, object? first, object? second)
    {
        counter.Reads++;
        yield return first;
        yield return second;
    }

    private static void Place(object parent, int e, object? child)
    {
        switch (parent)
        {
            case Dictionary<string, object?> dictionary:
                dictionary["k" + e] = child;
                break;
            case List<object?> list:
                list.Add(child);
                break;
            case object?[] array:
                array[e % array.Length] = child;
                break;
            case JsMap map when e % 2 == 0:
                map.Set(child, e);
                break;
            case JsMap map:
                map.Set("v" + e, child);
                break;
            case JsSet set:
                set.Add(child);
                break;
            case HashSet<object?> hashSet:
                hashSet.Add(child);
                break;
            case Dictionary<int, object?> numbered:
                numbered[e] = child;
                break;
            case AutoPropertyNode node when e % 2 == 0:
                node.A = child;
                break;
            case AutoPropertyNode node:
                node.B = child;
                break;
            case CountingGetterNode node:
                node.Value = child;
                break;
            case JsArray array when e % 3 == 0:
                array.Properties["p" + e] = child;
                break;
            case JsArray array:
                array[(uint)(e % 5)] = child;
                break;
        }
    }

    /// <summary>Same structure, types, values (doubles bit for bit) and identity pattern; primitives have no identity.</summary>
    private static void AssertIsomorphic(object? expected, object? actual, Dictionary<object, object> forward, Dictionary<object, object> backward)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                return;
            case string text:
                Assert.Equal(text, Assert.IsType<string>(actual));
                return;
            case double number:
                Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(Assert.IsType<double>(actual)));
                return;
            case bool boolean:
                Assert.Equal(boolean, Assert.IsType<bool>(actual));
                return;
            case BigInteger bigInt:
                Assert.Equal(bigInt, Assert.IsType<BigInteger>(actual));
                return;
        }

        Assert.NotNull(actual);
        if (forward.TryGetValue(expected, out object? mapped))
        {
            Assert.Same(mapped, actual);
            return;
        }

        Assert.False(backward.ContainsKey(actual), "Two objects of the record path's clone are one object of the one-walk clone.");
        forward.Add(expected, actual);
        backward.Add(actual, expected);
        Assert.Equal(expected.GetType(), actual.GetType());
        switch (expected)
        {
            case Undefined:
                Assert.Same(expected, actual);
                break;
            case Dictionary<string, object?> dictionary:
                var actualDictionary = (Dictionary<string, object?>)actual;
                Assert.Equal(dictionary.Keys, actualDictionary.Keys);
                foreach (var entry in dictionary)
                {
                    AssertIsomorphic(entry.Value, actualDictionary[entry.Key], forward, backward);
                }

                break;
            case List<object?> list:
                var actualList = (List<object?>)actual;
                Assert.Equal(list.Count, actualList.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    AssertIsomorphic(list[i], actualList[i], forward, backward);
                }

                break;
            case JsMap map:
                var entries = map.ToArray();
                var actualEntries = ((JsMap)actual).ToArray();
                Assert.Equal(entries.Length, actualEntries.Length);
                for (int i = 0; i < entries.Length; i++)
                {
                    AssertIsomorphic(entries[i].Key, actualEntries[i].Key, forward, backward);
                    AssertIsomorphic(entries[i].Value, actualEntries[i].Value, forward, backward);
                }

                break;
            case JsSet set:
                var members = set.ToArray();
                var actualMembers = ((JsSet)actual).ToArray();
                Assert.Equal(members.Length, actualMembers.Length);
                for (int i = 0; i < members.Length; i++)
                {
                    AssertIsomorphic(members[i], actualMembers[i], forward, backward);
                }

                break;
            case JsArray array:
                var actualArray = (JsArray)actual;
                Assert.Equal(array.Length, actualArray.Length);
                Assert.Equal(array.Elements.Keys, actualArray.Elements.Keys);
                foreach (var element in array.Elements)
                {
                    AssertIsomorphic(element.Value, actualArray.Elements[element.Key], forward, backward);
                }

                Assert.Equal(array.Properties.Keys, actualArray.Properties.Keys);
                foreach (var property in array.Properties)
                {
                    AssertIsomorphic(property.Value, actualArray.Properties[property.Key], forward, backward);
                }

                break;
            case DateTimeOffset date:
                Assert.Equal(date, (DateTimeOffset)actual);
                Assert.Equal(date.Offset, ((DateTimeOffset)actual).Offset);
                break;
            case JsDate date:
                Assert.Equal(BitConverter.DoubleToInt64Bits(date.TimeValue), BitConverter.DoubleToInt64Bits(((JsDate)actual).TimeValue));
                break;
            case PrimitiveWrapper wrapper:
                // The wrapped primitive is compared as a value (a fresh map: it has no identity).
                AssertIsomorphic(wrapper.Value, ((PrimitiveWrapper)actual).Value, forward, backward);
                break;
            case ArrayBuffer buffer:
                var actualBuffer = (ArrayBuffer)actual;
                Assert.Equal(buffer.ByteLength, actualBuffer.ByteLength);
                Assert.Equal(buffer.MaxByteLength, actualBuffer.MaxByteLength);
                Assert.Equal(buffer.IsDetached, actualBuffer.IsDetached);
                Assert.Equal(buffer.ToArray(), actualBuffer.ToArray());
                break;
            case ArrayBufferView view:
                var actualView = (ArrayBufferView)actual;
                Assert.Equal(view.Kind, actualView.Kind);
                Assert.Equal(view.ByteOffset, actualView.ByteOffset);
                Assert.Equal(view.FixedLength, actualView.FixedLength);
                AssertIsomorphic(view.Buffer, actualView.Buffer, forward, backward);
                break;
            case JsRegExp regExp:
                Assert.Equal(regExp.Source, ((JsRegExp)actual).Source);
                Assert.Equal(regExp.Flags, ((JsRegExp)actual).Flags);
                break;
            case JsError error:
                var actualError = (JsError)actual;
                Assert.Equal(error.Name, actualError.Name);
                Assert.Equal(error.HasMessage, actualError.HasMessage);
                Assert.Equal(error.Message, actualError.Message);
                Assert.Equal(error.JsStack, actualError.JsStack);
                Assert.Equal(error.HasCause, actualError.HasCause);
                AssertIsomorphic(error.Cause, actualError.Cause, forward, backward);
                break;
            case Values.Blob blob:
                Assert.Equal(blob.Type, ((Values.Blob)actual).Type);
                Assert.Equal(blob.Bytes.ToArray(), ((Values.Blob)actual).Bytes.ToArray());
                break;
            default:
                Assert.Fail($"Unexpected {expected.GetType()} in a clone.");
                break;
        }
    }
}

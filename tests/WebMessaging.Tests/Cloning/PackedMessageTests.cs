using System.Numerics;
using CsCheck;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Packed;
using WebMessaging.Tests.Wire;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

/// <summary>
/// The packed form of port messages: a value packs to exactly the record StructuredSerialize
/// makes of it, unpacks to what deserializing that record gives, and anything the packed form
/// does not describe is refused without a trace.
/// </summary>
public sealed class PackedMessageTests
{
    private static readonly IPackingRealm Realm = ClrRealm.Default;

    private static readonly Gen<(int NodeCount, bool[] IsList, int[] Edges)> GraphGen =
        Gen.Select(Gen.Int[1, 8], Gen.Bool.Array[8], Gen.Int[0, 1_000_000].Array[0, 40]);

    [Fact]
    public void Pack_RandomGraphOfObjectsAndArrays_GivesTheRecordStructuredSerializeGives()
    {
        GraphGen.Sample(graph =>
        {
            object root = Build(graph.NodeCount, graph.IsList, graph.Edges);
            Assert.True(Realm.TryPack(root, out PackedMessage packed));
            RecordGraphComparer.AssertIsomorphic(ClrRealm.Default.Serialize(root), packed.ToRecord());
        });
    }

    [Fact]
    public void Unpack_RandomGraphOfObjectsAndArrays_KeepsStructureSharedReferencesAndCycles()
    {
        GraphGen.Sample(graph =>
        {
            object root = Build(graph.NodeCount, graph.IsList, graph.Edges);
            Assert.True(Realm.TryPack(root, out PackedMessage packed));
            object? clone = Realm.Unpack(packed);
            Assert.NotSame(root, clone);
            RecordGraphComparer.AssertIsomorphic(ClrRealm.Default.Serialize(root), ClrRealm.Default.Serialize(clone));
        });
    }

    [Fact]
    public void Unpack_Numbers_KeepTheirBits()
    {
        double[] numbers = [0, -0.0, 1, -1, int.MaxValue, int.MinValue, (double)int.MaxValue + 1, 0.5, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, 1e300];
        var list = numbers.Select(n => (object?)n).ToList();
        Assert.True(Realm.TryPack(list, out PackedMessage packed));
        var clone = Assert.IsType<List<object?>>(Realm.Unpack(packed));
        Assert.Equal(numbers.Select(BitConverter.DoubleToInt64Bits), clone.Select(n => BitConverter.DoubleToInt64Bits(Assert.IsType<double>(n))));
    }

    [Fact]
    public void Unpack_PrimitivesAndStrings_ComeBackAsTheNetRealmRepresentsThem()
    {
        var value = new Dictionary<string, object?>
        {
            ["undefined"] = Undefined.Value,
            ["null"] = null,
            ["true"] = true,
            ["false"] = false,
            ["text"] = "héllo \u4e16\u754c \ud83d\ude00 \ud800",
            ["empty"] = "",
            ["emptyObject"] = new Dictionary<string, object?>(),
            ["emptyArray"] = new List<object?>(),
        };
        Assert.True(Realm.TryPack(value, out PackedMessage packed));
        var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(packed));
        Assert.Equal(value.Keys, clone.Keys);
        Assert.Same(Undefined.Value, clone["undefined"]);
        Assert.Null(clone["null"]);
        Assert.Equal(true, clone["true"]);
        Assert.Equal(false, clone["false"]);
        Assert.Equal(value["text"], clone["text"]);
        Assert.Equal("", clone["empty"]);
        Assert.Empty(Assert.IsType<Dictionary<string, object?>>(clone["emptyObject"]));
        Assert.Empty(Assert.IsType<List<object?>>(clone["emptyArray"]));
    }

    [Fact]
    public void Unpack_AnonymousObject_BecomesADictionaryOfItsProperties()
    {
        Assert.True(Realm.TryPack(new { i = 7, s = "hello", nested = new { ok = true } }, out PackedMessage packed));
        var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(packed));
        Assert.Equal(7.0, clone["i"]);
        Assert.Equal("hello", clone["s"]);
        Assert.Equal(true, Assert.IsType<Dictionary<string, object?>>(clone["nested"])["ok"]);
    }

    [Fact]
    public void Unpack_KeysAndStringsChangingFromMessageToMessageAtTheSamePlaces_ComeBackAsSent()
    {
        // Each message has keys and short strings at the places the one before had others:
        // same lengths with other units, other lengths, non-Latin-1 units (among them one whose
        // first bytes read as the Latin-1 units before it), and the same again.
        string[][] keySets = [["ab", "cd"], ["ba", "cd"], ["ab", "c"], ["\u0101b", "cd"], ["a\0", "cd"], ["a\u0101", "cd"], ["ab", "cd"], ["ab", "cd\u00e9"]];
        string[] texts = ["hello", "hellp", "hell", "h\u0113llo", "hello", "", "hello"];
        for (int round = 0; round < 3; round++)
        {
            for (int m = 0; m < keySets.Length * texts.Length; m++)
            {
                string[] keys = keySets[m % keySets.Length];
                string text = texts[m % texts.Length];
                var value = new Dictionary<string, object?> { [keys[0]] = text, [keys[1]] = new List<object?> { text, keys[0] } };
                Assert.True(Realm.TryPack(value, out PackedMessage packed));
                var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(packed));
                packed.Release();
                Assert.Equal(keys, clone.Keys);
                Assert.Equal(text, clone[keys[0]]);
                Assert.Equal([text, keys[0]], Assert.IsType<List<object?>>(clone[keys[1]]));
            }
        }
    }

    public static TheoryData<string, object> Refused => new()
    {
        { "Map", new JsMap() },
        { "Set", new JsSet() },
        { "Date", new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
        { "ArrayBuffer", new ArrayBuffer(4) },
        { "BigInt", new BigInteger(5) },
        { "long string", new string('x', 10_000) },
        { "error", new InvalidOperationException("no") },
        { "callable", new Func<int>(() => 1) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void TryPack_ValueTheFormDoesNotDescribe_IsRefusedWithoutEffect(string what, object inner)
    {
        _ = what;
        Assert.True(Realm.TryPack(new { before = "a" }, out PackedMessage before));

        // The refused value sits deep, after strings and objects were already written.
        var value = new Dictionary<string, object?> { ["x"] = "text", ["list"] = new List<object?> { 1.0, "two", inner } };
        Assert.False(Realm.TryPack(value, out PackedMessage refused));
        Assert.False(refused.HasValue);

        Assert.True(Realm.TryPack(new { after = "b" }, out PackedMessage after));
        Assert.Equal("a", Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(before))["before"]);
        Assert.Equal("b", Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(after))["after"]);
    }

    [Fact]
    public void TryPack_UncloneableValue_IsRefusedSoTheGeneralWayThrowsTheDataCloneError()
    {
        var value = new { task = Task.CompletedTask };
        Assert.False(Realm.TryPack(value, out _));
        Assert.Throws<DataCloneException>(() => ClrRealm.Default.Serialize(value));
    }

    [Fact]
    public void TryPack_ValueWhoseGettersAreTheApplicationsCode_IsRefusedWithoutRunningThem()
    {
        var counter = new ReadCounter();
        var node = new CountingGetterNode(counter) { Value = 1.0 };
        Assert.False(Realm.TryPack(new { node }, out _));
        Assert.Equal(0, counter.Reads);

        // The general way then reads the getter once.
        _ = ClrRealm.Default.Serialize(new { node });
        Assert.Equal(1, counter.Reads);
    }

    [Fact]
    public void TryPack_OneShotEnumerableBeforeARefusedValue_LeavesItForTheGeneralWayUnread()
    {
        // An iterator can be enumerated once: packing must not enumerate it and then give up.
        static IEnumerable<object?> OneShot()
        {
            yield return 1.0;
            yield return 2.0;
        }

        var value = new List<object?> { OneShot(), new BigInteger(5) };
        Assert.False(Realm.TryPack(value, out _));
        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(value));
        Assert.Equal([1.0, 2.0], Assert.IsType<List<object?>>(clone[0]));
    }

    [Fact]
    public void TryPack_NestedDeeperThanTheFixedLimit_IsLeftToTheGeneralWay()
    {
        // The depth a value may have, and where a DataCloneError is thrown, must not depend on
        // whether a message is packed (or traced, which reads the packed message back).
        object shallow = "leaf";
        for (int i = 0; i < 200; i++)
        {
            shallow = new List<object?> { shallow };
        }

        object deep = "leaf";
        for (int i = 0; i < 300; i++)
        {
            deep = new List<object?> { deep };
        }

        Assert.True(Realm.TryPack(shallow, out _));
        Assert.False(Realm.TryPack(deep, out _));
    }

    [Fact]
    public void TryPack_NestedDeeperThanTheStackAllows_IsRefusedWithoutOverflowing()
    {
        object deep = new Dictionary<string, object?>();
        for (int i = 0; i < 1_000_000; i++)
        {
            deep = new Dictionary<string, object?> { ["inner"] = deep };
        }

        bool? packedDeep = null;
        var thread = new Thread(() => packedDeep = Realm.TryPack(deep, out _), maxStackSize: 1 << 20);
        thread.Start();
        thread.Join();
        Assert.False(packedDeep);

        // A nesting the stack does allow still packs and unpacks.
        object shallow = "leaf";
        for (int i = 0; i < 100; i++)
        {
            shallow = new List<object?> { shallow };
        }

        Assert.True(Realm.TryPack(shallow, out PackedMessage packed));
        object? clone = Realm.Unpack(packed);
        for (int i = 0; i < 100; i++)
        {
            clone = Assert.IsType<List<object?>>(clone)[0];
        }

        Assert.Equal("leaf", clone);
    }

    [Fact]
    public void PackedMessages_ManyAcrossSlabs_StayIntactUntilUnpacked()
    {
        // Enough messages, some of them large, to fill many slabs.
        var packed = new List<PackedMessage>();
        for (int i = 0; i < 20_000; i++)
        {
            object value = i % 1000 == 0
                ? Enumerable.Range(0, 5000).Select(n => (object?)("s" + n)).ToList()
                : new { i, s = "m" + i };
            Assert.True(Realm.TryPack(value, out PackedMessage message));
            packed.Add(message);
        }

        for (int i = 0; i < packed.Count; i++)
        {
            object? clone = Realm.Unpack(packed[i]);
            if (i % 1000 == 0)
            {
                var list = Assert.IsType<List<object?>>(clone);
                Assert.Equal(5000, list.Count);
                Assert.Equal("s4999", list[4999]);
            }
            else
            {
                var dictionary = Assert.IsType<Dictionary<string, object?>>(clone);
                Assert.Equal((double)i, dictionary["i"]);
                Assert.Equal("m" + i, dictionary["s"]);
            }
        }
    }

    [Fact]
    public void PackedMessages_ReleasedWhileOthersWait_SlabsAreReusedWithoutTouchingTheWaitingOnes()
    {
        // Enough messages to fill several slabs; every other one is released (delivered), so
        // slabs are pooled and written again only once all their messages are released.
        var waiting = new List<(int Index, PackedMessage Message)>();
        for (int round = 0; round < 3; round++)
        {
            for (int i = 0; i < 30_000; i++)
            {
                int index = (round * 30_000) + i;
                Assert.True(Realm.TryPack(new { index, text = "message " + index }, out PackedMessage message));
                if (index % 2 == 0)
                {
                    Assert.Equal((double)index, Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(message))["index"]);
                    message.Release();
                }
                else
                {
                    waiting.Add((index, message));
                }
            }

            // Release the oldest waiting half, so whole slabs empty and go back to the pool.
            int half = waiting.Count / 2;
            foreach (var (index, message) in waiting.Take(half))
            {
                Assert.Equal("message " + index, Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(message))["text"]);
                message.Release();
            }

            waiting.RemoveRange(0, half);
        }

        foreach (var (index, message) in waiting)
        {
            var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(message));
            Assert.Equal((double)index, clone["index"]);
            Assert.Equal("message " + index, clone["text"]);
        }
    }

    [Fact]
    public void UnpackAndRelease_BurstOfMessages_TellsEachSlabOnceAMessageOfAnotherSlabComesOrTheBurstEnds()
    {
        // Start on a fresh slab (this thread's current one may hold other tests' messages),
        // then pack until the writer moves on again: that slab is then sealed and counts
        // exactly its messages not yet released.
        Assert.True(Realm.TryPack("filler", out PackedMessage filler));
        PackedSlab? fillerSlab = filler.Slab;
        filler.Release();
        do
        {
            Assert.True(Realm.TryPack("filler", out filler));
            filler.Release();
        }
        while (ReferenceEquals(filler.Slab, fillerSlab));

        var first = new List<PackedMessage>();
        PackedMessage next;
        do
        {
            Assert.True(Realm.TryPack(new { n = first.Count, text = "first slab" }, out next));
            if (first.Count == 0 || ReferenceEquals(next.Slab, first[0].Slab))
            {
                first.Add(next);
            }
        }
        while (ReferenceEquals(next.Slab, first[0].Slab));

        PackedSlab slab = first[0].Slab!;
        Assert.Equal(first.Count, slab.References);

        // All but the first are delivered in a burst: the slab hears of them only when the
        // next message released on this thread is of another slab, and then of all at once.
        foreach (PackedMessage message in first.Skip(1))
        {
            Assert.IsType<Dictionary<string, object?>>(Realm.UnpackAndRelease(message, moreFollow: true));
        }

        Assert.Equal(first.Count, slab.References);
        Assert.IsType<Dictionary<string, object?>>(Realm.UnpackAndRelease(next, moreFollow: true));
        Assert.Equal(1, slab.References);

        // The end of the burst tells the second slab of both its messages at once.
        PackedSlab second = next.Slab!;
        int secondBefore = second.References;
        Assert.True(Realm.TryPack(new { n = -1, text = "last" }, out PackedMessage last));
        Assert.Same(second, last.Slab);
        Assert.IsType<Dictionary<string, object?>>(Realm.UnpackAndRelease(last, moreFollow: false));
        Assert.Equal(secondBefore - 2, second.References);

        // The first slab's last message goes through the slab directly (which then goes back to the pool).
        first[0].Release();
    }

    [Fact]
    public void PackedMessages_PackedOnSeveralThreadsAtOnce_EachComeBackWhole()
    {
        var results = new PackedMessage[4][];
        Parallel.For(0, 4, thread =>
        {
            results[thread] = new PackedMessage[5000];
            for (int i = 0; i < 5000; i++)
            {
                Assert.True(Realm.TryPack(new { thread, i, text = $"t{thread}-{i}" }, out results[thread][i]));
            }
        });

        for (int thread = 0; thread < 4; thread++)
        {
            for (int i = 0; i < 5000; i++)
            {
                var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(results[thread][i]));
                Assert.Equal($"t{thread}-{i}", clone["text"]);
                Assert.Equal((double)i, clone["i"]);
            }
        }
    }

    /// <summary>Node i is a Dictionary or a List; each edge number picks a parent, a slot and what goes in it.</summary>
    private static object Build(int nodeCount, bool[] isList, int[] edges)
    {
        var nodes = new object[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            nodes[i] = isList[i] ? new List<object?>() : new Dictionary<string, object?>();
        }

        for (int e = 0; e < edges.Length; e++)
        {
            int edge = edges[e];
            object parent = nodes[edge % nodeCount];
            object? child = ((edge / 7) % 6) switch
            {
                0 or 1 => nodes[(edge / 42) % nodeCount],
                2 => (double)(edge % 1000) - 500,
                3 => edge % 3 == 0 ? 0.25 * edge : -0.0,
                4 => (edge % 2) == 0 ? null : edge % 3 == 0,
                _ => "s" + (edge % 50),
            };
            switch (parent)
            {
                case Dictionary<string, object?> dictionary:
                    dictionary["k" + e] = child;
                    break;
                case List<object?> list:
                    list.Add(child);
                    break;
            }
        }

        return nodes[0];
    }
}

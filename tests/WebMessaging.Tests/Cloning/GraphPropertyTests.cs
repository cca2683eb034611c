using CsCheck;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

/// <summary>Random CLR value graphs, with cycles and shared references, survive a clone with their structure and identity.</summary>
public sealed class GraphPropertyTests
{
    private static readonly Gen<(int NodeCount, int[] Kinds, int[] Edges)> GraphGen =
        Gen.Select(Gen.Int[1, 8], Gen.Int[0, 3].Array[8], Gen.Int[0, 100_000].Array[0, 40]);

    [Fact]
    public void Clone_RandomGraph_IsIsomorphicToTheOriginal()
    {
        GraphGen.Sample(graph =>
        {
            object root = Build(graph.NodeCount, graph.Kinds, graph.Edges);
            object? clone = StructuredClone.Clone(root);
            AssertIsomorphic(root, clone, new Dictionary<object, object>(ReferenceEqualityComparer.Instance), new Dictionary<object, object>(ReferenceEqualityComparer.Instance));
        });
    }

    [Fact]
    public void CloneThroughTheWireFormat_RandomGraph_IsIsomorphicToTheOriginal()
    {
        // serialize → encode → decode → deserialize: structure and identity (shared references
        // and cycles) survive the bytes too.
        GraphGen.Sample(graph =>
        {
            object root = Build(graph.NodeCount, graph.Kinds, graph.Edges);
            var realm = ClrRealm.Default;
            var bytes = WireFormat.Encode(new SerializedWithTransfer(realm.Serialize(root), []));
            object? clone = realm.DeserializeWithTransfer(WireFormat.Decode(bytes)).Deserialized;
            AssertIsomorphic(root, clone, new Dictionary<object, object>(ReferenceEqualityComparer.Instance), new Dictionary<object, object>(ReferenceEqualityComparer.Instance));
        });
    }

    [Fact]
    public void Clone_RandomGraph_SharesNoObjectWithTheOriginal()
    {
        GraphGen.Sample(graph =>
        {
            object root = Build(graph.NodeCount, graph.Kinds, graph.Edges);
            var originals = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Collect(root, originals);
            var clones = new HashSet<object>(ReferenceEqualityComparer.Instance);
            Collect(StructuredClone.Clone(root), clones);
            Assert.Equal(originals.Count, clones.Count);
            Assert.DoesNotContain(clones, originals.Contains);
        });
    }

    /// <summary>Node i is a Dictionary, List, JsMap or JsSet by kinds[i]; each edge number picks a parent, a slot and what goes in it.</summary>
    private static object Build(int nodeCount, int[] kinds, int[] edges)
    {
        var nodes = new object[nodeCount];
        for (int i = 0; i < nodeCount; i++)
        {
            nodes[i] = kinds[i] switch
            {
                0 => new Dictionary<string, object?>(),
                1 => new List<object?>(),
                2 => new JsMap(),
                _ => new JsSet(),
            };
        }

        for (int e = 0; e < edges.Length; e++)
        {
            int edge = edges[e];
            object parent = nodes[edge % nodeCount];
            object? child = ((edge / 7) % 3) switch
            {
                0 => nodes[(edge / 21) % nodeCount],
                1 => (double)(edge % 1000),
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
                case JsMap map:
                    map.Set(child, e);
                    break;
                case JsSet set:
                    set.Add(child);
                    break;
            }
        }

        return nodes[0];
    }

    private static void AssertIsomorphic(object? original, object? clone, Dictionary<object, object> forward, Dictionary<object, object> backward)
    {
        switch (original)
        {
            case null:
                Assert.Null(clone);
                return;
            case string text:
                Assert.Equal(text, clone);
                return;
            case double or int:
                Assert.Equal(Convert.ToDouble(original), Assert.IsType<double>(clone));
                return;
        }

        Assert.NotNull(clone);
        if (forward.TryGetValue(original, out object? mapped))
        {
            Assert.Same(mapped, clone);
            return;
        }

        Assert.False(backward.ContainsKey(clone), "Two originals were cloned to one object.");
        forward.Add(original, clone);
        backward.Add(clone, original);
        switch (original)
        {
            case Dictionary<string, object?> dictionary:
                var clonedDictionary = Assert.IsType<Dictionary<string, object?>>(clone);
                Assert.Equal(dictionary.Keys, clonedDictionary.Keys);
                foreach (var entry in dictionary)
                {
                    AssertIsomorphic(entry.Value, clonedDictionary[entry.Key], forward, backward);
                }

                break;
            case List<object?> list:
                var clonedList = Assert.IsType<List<object?>>(clone);
                Assert.Equal(list.Count, clonedList.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    AssertIsomorphic(list[i], clonedList[i], forward, backward);
                }

                break;
            case JsMap map:
                var originalEntries = map.ToArray();
                var clonedEntries = Assert.IsType<JsMap>(clone).ToArray();
                Assert.Equal(originalEntries.Length, clonedEntries.Length);
                for (int i = 0; i < originalEntries.Length; i++)
                {
                    AssertIsomorphic(originalEntries[i].Key, clonedEntries[i].Key, forward, backward);
                    AssertIsomorphic(originalEntries[i].Value, clonedEntries[i].Value, forward, backward);
                }

                break;
            case JsSet set:
                var originalMembers = set.ToArray();
                var clonedMembers = Assert.IsType<JsSet>(clone).ToArray();
                Assert.Equal(originalMembers.Length, clonedMembers.Length);
                for (int i = 0; i < originalMembers.Length; i++)
                {
                    AssertIsomorphic(originalMembers[i], clonedMembers[i], forward, backward);
                }

                break;
            default:
                Assert.Fail($"Unexpected {original.GetType()} in the graph.");
                break;
        }
    }

    private static void Collect(object? value, HashSet<object> seen)
    {
        if (value is null or string or double or int || !seen.Add(value))
        {
            return;
        }

        IEnumerable<object?> children = value switch
        {
            Dictionary<string, object?> dictionary => dictionary.Values,
            List<object?> list => list,
            JsMap map => map.SelectMany(entry => new[] { entry.Key, entry.Value }),
            JsSet set => set,
            _ => [],
        };
        foreach (object? child in children)
        {
            Collect(child, seen);
        }
    }
}

using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

public sealed class IdentityTests
{
    [Fact]
    public void Clone_ObjectContainingItself_KeepsTheCycle()
    {
        var obj = new Dictionary<string, object?>();
        obj["self"] = obj;
        var clone = Assert.IsType<Dictionary<string, object?>>(StructuredClone.Clone(obj));
        Assert.NotSame(obj, clone);
        Assert.Same(clone, clone["self"]);
    }

    [Fact]
    public void Clone_TwoReferencesToOneObject_GivesOneClone()
    {
        var shared = new Dictionary<string, object?> { ["x"] = 1 };
        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(new List<object?> { shared, shared }));
        Assert.Same(clone[0], clone[1]);
        Assert.NotSame(shared, clone[0]);
    }

    [Fact]
    public void Clone_MapContainingItselfAsKeyAndValue_KeepsBoth()
    {
        var map = new JsMap();
        map.Set(map, map);
        var clone = Assert.IsType<JsMap>(StructuredClone.Clone(map));
        var entry = Assert.Single(clone);
        Assert.Same(clone, entry.Key);
        Assert.Same(clone, entry.Value);
    }

    [Fact]
    public void Clone_SetContainingItself_KeepsTheCycle()
    {
        var set = new JsSet();
        set.Add(set);
        var clone = Assert.IsType<JsSet>(StructuredClone.Clone(set));
        Assert.Same(clone, Assert.Single(clone));
    }

    [Fact]
    public void Clone_ErrorThatIsItsOwnCause_KeepsTheCycle()
    {
        var error = new JsError("Error", "loop");
        error.SetCause(error);
        var clone = Assert.IsType<JsError>(StructuredClone.Clone(error));
        Assert.Same(clone, clone.Cause);
    }

    [Fact]
    public void Clone_ViewsSharingOneBuffer_StillShareOneBuffer()
    {
        var buffer = new ArrayBuffer(16);
        var bytes = new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer);
        var words = new ArrayBufferView(ArrayBufferViewKind.Uint32Array, buffer, byteOffset: 4, length: 2);
        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(new List<object?> { bytes, words, buffer }));
        var clonedBytes = Assert.IsType<ArrayBufferView>(clone[0]);
        var clonedWords = Assert.IsType<ArrayBufferView>(clone[1]);
        Assert.Same(clonedBytes.Buffer, clonedWords.Buffer);
        Assert.Same(clonedBytes.Buffer, clone[2]);
        Assert.NotSame(buffer, clonedBytes.Buffer);
        clonedBytes.AsBytes()[4] = 0xFF;
        Assert.Equal(0xFF, clonedWords.AsBytes()[0]);
    }

    [Fact]
    public void Serialize_SharedObject_ReferencesOneRecord()
    {
        var shared = new List<object?>();
        var serialized = ClrRealm.Default.Serialize(new Dictionary<string, object?> { ["a"] = shared, ["b"] = shared });
        var record = Assert.IsType<ObjectRecord>(serialized.AsRecord());
        Assert.Same(record.Properties[0].Value.AsRecord(), record.Properties[1].Value.AsRecord());
    }

    [Fact]
    public void Clone_GetterThatClonesAnotherGraph_KeepsBothGraphsIntact()
    {
        var shared = new List<object?>();
        var clone = Assert.IsType<Dictionary<string, object?>>(StructuredClone.Clone(new ReentrantGetter(shared)));
        var list = Assert.IsType<List<object?>>(clone["Items"]);
        Assert.Same(list[0], list[1]);
        Assert.IsType<List<object?>>(clone["Inner"]);
    }

    [Fact]
    public void Deserialize_OneRecordTwice_GivesTwoIndependentGraphs()
    {
        var serialized = ClrRealm.Default.Serialize(new Dictionary<string, object?> { ["bytes"] = new byte[] { 1 } });
        var first = (Dictionary<string, object?>)ClrRealm.Default.Deserialize(serialized)!;
        var second = (Dictionary<string, object?>)ClrRealm.Default.Deserialize(serialized)!;
        Assert.NotSame(first["bytes"], second["bytes"]);
        ((ArrayBuffer)first["bytes"]!).AsSpan()[0] = 9;
        Assert.Equal(1, ((ArrayBuffer)second["bytes"]!).AsSpan()[0]);
    }

    private sealed class ReentrantGetter(List<object?> shared)
    {
        public List<object?> Items => [shared, shared];

        // Runs a whole clone of its own while the outer serialization is under way.
        public object? Inner => StructuredClone.Clone(new List<object?> { shared, shared });
    }
}

using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

public sealed class ArrayRecordTests
{
    [Fact]
    public void Serialize_DenseList_HoldsEveryIndexAsAnElementWithoutKeys()
    {
        var record = Assert.IsType<ArrayRecord>(ClrRealm.Default.Serialize(new List<object?> { "a", 2, null }).AsRecord());

        Assert.Equal(3u, record.Length);
        Assert.Equal([SerializedValue.FromString("a"), SerializedValue.FromNumber(2), SerializedValue.Null], record.Elements);
        Assert.Empty(record.Properties);
    }

    [Fact]
    public void Serialize_Enumerable_TakesItsLengthFromItsItems()
    {
        var record = Assert.IsType<ArrayRecord>(ClrRealm.Default.Serialize(Enumerable.Range(0, 4).Select(i => i * 2)).AsRecord());

        Assert.Equal(4u, record.Length);
        Assert.Equal(4, record.Elements.Count);
        Assert.Equal(6, record.Elements[3].AsNumber());
    }

    [Fact]
    public void Serialize_ArrayWithAHole_KeepsIndicesAfterTheHoleAndOtherKeysAsProperties()
    {
        var array = new JsArray(6);
        array[0] = "zero";
        array[1] = "one";
        array[3] = "three";
        array.Properties["label"] = "extra";

        var record = Assert.IsType<ArrayRecord>(ClrRealm.Default.Serialize(array).AsRecord());

        Assert.Equal(6u, record.Length);
        Assert.Equal([SerializedValue.FromString("zero"), SerializedValue.FromString("one")], record.Elements);
        Assert.Equal(["3", "label"], record.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Deserialize_RecordWhoseIndicesAreKeyedProperties_GivesADenseList()
    {
        var record = new ArrayRecord(3);
        record.Elements.Add(SerializedValue.FromString("a"));
        record.Properties.Add(new("1", SerializedValue.FromString("b")));
        record.Properties.Add(new("2", SerializedValue.FromString("c")));

        var list = Assert.IsType<List<object?>>(ClrRealm.Default.Deserialize(SerializedValue.FromRecord(record)));

        Assert.Equal(["a", "b", "c"], list);
    }

    [Fact]
    public void Deserialize_ElementsThenAPropertyAfterAHole_GivesAJsArrayWithTheHole()
    {
        var record = new ArrayRecord(4);
        record.Elements.Add(SerializedValue.FromNumber(0));
        record.Properties.Add(new("2", SerializedValue.FromNumber(2)));
        record.Properties.Add(new("name", SerializedValue.FromString("n")));

        var array = Assert.IsType<JsArray>(ClrRealm.Default.Deserialize(SerializedValue.FromRecord(record)));

        Assert.Equal(4u, array.Length);
        Assert.Equal(0.0, array[0]);
        Assert.True(array.IsHole(1));
        Assert.Equal(2.0, array[2]);
        Assert.True(array.IsHole(3));
        Assert.Equal("n", array.Properties["name"]);
    }

    [Fact]
    public void Clone_ArrayContainingItselfAsAnElement_KeepsTheCycle()
    {
        var list = new List<object?>();
        list.Add(list);

        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(list));

        Assert.Same(clone, Assert.Single(clone));
    }
}

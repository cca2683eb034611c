using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Cloning;

/// <summary>The chunked list of an ArrayRecord's elements behaves as a list across its 4,096-value chunks.</summary>
public sealed class SerializedValueListTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 4095)]
    [InlineData(0, 4096)]
    [InlineData(0, 4097)]
    [InlineData(10_000, 10_000)]
    [InlineData(3, 20_000)]
    public void Add_AcrossChunkBoundaries_KeepsEveryValueInOrder(int capacity, int count)
    {
        var list = new SerializedValueList(capacity);
        for (int i = 0; i < count; i++)
        {
            list.Add(SerializedValue.FromNumber(i));
        }

        Assert.Equal(count, list.Count);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal(i, list[i].AsNumber());
        }

        int expected = 0;
        foreach (var value in list)
        {
            Assert.Equal(expected++, value.AsNumber());
        }

        Assert.Equal(count, expected);
        var copy = new SerializedValue[count + 1];
        list.CopyTo(copy, 1);
        Assert.Equal(list, copy.Skip(1));
    }

    [Fact]
    public void SetInsertRemove_AcrossAChunkBoundary_MoveTheValuesAsAListWould()
    {
        var list = new SerializedValueList();
        var model = new List<SerializedValue>();
        for (int i = 0; i < 4100; i++)
        {
            list.Add(SerializedValue.FromNumber(i));
            model.Add(SerializedValue.FromNumber(i));
        }

        list[4097] = SerializedValue.FromString("set");
        model[4097] = SerializedValue.FromString("set");
        list.Insert(4090, SerializedValue.Null);
        model.Insert(4090, SerializedValue.Null);
        list.RemoveAt(10);
        model.RemoveAt(10);
        Assert.True(list.Remove(SerializedValue.FromNumber(4099)));
        model.Remove(SerializedValue.FromNumber(4099));
        Assert.False(list.Remove(SerializedValue.FromNumber(-1)));

        Assert.Equal(model, list);
        Assert.Equal(model.IndexOf(SerializedValue.FromString("set")), list.IndexOf(SerializedValue.FromString("set")));
        Assert.Contains(SerializedValue.Null, list);
    }

    [Fact]
    public void Indexer_OutsideTheList_ThrowsNamingTheIndex()
    {
        var list = new SerializedValueList { SerializedValue.True };
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
        Assert.Equal("index", error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1] = SerializedValue.Null);
    }

    [Fact]
    public void Clear_EmptiesTheListForReuse()
    {
        var list = new SerializedValueList();
        for (int i = 0; i < 5000; i++)
        {
            list.Add(SerializedValue.FromNumber(i));
        }

        list.Clear();
        Assert.Empty(list);
        list.Add(SerializedValue.FromString("again"));
        Assert.Equal([SerializedValue.FromString("again")], list);
    }
}

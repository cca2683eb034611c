using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Cloning;

/// <summary>An object record's properties: a view of the list the record holds.</summary>
public sealed class SerializedPropertyListTests
{
    [Fact]
    public void Add_ThroughAnyCopyOfTheView_AddsToTheRecordInOrder()
    {
        var record = new ObjectRecord();
        var view = record.Properties;
        for (int i = 0; i < 10; i++)
        {
            view.Add(new KeyValuePair<string, SerializedValue>("k" + i, SerializedValue.FromNumber(i)));
        }

        record.Properties.Add(new KeyValuePair<string, SerializedValue>("last", SerializedValue.Null));

        Assert.Equal(11, record.Properties.Count);
        Assert.Equal(11, view.Count);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => "k" + i).Append("last"), record.Properties.Select(p => p.Key));
        Assert.Equal(9, record.Properties[9].Value.AsNumber());
        Assert.Equal(11, record.Properties.AsSpan().Length);

        var keys = new List<string>();
        foreach (var property in record.Properties)
        {
            keys.Add(property.Key);
        }

        Assert.Equal("last", keys[^1]);
    }

    [Fact]
    public void Indexer_SetsInPlace_AndOutsideTheListThrowsNamingTheIndex()
    {
        var record = new ObjectRecord(2);
        record.Properties.Add(new("a", SerializedValue.True));
        var properties = record.Properties;
        properties[0] = new("a", SerializedValue.False);

        Assert.False(record.Properties[0].Value.AsBoolean());
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => record.Properties[1]).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ObjectRecord(-1));
    }
}

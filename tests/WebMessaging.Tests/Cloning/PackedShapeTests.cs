using CsCheck;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Packed;
using WebMessaging.Tests.Wire;

namespace WebMessaging.Tests.Cloning;

/// <summary>
/// CLR types whose keys the packed serializer knows from the type (anonymous types, records,
/// auto-properties) are packed property by property without listing them: what they pack to
/// must still be exactly the record StructuredSerialize makes.
/// </summary>
public sealed class PackedShapeTests
{
    private static readonly IPackingRealm Realm = ClrRealm.Default;

    private static readonly Gen<string?> TextGen = Gen.OneOf(
        Gen.Const((string?)null),
        Gen.String.Select(s => (string?)s),
        Gen.Char.Array[0, 8].Select(chars => (string?)new string(chars)),
        Gen.Const((string?)"\u00ff\u0100 \ud800"),
        Gen.Const((string?)new string('x', 1025)));

    private static readonly Gen<double> NumberGen = Gen.OneOf(
        Gen.Double,
        Gen.Int.Select(i => (double)i),
        Gen.Const(-0.0), Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const((double)int.MaxValue + 1), Gen.Const(0.5));

    private static readonly Gen<TypedPropertiesRecord> RecordGen =
        Gen.Select(Gen.Int, Gen.Short, Gen.Byte, NumberGen, Gen.Bool, TextGen, Gen.Long, Gen.OneOf(Gen.Int.Select(i => (object?)i), TextGen.Select(t => (object?)t)))
            .Select(t => new TypedPropertiesRecord(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6, t.Item7, t.Item8));

    [Fact]
    public void Pack_RecordsOfTypedProperties_GiveTheRecordStructuredSerializeGives()
    {
        RecordGen.Sample(value =>
        {
            bool packs = Realm.TryPack(value, out PackedMessage packed);

            // Only a string too long for the packed form sends the record the general way.
            Assert.Equal(value.Text is not { Length: > 1024 } && value.Other is not string { Length: > 1024 }, packs);
            if (packs)
            {
                RecordGraphComparer.AssertIsomorphic(ClrRealm.Default.Serialize(value), packed.ToRecord());
                packed.Release();
            }
        });
    }

    [Fact]
    public void Pack_AnonymousObjectsNestedInEachOther_GiveTheRecordStructuredSerializeGives()
    {
        Gen.Select(Gen.Int, NumberGen, TextGen.Where(t => t is not { Length: > 1024 }), Gen.Bool).Sample((i, n, s, b) =>
        {
            var value = new { i, outer = new { n, s, inner = new { b, list = new List<object?> { i, s } } }, last = s };
            Assert.True(Realm.TryPack(value, out PackedMessage packed));
            RecordGraphComparer.AssertIsomorphic(ClrRealm.Default.Serialize(value), packed.ToRecord());
            packed.Release();
        });
    }

    [Fact]
    public void Unpack_OneInstanceTwiceInAMessage_ComesBackAsOneObject()
    {
        var shared = new { x = 1, label = "shared" };
        Assert.True(Realm.TryPack(new List<object?> { shared, new { other = shared }, shared }, out PackedMessage packed));
        var clone = Assert.IsType<List<object?>>(Realm.Unpack(packed));
        packed.Release();
        var first = Assert.IsType<Dictionary<string, object?>>(clone[0]);
        Assert.Same(first, Assert.IsType<Dictionary<string, object?>>(clone[1])["other"]);
        Assert.Same(first, clone[2]);
        Assert.Equal(1.0, first["x"]);
        Assert.Equal("shared", first["label"]);
    }

    [Fact]
    public void Unpack_StructOfAutoProperties_BecomesADictionaryOfItsProperties()
    {
        var value = new TypedPropertiesStruct { Number = -0.0, Text = null };
        Assert.True(Realm.TryPack(value, out PackedMessage packed));
        var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(packed));
        packed.Release();
        Assert.Equal(["Number", "Text"], clone.Keys);
        Assert.True(double.IsNegative(Assert.IsType<double>(clone["Number"])));
        Assert.Null(clone["Text"]);
    }

    [Fact]
    public void PackedShapedMessages_ManyAcrossSlabs_ComeBackWhole()
    {
        // Strings of up to 1,000 units between fixed-size properties: slabs fill up mid-value,
        // before a key, and after a string.
        var values = Enumerable.Range(0, 5_000)
            .Select(i => new TypedPropertiesRecord(i, (short)-i, (byte)i, i * 0.25, i % 2 == 0, new string((char)('a' + (i % 26)), i % 1_000), -i * 3_000_000_000L, i % 3 == 0 ? null : new { n = i, t = new string('\u0100', i % 7) }))
            .ToList();
        var packed = values.Select(value =>
        {
            Assert.True(Realm.TryPack(value, out PackedMessage message));
            return message;
        }).ToList();

        Assert.True(packed.Select(message => message.Slab).Distinct().Count() > 5);
        for (int i = 0; i < values.Count; i++)
        {
            object? clone = Realm.Unpack(packed[i]);
            packed[i].Release();
            RecordGraphComparer.AssertIsomorphic(ClrRealm.Default.Serialize(values[i]), ClrRealm.Default.Serialize(clone));
        }
    }

    [Fact]
    public void PackedShapedMessages_StartingAtEveryDistanceFromASlabsEnd_ComeBackWhole()
    {
        // A filler message of a varying length before each shaped one moves where the shaped
        // message starts, so that over some 200 slabs the room reserved ahead for its keys and
        // fixed-size values is tried at every distance from a slab's end.
        for (int i = 0; i < 280_000; i++)
        {
            Assert.True(Realm.TryPack(new string('f', i % 53), out PackedMessage filler));
            filler.Release();
            Assert.True(Realm.TryPack(new { a = i, s = new string('x', i % 13), n = i + 0.5, b = i % 3 == 0, m = -i }, out PackedMessage packed));
            var clone = Assert.IsType<Dictionary<string, object?>>(Realm.Unpack(packed));
            packed.Release();
            Assert.Equal((double)i, clone["a"]);
            Assert.Equal(i % 13, Assert.IsType<string>(clone["s"]).Length);
            Assert.Equal(i + 0.5, clone["n"]);
            Assert.Equal(i % 3 == 0, clone["b"]);
            Assert.Equal((double)-i, clone["m"]);
        }
    }
}

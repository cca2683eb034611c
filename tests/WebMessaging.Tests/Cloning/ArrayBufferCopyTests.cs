using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

/// <summary>
/// A cloned ArrayBuffer's bytes are copied once: by the serialization (a snapshot of the
/// sender's bytes). A deserialization that consumes its record adopts that copy; one that may
/// be followed by others (a BroadcastChannel message, deserialized once per receiver) copies it.
/// </summary>
public sealed class ArrayBufferCopyTests
{
    [Fact]
    public void Serialize_ArrayBuffer_SnapshotsTheBytesAtThatMoment()
    {
        var buffer = new ArrayBuffer([1, 2, 3]);
        var serialized = ClrRealm.Default.Serialize(buffer);

        buffer.AsSpan()[0] = 99;

        var record = Assert.IsType<ArrayBufferRecord>(serialized.AsRecord());
        Assert.Equal(new byte[] { 1, 2, 3 }, record.Data.AsSpan(0, record.ByteLength).ToArray());
    }

    [Fact]
    public void Deserialize_SameRecordForEveryReceiver_GivesEachItsOwnBytes()
    {
        var serialized = ClrRealm.Default.Serialize(new ArrayBuffer([1, 2, 3]));

        var first = Assert.IsType<ArrayBuffer>(ClrRealm.Default.Deserialize(serialized));
        first.AsSpan()[0] = 50;
        var second = Assert.IsType<ArrayBuffer>(ClrRealm.Default.Deserialize(serialized));
        second.AsSpan()[1] = 60;
        var third = Assert.IsType<ArrayBuffer>(ClrRealm.Default.Deserialize(serialized));

        Assert.Equal(new byte[] { 50, 2, 3 }, first.ToArray());
        Assert.Equal(new byte[] { 1, 60, 3 }, second.ToArray());
        Assert.Equal(new byte[] { 1, 2, 3 }, third.ToArray());
        Assert.False(((ArrayBufferRecord)serialized.AsRecord()).IsAdopted);
    }

    [Fact]
    public void DeserializeWithTransfer_ClonedBuffer_AdoptsTheSerializationsCopy()
    {
        var source = new ArrayBuffer([1, 2, 3]);
        var message = ClrRealm.Default.SerializeWithTransfer(new List<object?> { source }, []);
        var record = (ArrayBufferRecord)((ArrayRecord)message.Serialized.AsRecord()).Elements[0].AsRecord();

        var received = Assert.IsType<ArrayBuffer>(Assert.IsType<List<object?>>(ClrRealm.Default.DeserializeWithTransfer(message).Deserialized)[0]);

        Assert.True(record.IsAdopted);
        Assert.Same(record.Data, received.Data);
        Assert.NotSame(source.Data, received.Data);
        received.AsSpan()[0] = 9;
        Assert.Equal(new byte[] { 1, 2, 3 }, source.ToArray());
    }

    [Fact]
    public void DeserializeWithTransfer_SameResultTwice_ThrowsRatherThanShareBytes()
    {
        var message = ClrRealm.Default.SerializeWithTransfer(new ArrayBuffer([1, 2, 3]), []);
        ClrRealm.Default.DeserializeWithTransfer(message);

        var error = Assert.Throws<DataCloneException>(() => ClrRealm.Default.DeserializeWithTransfer(message));

        Assert.Contains("already deserialized", error.Message);
    }

    [Fact]
    public void Deserialize_AfterAConsumingDeserialization_Throws()
    {
        var message = ClrRealm.Default.SerializeWithTransfer(new ArrayBuffer([1, 2, 3]), []);
        ClrRealm.Default.DeserializeWithTransfer(message);

        Assert.Throws<DataCloneException>(() => ClrRealm.Default.Deserialize(message.Serialized));
    }

    [Fact]
    public void DeserializeWithTransfer_AfterPlainDeserializations_AdoptsWithoutDisturbingThem()
    {
        var message = ClrRealm.Default.SerializeWithTransfer(new ArrayBuffer([1, 2, 3]), []);
        var copy = Assert.IsType<ArrayBuffer>(ClrRealm.Default.Deserialize(message.Serialized));

        var adopted = Assert.IsType<ArrayBuffer>(ClrRealm.Default.DeserializeWithTransfer(message).Deserialized);
        adopted.AsSpan()[2] = 30;

        Assert.Equal(new byte[] { 1, 2, 3 }, copy.ToArray());
        Assert.Equal(new byte[] { 1, 2, 30 }, adopted.ToArray());
    }

    [Fact]
    public void Encode_AdoptedRecord_Throws()
    {
        var message = ClrRealm.Default.SerializeWithTransfer(new ArrayBuffer([1, 2, 3]), []);
        ClrRealm.Default.DeserializeWithTransfer(message);

        var error = Assert.Throws<DataCloneException>(() => WireFormat.Encode(message));

        Assert.Contains("took its bytes over", error.Message);
    }

    [Fact]
    public void Clone_ViewsOfOneBuffer_ShareOneAdoptedCopy()
    {
        var buffer = new ArrayBuffer([1, 2, 3, 4]);
        var views = new List<object?> { new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer, 0, 2), new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer, 2, 2) };

        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(views));

        var first = Assert.IsType<ArrayBufferView>(clone[0]);
        var second = Assert.IsType<ArrayBufferView>(clone[1]);
        Assert.Same(first.Buffer, second.Buffer);
        Assert.NotSame(buffer, first.Buffer);
        first.Buffer.AsSpan()[3] = 40;
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, buffer.ToArray());
    }

    [Fact]
    public void Clone_ResizableBuffer_StaysResizableAfterAdoption()
    {
        var buffer = new ArrayBuffer(4, maxByteLength: 16);
        buffer.AsSpan().Fill(5);

        var clone = Assert.IsType<ArrayBuffer>(StructuredClone.Clone(buffer));
        clone.Resize(10);

        Assert.Equal(16, clone.MaxByteLength);
        Assert.Equal(new byte[] { 5, 5, 5, 5, 0, 0, 0, 0, 0, 0 }, clone.ToArray());
        Assert.Equal(4, buffer.ByteLength);
    }
}

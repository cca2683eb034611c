using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

public sealed class TransferTests
{
    [Fact]
    public void CloneWithTransfer_ArrayBuffer_MovesTheVeryArrayAndDetachesTheSender()
    {
        byte[] data = [1, 2, 3];
        var buffer = new ArrayBuffer(data);
        var clone = Assert.IsType<ArrayBuffer>(StructuredClone.Clone(buffer, [buffer]));
        Assert.True(buffer.IsDetached);
        Assert.Equal(0, buffer.ByteLength);
        Assert.Equal(3, clone.ByteLength);
        clone.AsSpan()[0] = 42;
        Assert.Equal(42, data[0]);
    }

    [Fact]
    public void SerializeWithTransfer_ArrayBuffer_HolderHoldsTheSendersArray()
    {
        byte[] data = [5, 6];
        var buffer = new ArrayBuffer(data, maxByteLength: 8);
        var result = ClrRealm.Default.SerializeWithTransfer(buffer, [buffer]);
        var holder = Assert.Single(result.TransferDataHolders);
        Assert.Same(data, holder.ArrayBufferData);
        Assert.Equal("ResizableArrayBuffer", holder.Type);
        Assert.Same(holder, result.Serialized.AsRecord());
    }

    [Fact]
    public void CloneWithTransfer_ViewOfTransferredBuffer_ViewsTheReceivedBuffer()
    {
        var buffer = new ArrayBuffer(8);
        var view = new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer, 2, 4);
        var result = ClrRealm.Default.DeserializeWithTransfer(ClrRealm.Default.SerializeWithTransfer(view, [buffer]));
        var clonedView = Assert.IsType<ArrayBufferView>(result.Deserialized);
        Assert.Same(result.TransferredValues[0], clonedView.Buffer);
        Assert.Equal(4, clonedView.Length);
    }

    [Fact]
    public void CloneWithTransfer_DuplicateInTransferList_ThrowsAndDetachesNothing()
    {
        var buffer = new ArrayBuffer(4);
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(buffer, [buffer, buffer]));
        Assert.Equal("ArrayBuffer appears more than once in the transfer list.", error.Message);
        Assert.False(buffer.IsDetached);
    }

    [Fact]
    public void CloneWithTransfer_NonTransferableInList_Throws()
    {
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(1, [new Dictionary<string, object?>()]));
        Assert.Equal("Dictionary<String, Object> could not be transferred: it is not a transferable object.", error.Message);
    }

    [Fact]
    public void CloneWithTransfer_ByteArrayInList_ThrowsBecauseItCannotBeDetached() =>
        Assert.Contains("cannot be detached", Assert.Throws<DataCloneException>(() => StructuredClone.Clone(1, [new byte[1]])).Message);

    [Fact]
    public void CloneWithTransfer_DetachedBufferInList_Throws()
    {
        var buffer = new ArrayBuffer(4);
        buffer.Detach();
        Assert.Equal("ArrayBuffer could not be transferred: it is detached.", Assert.Throws<DataCloneException>(() => StructuredClone.Clone(1, [buffer])).Message);
    }

    [Fact]
    public void CloneWithTransfer_DetachedPlatformObjectInList_Throws()
    {
        var port = new FakePort { IsDetached = true };
        Assert.Equal("FakePort could not be transferred: it is detached.", Assert.Throws<DataCloneException>(() => FakePort.Realm.SerializeWithTransfer(1, [port])).Message);
    }

    [Fact]
    public void CloneWithTransfer_SerializationFails_DetachesNothing()
    {
        var buffer = new ArrayBuffer(4);
        Assert.Throws<DataCloneException>(() => StructuredClone.Clone(new List<object?> { buffer, (Action)(() => { }) }, [buffer]));
        Assert.False(buffer.IsDetached);
    }

    [Fact]
    public void CloneWithTransfer_PlatformObject_RunsTransferStepsAndReceivingSteps()
    {
        var port = new FakePort("p1");
        var result = FakePort.Realm.DeserializeWithTransfer(FakePort.Realm.SerializeWithTransfer(new Dictionary<string, object?> { ["port"] = port }, [port]));
        Assert.True(port.IsDetached);
        var received = Assert.IsType<FakePort>(result.TransferredValues[0]);
        Assert.Equal("p1", received.Id);
        Assert.Same(received, ((Dictionary<string, object?>)result.Deserialized!)["port"]);
    }

    [Fact]
    public void DeserializeWithTransfer_InterfaceNotExposed_Throws()
    {
        var port = new FakePort();
        var serialized = FakePort.Realm.SerializeWithTransfer(port, [port]);
        Assert.Equal("FakePort could not be received: the interface is not exposed in the target realm.", Assert.Throws<DataCloneException>(() => ClrRealm.Default.DeserializeWithTransfer(serialized)).Message);
    }

    [Fact]
    public void Deserialize_TransferDataHolderWithoutTransfer_Throws()
    {
        var buffer = new ArrayBuffer(1);
        var serialized = ClrRealm.Default.SerializeWithTransfer(buffer, [buffer]);
        Assert.Throws<DataCloneException>(() => ClrRealm.Default.Deserialize(serialized.Serialized));
    }

    [Fact]
    public void Clone_SerializablePlatformObject_RunsSerializationAndDeserializationSteps()
    {
        var realm = new ClrRealm([
            new ClrPlatformInterface("Point", () => new Point()) { DeserializationSteps = (value, record, sub) => ((Point)value).X = (double)sub.Deserialize(record.Fields[0].Value)! },
        ]);
        var clone = Assert.IsType<Point>(realm.Deserialize(realm.Serialize(new Point { X = 3 })));
        Assert.Equal(3, clone.X);
    }

    private sealed class Point : ISerializablePlatformObject
    {
        public double X { get; set; }

        public string InterfaceName => "Point";

        public void SerializationSteps(PlatformObjectRecord serialized, bool forStorage) =>
            serialized.Fields.Add(new("x", SerializedValue.FromNumber(X)));
    }
}

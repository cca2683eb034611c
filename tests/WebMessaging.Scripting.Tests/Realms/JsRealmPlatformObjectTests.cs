using Jint;
using Jint.Native;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Realms;
using WebMessaging.Values;

namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmPlatformObjectTests
{
    private readonly TwoWindows _windows = new();

    public JsRealmPlatformObjectTests()
    {
        _windows.SenderRealm.Bridge = new TestBridge(_windows.Sender);
        _windows.ReceiverRealm.Bridge = new TestBridge(_windows.Receiver);
        _windows.ReceiverRealm.Expose(new JsPlatformInterface("MessagePort", () => new TestPlatformWrapper(_windows.Receiver, new FakePort("unset")))
        {
            TransferReceivingSteps = (holder, wrapper) => ((TestPlatformWrapper)wrapper).PlatformObject = new FakePort((string)holder.PlatformData!),
        });
        _windows.ReceiverRealm.Expose(new JsPlatformInterface("DOMPoint", () => new TestPlatformWrapper(_windows.Receiver, new FakePoint(0, 0)))
        {
            DeserializationSteps = (wrapper, record, _) =>
            {
                var point = (FakePoint)((TestPlatformWrapper)wrapper).PlatformObject;
                point.X = record.Fields[0].Value.AsNumber();
                point.Y = record.Fields[1].Value.AsNumber();
            },
        });
    }

    [Fact]
    public void Transfer_PlatformObject_DetachesItAndReceivesANewOneInTheReceiver()
    {
        var port = new FakePort("port-1");
        _windows.Sender.SetValue("port", _windows.SenderRealm.Bridge!.Wrap(port));

        JsValue clone = _windows.Transfer("({ port: port, again: port })", "[port]");

        Assert.True(port.IsDetached);
        _windows.AssertInReceiver("x.port === x.again");
        var received = (TestPlatformWrapper)clone.AsObject().Get("port");
        Assert.Equal("port-1", ((FakePort)received.PlatformObject).Name);
        Assert.Same(_windows.ReceiverRealm.GetTransferable(received), received.PlatformObject);
    }

    [Fact]
    public void Serialize_TransferablePlatformObjectNotInTransferList_ThrowsDataCloneError()
    {
        _windows.Sender.SetValue("port", _windows.SenderRealm.Bridge!.Wrap(new FakePort("p")));
        JsValue value = _windows.Sender.Evaluate("({ port: port })");
        var e = Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(value));
        Assert.StartsWith("MessagePort", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transfer_DetachedPlatformObject_ThrowsDataCloneError()
    {
        JsValue wrapper = _windows.SenderRealm.Bridge!.Wrap(new FakePort("p") { IsDetached = true });
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.SerializeWithTransfer(wrapper, [wrapper]));
    }

    [Fact]
    public void Clone_SerializablePlatformObject_RunsItsSerializationAndDeserializationSteps()
    {
        _windows.Sender.SetValue("point", _windows.SenderRealm.Bridge!.Wrap(new FakePoint(3, 4)));
        JsValue clone = _windows.Clone("[point, point]");
        _windows.AssertInReceiver("x[0] === x[1]");
        var point = (FakePoint)((TestPlatformWrapper)clone.AsObject().Get("0")).PlatformObject;
        Assert.Equal((3.0, 4.0), (point.X, point.Y));
    }

    [Fact]
    public void Deserialize_PlatformObjectNotExposedInReceiver_ThrowsDataCloneError()
    {
        var receiver = new JsRealm(new Jint.Engine());
        SerializedValue serialized = _windows.SenderRealm.Serialize(_windows.SenderRealm.Bridge!.Wrap(new FakePoint(1, 2)));
        var e = Assert.Throws<DataCloneException>(() => receiver.Deserialize(serialized));
        Assert.Contains("not exposed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clone_FileWrapper_ArrivesAsAWrapperOfAnEqualFile()
    {
        var file = new Values.File(new byte[] { 1, 2, 3 }, "a.txt", "text/plain", 1000);
        _windows.Sender.SetValue("file", _windows.SenderRealm.Bridge!.Wrap(file));
        JsValue clone = _windows.Clone("({ file: file })");
        var received = (Values.File)((TestPlatformWrapper)clone.AsObject().Get("file")).PlatformObject;
        Assert.NotSame(file, received);
        Assert.Equal(("a.txt", "text/plain", 1000L), (received.Name, received.Type, received.LastModified));
        Assert.Equal(new byte[] { 1, 2, 3 }, received.Bytes.ToArray());
    }

    [Fact]
    public void Deserialize_BlobWithoutBridge_ThrowsDataCloneError()
    {
        SerializedValue serialized = ClrRealm.Default.Serialize(new Blob(new byte[] { 1 }));
        var receiver = new JsRealm(new Jint.Engine());
        Assert.Throws<DataCloneException>(() => receiver.Deserialize(serialized));
    }

    [Fact]
    public void Serialize_ObjectOfABindingThatIsNoPlatformObject_ThrowsDataCloneError()
    {
        var stranger = new TestPlatformWrapper(_windows.Sender, new object());
        _windows.SenderRealm.Bridge = null;
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(stranger));
    }
}

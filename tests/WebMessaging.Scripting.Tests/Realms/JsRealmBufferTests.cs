using Jint;
using Jint.Native;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmBufferTests
{
    private readonly TwoWindows _windows = new();

    [Fact]
    public void Clone_ArrayBuffer_CopiesTheBytes()
    {
        _windows.Clone("var b = new ArrayBuffer(4); new Uint8Array(b).set([1, 2, 3, 4]); b");
        _windows.AssertInReceiver("x instanceof ArrayBuffer && !x.resizable && x.byteLength === 4 && new Uint8Array(x).join() === '1,2,3,4'");
        _windows.Receiver.Execute("new Uint8Array(x)[0] = 9");
        _windows.AssertInSender("new Uint8Array(b)[0] === 1 && b.byteLength === 4");
    }

    [Fact]
    public void Clone_ResizableArrayBuffer_KeepsMaxByteLength()
    {
        _windows.Clone("var b = new ArrayBuffer(4, { maxByteLength: 16 }); new Uint8Array(b)[3] = 7; b");
        _windows.AssertInReceiver("x.resizable && x.maxByteLength === 16 && x.byteLength === 4 && new Uint8Array(x)[3] === 7");
        _windows.AssertInReceiver("x.resize(12); x.byteLength === 12 && new Uint8Array(x)[3] === 7");
    }

    [Theory]
    [InlineData("Int8Array", "[-1, 2]")]
    [InlineData("Uint8Array", "[255, 2]")]
    [InlineData("Uint8ClampedArray", "[255, 0]")]
    [InlineData("Int16Array", "[-300, 2]")]
    [InlineData("Uint16Array", "[65535, 2]")]
    [InlineData("Int32Array", "[-70000, 2]")]
    [InlineData("Uint32Array", "[4000000000, 2]")]
    [InlineData("Float16Array", "[1.5, -2]")]
    [InlineData("Float32Array", "[1.5, -2]")]
    [InlineData("Float64Array", "[0.1, -2]")]
    [InlineData("BigInt64Array", "[-5n, 2n]")]
    [InlineData("BigUint64Array", "[5n, 2n ** 63n]")]
    public void Clone_TypedArray_KeepsKindOffsetLengthAndElements(string kind, string elements)
    {
        _windows.Sender.Execute($"var values = {elements}; var buffer = new ArrayBuffer(64); var view = new {kind}(buffer, 8, 2); view.set(values);");
        _windows.Clone("view");
        _windows.AssertInReceiver($"x instanceof {kind} && x.byteOffset === 8 && x.length === 2 && x.buffer.byteLength === 64");
        _windows.AssertInReceiver($"x[0] === {elements}[0] && x[1] === {elements}[1]");
    }

    [Fact]
    public void Clone_DataView_KeepsOffsetAndLength()
    {
        _windows.Clone("var d = new DataView(new ArrayBuffer(16), 4, 8); d.setInt16(0, -2); d");
        _windows.AssertInReceiver("x instanceof DataView && x.byteOffset === 4 && x.byteLength === 8 && x.getInt16(0) === -2 && x.buffer.byteLength === 16");
    }

    [Fact]
    public void Clone_ViewsOfOneBuffer_ShareOneBufferInTheClone()
    {
        _windows.Clone("var b = new ArrayBuffer(8); ({ bytes: new Uint8Array(b), words: new Uint16Array(b, 2, 2), view: new DataView(b), buffer: b })");
        _windows.AssertInReceiver("x.bytes.buffer === x.words.buffer && x.view.buffer === x.buffer && x.bytes.buffer === x.buffer");
        _windows.AssertInReceiver("x.words[0] = 0x0102; x.bytes[2] + x.bytes[3] === 3");
    }

    [Fact]
    public void Clone_LengthTrackingView_KeepsTrackingTheBuffer()
    {
        _windows.Clone("var b = new ArrayBuffer(4, { maxByteLength: 16 }); ({ tracking: new Uint8Array(b, 1), fixed: new Uint8Array(b, 1, 2), view: new DataView(b, 2) })");
        _windows.AssertInReceiver("x.tracking.length === 3 && x.fixed.length === 2 && x.view.byteLength === 2");
        _windows.AssertInReceiver("x.tracking.buffer.resize(10); x.tracking.length === 9 && x.fixed.length === 2 && x.view.byteLength === 8");
    }

    [Fact]
    public void Transfer_ArrayBuffer_DetachesTheSenderAndMovesTheVeryBytes()
    {
        JsValue senderBuffer = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); new Uint8Array(b).set([1, 2, 3, 4]); b");
        byte[] senderBytes = senderBuffer.AsArrayBuffer()!;

        JsValue clone = _windows.Transfer("({ buffer: b })", "[b]");

        _windows.AssertInSender("b.byteLength === 0 && b.detached");
        _windows.AssertInReceiver("x.buffer instanceof ArrayBuffer && x.buffer.byteLength === 4 && new Uint8Array(x.buffer).join() === '1,2,3,4'");
        byte[] receiverBytes = ((JsValue)clone.AsObject().Get("buffer")).AsArrayBuffer()!;
        Assert.Same(senderBytes, receiverBytes);
    }

    [Fact]
    public void Transfer_ArrayBufferWithViews_LeavesSenderViewsEmptyAndReceiverViewsOverTheBytes()
    {
        _windows.Transfer("var b = new ArrayBuffer(8); var v = new Int32Array(b); v[1] = 42; ({ view: v })", "[b]");
        _windows.AssertInSender("v.length === 0 && b.byteLength === 0");
        _windows.AssertInReceiver("x.view instanceof Int32Array && x.view[1] === 42 && x.view.buffer.byteLength === 8");
    }

    [Fact]
    public void Transfer_ResizableArrayBuffer_StaysResizableWithLengthTrackingViews()
    {
        _windows.Transfer("var b = new ArrayBuffer(4, { maxByteLength: 32 }); new Uint8Array(b)[0] = 5; ({ b: b, t: new Uint8Array(b) })", "[b]");
        _windows.AssertInSender("b.byteLength === 0");
        _windows.AssertInReceiver("x.b.resizable && x.b.maxByteLength === 32 && x.t.length === 4 && x.t[0] === 5");
        _windows.AssertInReceiver("x.b.resize(20); x.t.length === 20 && x.t[0] === 5");
    }

    [Fact]
    public void Transfer_ReturnsTransferredValuesInListOrder()
    {
        JsValue value = _windows.Sender.Evaluate("var b1 = new ArrayBuffer(1); var b2 = new ArrayBuffer(2); 0");
        SerializedWithTransfer serialized = _windows.SenderRealm.SerializeWithTransfer(value, [_windows.Sender.GetValue("b2"), _windows.Sender.GetValue("b1")]);
        var received = _windows.ReceiverRealm.DeserializeWithTransfer(serialized);
        Assert.Equal(2, received.TransferredValues.Count);
        _windows.Receiver.SetValue("t0", received.TransferredValues[0]);
        _windows.Receiver.SetValue("t1", received.TransferredValues[1]);
        _windows.AssertInReceiver("t0.byteLength === 2 && t1.byteLength === 1 && t0 instanceof ArrayBuffer");
    }
}

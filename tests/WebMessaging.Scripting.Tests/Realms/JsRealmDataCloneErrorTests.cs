using Jint.Native;
using WebMessaging.Cloning;

namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmDataCloneErrorTests
{
    private readonly TwoWindows _windows = new();

    [Theory]
    [InlineData("(function f() {})", "function")]
    [InlineData("(() => 1)", "function")]
    [InlineData("(async function () {})", "function")]
    [InlineData("class A {}; A", "function")]
    [InlineData("Math.max", "function")]
    [InlineData("(function () {}).bind(null)", "function")]
    [InlineData("new Proxy(function () {}, {})", "function")]
    [InlineData("Symbol('s')", "Symbol")]
    [InlineData("({ nested: [Symbol.iterator] })", "Symbol")]
    [InlineData("new WeakMap()", "WeakMap")]
    [InlineData("new WeakSet()", "WeakSet")]
    [InlineData("new WeakRef({})", "WeakRef")]
    [InlineData("new FinalizationRegistry(() => {})", "FinalizationRegistry")]
    [InlineData("Promise.resolve(1)", "Promise")]
    [InlineData("new Proxy({}, {})", "Proxy")]
    [InlineData("(function () { return arguments; })(1)", "Arguments")]
    [InlineData("(function* () {})()", "Generator")]
    [InlineData("[1].values()", "ArrayIterator")]
    [InlineData("Object(Symbol())", "Symbol")]
    [InlineData("globalThis", "Window")]
    [InlineData("new SharedArrayBuffer(4)", "SharedArrayBuffer")]
    public void Serialize_UncloneableValue_ThrowsDataCloneErrorNamingIt(string script, string described)
    {
        JsValue value = _windows.Sender.Evaluate(script);
        var e = Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(value));
        Assert.StartsWith(described, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_DetachedArrayBuffer_ThrowsDataCloneError()
    {
        JsValue value = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); b.transfer(); b");
        var e = Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(value));
        Assert.Contains("detached", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ViewOfDetachedBuffer_ThrowsDataCloneError()
    {
        JsValue value = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); var v = new Uint8Array(b); b.transfer(); v");
        var e = Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(value));
        Assert.Contains("out of bounds", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_ViewOutOfBoundsOfShrunkenBuffer_ThrowsDataCloneError()
    {
        JsValue value = _windows.Sender.Evaluate("var b = new ArrayBuffer(8, { maxByteLength: 16 }); var v = new Uint8Array(b, 4, 4); b.resize(6); v");
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.Serialize(value));
    }

    [Fact]
    public void SerializeWithTransfer_BufferListedTwice_ThrowsDataCloneErrorAndDetachesNothing()
    {
        JsValue buffer = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); b");
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.SerializeWithTransfer(buffer, [buffer, buffer]));
        _windows.AssertInSender("b.byteLength === 4 && !b.detached");
    }

    [Fact]
    public void SerializeWithTransfer_DetachedBuffer_ThrowsDataCloneError()
    {
        JsValue buffer = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); b.transfer(); b");
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.SerializeWithTransfer(JsValue.Undefined, [buffer]));
    }

    [Fact]
    public void SerializeWithTransfer_PlainObjectInList_ThrowsDataCloneError()
    {
        JsValue value = _windows.Sender.Evaluate("({})");
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.SerializeWithTransfer(value, [value]));
    }

    [Fact]
    public void SerializeWithTransfer_UncloneableValue_DetachesNothing()
    {
        JsValue value = _windows.Sender.Evaluate("var b = new ArrayBuffer(4); var v = { b: b, f: function () {} }; v");
        JsValue buffer = _windows.Sender.GetValue("b");
        Assert.Throws<DataCloneException>(() => _windows.SenderRealm.SerializeWithTransfer(value, [buffer]));
        _windows.AssertInSender("b.byteLength === 4");
    }
}

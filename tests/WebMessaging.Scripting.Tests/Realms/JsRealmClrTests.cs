using Jint;
using Jint.Native;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Realms;
using WebMessaging.Values;

namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmClrTests
{
    private readonly TwoWindows _windows = new();

    [Fact]
    public void Deserialize_ClrGraph_BuildsJavaScriptValues()
    {
        var shared = new Dictionary<string, object?> { ["n"] = 1 };
        var value = new Dictionary<string, object?>
        {
            ["text"] = "hi",
            ["list"] = new List<object?> { 1, "two", null, shared },
            ["shared"] = shared,
            ["when"] = new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero),
            ["big"] = System.Numerics.BigInteger.Pow(10, 20),
            ["map"] = new Values.JsMap().Set(1, "one"),
            ["error"] = new ArgumentOutOfRangeException("p", "out"),
        };

        _windows.Receiver.SetValue("x", _windows.ReceiverRealm.Deserialize(ClrRealm.Default.Serialize(value)));

        _windows.AssertInReceiver("x.text === 'hi' && x.list instanceof Array && x.list.length === 4 && x.list[1] === 'two' && x.list[2] === null");
        _windows.AssertInReceiver("x.list[3] === x.shared && x.when instanceof Date && x.when.toISOString() === '2020-01-02T03:04:05.000Z'");
        _windows.AssertInReceiver("x.big === 10n ** 20n && x.map.get(1) === 'one' && x.error instanceof RangeError");
    }

    [Fact]
    public void Deserialize_JavaScriptGraphIntoClrRealm_BuildsClrValues()
    {
        JsValue value = _windows.Sender.Evaluate("var o = { n: 1.5, s: 'x', list: [1, , 3], m: new Map([['k', true]]), e: new TypeError('t'), d: new Date(0) }; o.self = o; o");
        SerializedValue serialized = _windows.SenderRealm.Serialize(value);

        var clone = (Dictionary<string, object?>)ClrRealm.Default.Deserialize(serialized)!;

        Assert.Equal(1.5, clone["n"]);
        Assert.Equal("x", clone["s"]);
        var list = Assert.IsType<Values.JsArray>(clone["list"]);
        Assert.Equal(3u, list.Length);
        Assert.False(list.Elements.ContainsKey(1));
        Assert.True(((Values.JsMap)clone["m"]!).TryGetValue("k", out object? k) && k is true);
        Assert.Equal("TypeError", ((Values.JsError)clone["e"]!).Name);
        Assert.Equal(DateTimeOffset.UnixEpoch, clone["d"]);
        Assert.Same(clone, clone["self"]);
    }

    [Fact]
    public void Transfer_FromClrArrayBufferToJavaScript_AdoptsTheBytes()
    {
        var bytes = new byte[] { 7, 8 };
        var buffer = new Values.ArrayBuffer(bytes, 2, null);
        SerializedWithTransfer serialized = ClrRealm.Default.SerializeWithTransfer(buffer, [buffer]);

        JsValue received = _windows.ReceiverRealm.DeserializeWithTransfer(serialized).Deserialized;

        Assert.True(buffer.IsDetached);
        Assert.Same(bytes, received.AsArrayBuffer());
    }

    [Fact]
    public void IRealm_BoxedValues_AreJsValues()
    {
        IRealm sender = _windows.SenderRealm;
        IRealm receiver = _windows.ReceiverRealm;
        object? clone = receiver.Deserialize(sender.Serialize(_windows.Sender.Evaluate("({ a: [1] })")));
        _windows.Receiver.SetValue("x", Assert.IsAssignableFrom<JsValue>(clone));
        _windows.AssertInReceiver("x.a[0] === 1");
    }

    [Fact]
    public void IRealm_HostValuePostedThroughAScriptRealm_IsSerializedAsTheNetRealmWould()
    {
        IRealm sender = _windows.SenderRealm;
        IRealm receiver = _windows.ReceiverRealm;
        object? clone = receiver.Deserialize(sender.Serialize(new Dictionary<string, object?> { ["a"] = new List<object?> { 1 }, ["s"] = "host" }));
        _windows.Receiver.SetValue("x", Assert.IsAssignableFrom<JsValue>(clone));
        _windows.AssertInReceiver("x.a[0] === 1 && x.s === 'host' && Array.isArray(x.a)");
    }
}

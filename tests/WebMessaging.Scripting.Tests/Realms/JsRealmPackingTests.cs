using Jint.Native;
using WebMessaging.Cloning.Packed;
using WebMessaging.Tests.Wire;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>
/// Port messages of pages in the packed form: a JavaScript value packs to the record
/// StructuredSerialize makes of it and unpacks as that record deserializes, and a value with
/// an accessor anywhere is left to StructuredSerialize before any getter runs.
/// </summary>
public sealed class JsRealmPackingTests
{
    private readonly TwoWindows _windows = new();

    private IPackingRealm Sender => _windows.SenderRealm;

    private IPackingRealm Receiver => _windows.ReceiverRealm;

    [Theory]
    [InlineData("({ i: 1, s: 'hello' })")]
    [InlineData("({ b: 1, 2: 'two', a: -0, 1: 'one', nested: { deep: { deeper: null } }, u: undefined, t: true, n: NaN })")]
    [InlineData("'just a string \\u4e16'")]
    [InlineData("(() => { const shared = { v: 1 }; const o = { a: shared, b: shared }; o.self = o; return o; })()")]
    [InlineData("Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3, enumerable: false } })")]
    [InlineData("[1, 'two', { three: [3, [4]] }, [], null]")]
    [InlineData("(() => { const a = [1, 2]; a.push(a); return { a, again: a }; })()")]
    public void Pack_PlainValue_GivesTheRecordStructuredSerializeGives(string script)
    {
        JsValue value = _windows.Sender.Evaluate(script);
        Assert.True(Sender.TryPack(value, out PackedMessage packed));
        RecordGraphComparer.AssertIsomorphic(_windows.SenderRealm.Serialize(value), packed.ToRecord());
    }

    [Fact]
    public void Unpack_ObjectWithSharedReferencesAndACycle_KeepsThemInTheReceiver()
    {
        PackAndUnpackAsX("(() => { const shared = { v: 1 }; const o = { a: shared, b: shared, 2: 'x', 1: 'y' }; o.self = o; return o; })()");
        _windows.AssertInReceiver("x.a === x.b && x.a.v === 1 && x.self === x");
        _windows.AssertInReceiver("Object.keys(x).join() === '1,2,a,b,self'");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Object.prototype");
    }

    [Fact]
    public void Unpack_Array_IsAnArrayOfTheReceiverWithItsElements()
    {
        PackAndUnpackAsX("[1, 'two', { three: [3] }]");
        _windows.AssertInReceiver("Array.isArray(x) && x.length === 3 && x[1] === 'two' && Array.isArray(x[2].three) && x[2].three[0] === 3");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Array.prototype");
    }

    [Fact]
    public void TryPack_AccessorAnywhere_IsRefusedBeforeAnyGetterRuns()
    {
        JsValue value = _windows.Sender.Evaluate("globalThis.reads = 0; ({ first: 1, nested: { get g() { reads++; return 2; } } })");
        Assert.False(Sender.TryPack(value, out _));
        _windows.AssertInSender("reads === 0");

        // The general way then runs the getter once, as StructuredSerialize does.
        _ = _windows.SenderRealm.Serialize(value);
        _windows.AssertInSender("reads === 1");
    }

    [Theory]
    [InlineData("[1, , 3]")]
    [InlineData("(() => { const a = [1]; a.extra = 2; return a; })()")]
    [InlineData("(() => { const a = [1, 2]; Object.defineProperty(a, 1, { get() { return 5; }, enumerable: true }); return a; })()")]
    [InlineData("(() => { const a = [1, 2]; Object.defineProperty(a, 1, { value: 2, enumerable: false }); return a; })()")]
    [InlineData("({ m: new Map() })")]
    [InlineData("({ d: new Date(0) })")]
    [InlineData("({ f() {} })")]
    [InlineData("({ big: 1n })")]
    [InlineData("new Proxy({}, {})")]
    public void TryPack_ValueTheFormDoesNotDescribe_IsRefused(string script)
    {
        Assert.False(Sender.TryPack(_windows.Sender.Evaluate(script), out _));
    }

    // Packs the value of script in the sender and unpacks it in the receiver as its global x.
    private void PackAndUnpackAsX(string script)
    {
        JsValue value = _windows.Sender.Evaluate(script);
        Assert.True(Sender.TryPack(value, out PackedMessage packed));
        _windows.Receiver.SetValue("x", (JsValue)Receiver.Unpack(packed)!);
    }
}

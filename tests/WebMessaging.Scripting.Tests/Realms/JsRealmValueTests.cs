using Jint.Native;

namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmValueTests
{
    private readonly TwoWindows _windows = new();

    [Theory]
    [InlineData("undefined", "x === undefined")]
    [InlineData("null", "x === null")]
    [InlineData("true", "x === true")]
    [InlineData("1.5", "x === 1.5")]
    [InlineData("-0", "Object.is(x, -0)")]
    [InlineData("NaN", "Number.isNaN(x)")]
    [InlineData("-Infinity", "x === -Infinity")]
    [InlineData("10n ** 30n", "x === 10n ** 30n")]
    [InlineData("-5n", "x === -5n")]
    [InlineData("'h\\u00e9llo'", "x === 'h\\u00e9llo'")]
    public void Clone_Primitive_KeepsValue(string value, string check)
    {
        _windows.Clone(value);
        _windows.AssertInReceiver(check);
    }

    [Fact]
    public void Clone_StringWithLoneSurrogates_KeepsThem()
    {
        _windows.Clone("'\\uD800a\\uDFFF'");
        _windows.AssertInReceiver("x === '\\uD800a\\uDFFF' && x.length === 3");
    }

    [Theory]
    [InlineData("new Boolean(false)", "x instanceof Boolean && x.valueOf() === false")]
    [InlineData("new Number(-0)", "x instanceof Number && Object.is(x.valueOf(), -0)")]
    [InlineData("Object(12n)", "typeof x === 'object' && x.valueOf() === 12n && Object.getPrototypeOf(x) === BigInt.prototype")]
    [InlineData("(function () { var s = new String('ab'); s.extra = 1; return s; })()", "x instanceof String && x.valueOf() === 'ab' && x.extra === undefined")]
    public void Clone_PrimitiveWrapper_IsReceiversWrapper(string value, string check)
    {
        _windows.Clone(value);
        _windows.AssertInReceiver("typeof x === 'object'");
        _windows.AssertInReceiver(check);
    }

    [Fact]
    public void Clone_Date_IsReceiversDateWithSameTime()
    {
        _windows.Clone("new Date(1234567890123)");
        _windows.AssertInReceiver("x instanceof Date && x.getTime() === 1234567890123");
    }

    [Fact]
    public void Clone_InvalidDate_StaysInvalid()
    {
        _windows.Clone("new Date(NaN)");
        _windows.AssertInReceiver("x instanceof Date && isNaN(x.getTime())");
    }

    [Fact]
    public void Clone_RegExp_KeepsSourceAndFlagsButNotLastIndex()
    {
        _windows.Clone("(function () { var r = /a+(b)/giu; r.lastIndex = 3; r.extra = 1; return r; })()");
        _windows.AssertInReceiver("x instanceof RegExp && x.source === 'a+(b)' && x.flags === 'giu' && x.lastIndex === 0 && x.extra === undefined");
        _windows.AssertInReceiver("x.test('xAAB')");
    }

    [Fact]
    public void Clone_Map_KeepsOrderKeysAndValues()
    {
        _windows.Clone("new Map([[1, 'a'], [{ k: 1 }, 'b'], ['z', [1, 2]]])");
        _windows.AssertInReceiver("x instanceof Map && x.size === 3 && x.get(1) === 'a' && x.get('z')[1] === 2");
        _windows.AssertInReceiver("var keys = [...x.keys()]; keys[0] === 1 && keys[1].k === 1 && keys[2] === 'z' && x.get(keys[1]) === 'b'");
    }

    [Fact]
    public void Clone_Set_KeepsOrder()
    {
        _windows.Clone("new Set(['c', 'a', 3, -0])");
        _windows.AssertInReceiver("x instanceof Set && [...x].join() === 'c,a,3,0'");
    }

    [Fact]
    public void Clone_PlainObject_KeepsPropertyOrderWithIntegerKeysFirst()
    {
        _windows.Clone("({ b: 1, 2: 2, a: 3, 1: 4 })");
        _windows.AssertInReceiver("Object.keys(x).join() === '1,2,b,a' && x.a === 3 && x[1] === 4");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Object.prototype");
    }

    [Fact]
    public void Clone_ObjectOfClass_BecomesPlainObjectOfOwnEnumerableProperties()
    {
        _windows.Clone("class Point { constructor() { this.x = 1; Object.defineProperty(this, 'hidden', { value: 2, enumerable: false }); } get sum() { return 3; } }; var p = new Point(); p[Symbol('s')] = 4; p");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Object.prototype && Reflect.ownKeys(x).join() === 'x' && x.x === 1");
    }

    [Fact]
    public void Clone_ObjectWithOwnProtoKey_KeepsItAsOwnProperty()
    {
        _windows.Clone("JSON.parse('{\"__proto__\": 1, \"a\": 2}')");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Object.prototype && Object.getOwnPropertyDescriptor(x, '__proto__').value === 1 && x.a === 2");
    }

    [Fact]
    public void Clone_IntoReceiverWithSettersOnPrototypes_DefinesOwnPropertiesWithoutCallingThem()
    {
        _windows.Receiver.Execute("var hits = 0; Object.defineProperty(Object.prototype, 'a', { set(v) { hits++; }, configurable: true }); Object.defineProperty(Array.prototype, '0', { set(v) { hits++; }, configurable: true });");
        _windows.Clone("({ a: 1, list: [5] })");
        _windows.AssertInReceiver("hits === 0 && x.hasOwnProperty('a') && x.a === 1 && x.list.hasOwnProperty(0) && x.list[0] === 5");
    }

    [Fact]
    public void Clone_ArrayWithHolesAndExtraProperties_KeepsThem()
    {
        _windows.Clone("var a = [1, , 3]; a.foo = 'bar'; a");
        _windows.AssertInReceiver("x instanceof Array && Array.isArray(x) && x.length === 3 && !(1 in x) && x[0] === 1 && x[2] === 3 && x.foo === 'bar'");
        _windows.AssertInReceiver("Object.keys(x).join() === '0,2,foo'");
    }

    [Fact]
    public void Clone_SparseArray_KeepsLengthWithoutFillingIt()
    {
        _windows.Clone("var a = []; a[100000] = 'end'; a");
        _windows.AssertInReceiver("x.length === 100001 && x[100000] === 'end' && Object.keys(x).length === 1");
    }

    [Fact]
    public void Clone_ArrayWithExtraLength_KeepsTrailingHoles()
    {
        _windows.Clone("var a = [1, 2]; a.length = 5; a");
        _windows.AssertInReceiver("x.length === 5 && !(4 in x) && x[1] === 2");
    }

    [Fact]
    public void Clone_CyclesAndSharedReferences_KeepIdentityInReceiver()
    {
        _windows.Clone("var shared = { n: 1 }; var o = { a: shared, b: shared, list: [shared] }; o.self = o; o.list.push(o.list); o");
        _windows.AssertInReceiver("x.self === x && x.a === x.b && x.list[0] === x.a && x.list[1] === x.list");
    }

    [Fact]
    public void Clone_MapThatContainsItself_KeepsTheCycle()
    {
        _windows.Clone("var m = new Map(); m.set(m, m); m");
        _windows.AssertInReceiver("x.get(x) === x");
    }

    [Fact]
    public void Clone_Value_UsesReceiversIntrinsicsAndLeaksNothingOfTheSender()
    {
        JsValue clone = _windows.Clone("({ list: [], map: new Map(), set: new Set(), date: new Date(0), error: new Error('e'), re: /x/, buf: new ArrayBuffer(1), view: new Uint8Array(1) })");
        _windows.AssertInReceiver("x instanceof Object && x.list instanceof Array && x.map instanceof Map && x.set instanceof Set && x.date instanceof Date");
        _windows.AssertInReceiver("x.error instanceof Error && x.re instanceof RegExp && x.buf instanceof ArrayBuffer && x.view instanceof Uint8Array");
        _windows.Sender.SetValue("y", clone);
        _windows.AssertInSender("!(y instanceof Object) && !(y.list instanceof Array) && !(y.map instanceof Map) && !(y.error instanceof Error)");
    }

    [Fact]
    public void Clone_Getters_RunOnceEachInOrder()
    {
        _windows.Sender.Execute("var log = []; var o = { get b() { log.push('b'); return 2; }, a: 0, get c() { log.push('c'); return { d: 4 }; } };");
        _windows.Clone("o");
        _windows.AssertInSender("log.join() === 'b,c'");
        _windows.AssertInReceiver("Object.getOwnPropertyDescriptor(x, 'b').value === 2 && x.c.d === 4 && Object.keys(x).join() === 'b,a,c'");
    }

    [Fact]
    public void Clone_GetterThatDeletesALaterProperty_SkipsIt()
    {
        _windows.Clone("var o = { get a() { delete o.b; return 1; }, b: 2, c: 3 }; o");
        _windows.AssertInReceiver("x.a === 1 && !('b' in x) && x.c === 3");
    }

    [Fact]
    public void Clone_NestedGetterThatChangesALaterProperty_SeesTheNewValue()
    {
        _windows.Clone("var o = { inner: { get v() { o.after = 'changed'; return 1; } }, after: 'original' }; o");
        _windows.AssertInReceiver("x.inner.v === 1 && x.after === 'changed'");
    }

    [Fact]
    public void Clone_ThrowingGetter_PropagatesTheJavaScriptException()
    {
        _windows.Sender.SetValue("serialize", new Func<JsValue, int>(value =>
        {
            _windows.SenderRealm.Serialize(value);
            return 0;
        }));
        _windows.AssertInSender("var caught; try { serialize({ ok: 1, get bad() { throw new RangeError('boom'); } }); } catch (e) { caught = e; } caught instanceof RangeError && caught.message === 'boom'");
    }

    [Fact]
    public void Serialize_ThrowingGetter_ThrowsJavaScriptException()
    {
        JsValue value = _windows.Sender.Evaluate("({ get bad() { throw new TypeError('nope'); } })");
        var e = Assert.Throws<Jint.Runtime.JavaScriptException>(() => _windows.SenderRealm.Serialize(value));
        Assert.Equal("nope", e.Message);
    }
}

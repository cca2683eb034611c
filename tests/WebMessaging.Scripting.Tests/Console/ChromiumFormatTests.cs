namespace WebMessaging.Scripting.Tests.Console;

/// <summary>
/// console.log output compared with the text headless Chromium 156's DevTools console shows for the
/// same arguments (measured; see docs/console-format.md).
/// </summary>
public sealed class ChromiumFormatTests
{
    private readonly ConsoleTestEngine _console = new();

    [Theory]
    [InlineData("'hello'", "hello")]
    [InlineData("42", "42")]
    [InlineData("-0", "-0")]
    [InlineData("1.5", "1.5")]
    [InlineData("1e21", "1e+21")]
    [InlineData("0.1 + 0.2", "0.30000000000000004")]
    [InlineData("-1e-7", "-1e-7")]
    [InlineData("NaN", "NaN")]
    [InlineData("-Infinity", "-Infinity")]
    [InlineData("123n", "123n")]
    [InlineData("true", "true")]
    [InlineData("null", "null")]
    [InlineData("undefined", "undefined")]
    [InlineData("Symbol('x')", "Symbol(x)")]
    [InlineData("Symbol()", "Symbol()")]
    [InlineData("Symbol.iterator", "Symbol(Symbol.iterator)")]
    [InlineData("'multi\\nline'", "multi\nline")]
    [InlineData("''", "")]
    public void Log_Primitive_PrintsAsChromium(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("{a: 1, b: 'x'}", "{a: 1, b: 'x'}")]
    [InlineData("{a: {b: {c: 1}}}", "{a: {…}}")]
    [InlineData("{a: [1, 2]}", "{a: Array(2)}")]
    [InlineData("{f: function () {}, g: () => 1, h: class {}}", "{f: ƒ, g: ƒ, h: ƒ}")]
    [InlineData("{n: null, u: undefined}", "{n: null, u: undefined}")]
    [InlineData("{a: 1, b: 2, c: 3, d: 4, e: 5}", "{a: 1, b: 2, c: 3, d: 4, e: 5}")]
    [InlineData("{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6}", "{a: 1, b: 2, c: 3, d: 4, e: 5, …}")]
    [InlineData("{'a-b': 1, 1: 2, 'ok_k$': 3, '': 4}", "{1: 2, a-b: 1, ok_k$: 3, \"\": 4}")]
    [InlineData("{[Symbol('k')]: 1, a: 2}", "{a: 2, Symbol(k): 1}")]
    [InlineData("{big: 1n, neg: -0, nan: NaN, inf: -Infinity}", "{big: 1n, neg: -0, nan: NaN, inf: -Infinity}")]
    [InlineData("{d: new Date(0)}", "{d: Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)}")]
    [InlineData("{r: /a/g}", "{r: /a/g}")]
    [InlineData("{m: new Map([[1, 2]]), st: new Set([1])}", "{m: Map(1), st: Set(1)}")]
    [InlineData("{sym: Symbol('s')}", "{sym: Symbol(s)}")]
    [InlineData("{u8: new Uint8Array(2), ab: new ArrayBuffer(4)}", "{u8: Uint8Array(2), ab: ArrayBuffer(4)}")]
    [InlineData("{arr: [1, [2, [3]]], obj: {a: {b: 1}}}", "{arr: Array(2), obj: {…}}")]
    [InlineData("{nested: [[1]], o: {}, e: [], m: new Map()}", "{nested: Array(1), o: {…}, e: Array(0), m: Map(0)}")]
    [InlineData("{0: 'a', 1: 'b', length: 2}", "{0: 'a', 1: 'b', length: 2}")]
    [InlineData("{f: new (class Foo {})()}", "{f: Foo}")]
    [InlineData("{big: 12345678901234567890n}", "{big: 12345678901234567890n}")]
    [InlineData("Object.assign(Object.create(null), {a: 1})", "{a: 1}")]
    [InlineData("Object.assign(Object.create({inherited: 1}), {own: 2})", "{own: 2}")]
    [InlineData("Object.defineProperty({}, 'hidden', {value: 1, enumerable: false})", "{hidden: 1}")]
    [InlineData("new (class Foo { constructor() { this.x = 1; } })()", "Foo {x: 1}")]
    [InlineData("new (class Bar {})()", "Bar {}")]
    [InlineData("Object.assign(new (class Foo {})(), {a: 1, b: 'x'})", "Foo {a: 1, b: 'x'}")]
    public void Log_Object_PrintsChromiumPreview(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Theory]
    [InlineData("{s: \"it's\"}", "{s: \"it's\"}")]
    [InlineData("{q: 'say \"hi\"\\n'}", "{q: 'say \"hi\"\\n'}")]
    [InlineData("{s: 'a\\'b\"c'}", "{s: `a'b\"c`}")]
    [InlineData("{s: 'a\\'b\"c`d'}", "{s: 'a\\'b\"c`d'}")]
    [InlineData("{s: '\\t\\u0001\\r'}", "{s: '\\t\\x01\\r'}")]
    public void Log_StringInsidePreview_QuotesAndEscapesAsChromium(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Fact]
    public void Log_LongStringInsidePreview_KeepsFiftyAndFortyNineCharacters()
    {
        Assert.Equal("{s: '" + new string('x', 100) + "'}", _console.Log("{s: 'x'.repeat(100)}"));
        Assert.Equal("{s: '" + new string('x', 50) + "…" + new string('x', 49) + "'}", _console.Log("{s: 'x'.repeat(101)}"));
        Assert.Equal("['" + new string('y', 50) + "…" + new string('y', 49) + "']", _console.Log("['y'.repeat(101)]"));
    }

    [Theory]
    [InlineData("[]", "[]")]
    [InlineData("[1]", "[1]")]
    [InlineData("[1, 2, 3]", "(3) [1, 2, 3]")]
    [InlineData("['a', 'b']", "(2) ['a', 'b']")]
    [InlineData("[1, [2, [3]]]", "(2) [1, Array(2)]")]
    [InlineData("[{a: 1}]", "[{…}]")]
    [InlineData("[[]]", "[Array(0)]")]
    [InlineData("[[1, 2], {a: 1}]", "(2) [Array(2), {…}]")]
    [InlineData("[, 1, , 2]", "(4) [empty, 1, empty, 2]")]
    [InlineData("new Array(5)", "(5) [empty × 5]")]
    [InlineData("Object.assign([1, 2], {x: 1})", "(2) [1, 2, x: 1]")]
    [InlineData("[undefined, null, -0, 1n, 'q']", "(5) [undefined, null, -0, 1n, 'q']")]
    [InlineData("[0.1, -0]", "(2) [0.1, -0]")]
    [InlineData("Array.from({length: 6}, (_, i) => ({i}))", "(6) [{…}, {…}, {…}, {…}, {…}, {…}]")]
    public void Log_Array_PrintsChromiumPreview(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Fact]
    public void Log_ArrayLongerThanHundred_ShowsHundredElementsAndEllipsis()
    {
        var expected = "(200) [" + string.Join(", ", Enumerable.Range(0, 100)) + ", …]";
        Assert.Equal(expected, _console.Log("Array.from({length: 200}, (_, i) => i)"));
        Assert.Equal(expected.Replace("(200)", "(101)", StringComparison.Ordinal), _console.Log("Array.from({length: 101}, (_, i) => i)"));
    }

    [Theory]
    [InlineData("new Map([['a', 1]])", "Map(1) {'a' => 1}")]
    [InlineData("new Map([[{a: 1}, [1]]])", "Map(1) {{…} => Array(1)}")]
    [InlineData("new Map()", "Map(0) {size: 0}")]
    [InlineData("new Set([1, 2])", "Set(2) {1, 2}")]
    [InlineData("new Set()", "Set(0) {size: 0}")]
    [InlineData("new Set([{a: 1}, [1]])", "Set(2) {{…}, Array(1)}")]
    [InlineData("new Set(Array.from({length: 10}, (_, i) => i))", "Set(10) {0, 1, 2, 3, 4, …}")]
    [InlineData("new Map(Array.from({length: 7}, (_, i) => [i, 'v' + i]))", "Map(7) {0 => 'v0', 1 => 'v1', 2 => 'v2', 3 => 'v3', 4 => 'v4', …}")]
    [InlineData("new WeakMap()", "WeakMap {}")]
    [InlineData("new WeakSet()", "WeakSet {}")]
    public void Log_MapAndSet_PrintsEntriesAsChromium(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Theory]
    [InlineData("new Uint8Array([1, 2, 3])", "Uint8Array(3) [1, 2, 3, buffer: ArrayBuffer(3), byteLength: 3, byteOffset: 0, length: 3, Symbol(Symbol.toStringTag): 'Uint8Array']")]
    [InlineData("new Float64Array(2)", "Float64Array(2) [0, 0, buffer: ArrayBuffer(16), byteLength: 16, byteOffset: 0, length: 2, Symbol(Symbol.toStringTag): 'Float64Array']")]
    [InlineData("new BigInt64Array(1)", "BigInt64Array [0n, buffer: ArrayBuffer(8), byteLength: 8, byteOffset: 0, length: 1, Symbol(Symbol.toStringTag): 'BigInt64Array']")]
    [InlineData("new Float32Array([1.5, -0, NaN])", "Float32Array(3) [1.5, -0, NaN, buffer: ArrayBuffer(12), byteLength: 12, byteOffset: 0, length: 3, Symbol(Symbol.toStringTag): 'Float32Array']")]
    [InlineData("new ArrayBuffer(8)", "ArrayBuffer(8)")]
    [InlineData("new DataView(new ArrayBuffer(4))", "DataView(4)")]
    public void Log_BinaryData_PrintsAsChromium(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Fact]
    public void Log_LongTypedArray_ShowsHundredElementsAndNoAccessors()
    {
        var expected = "Uint8Array(200) [" + string.Join(", ", Enumerable.Repeat(0, 100)) + ", …]";
        Assert.Equal(expected, _console.Log("new Uint8Array(200)"));
    }

    [Theory]
    [InlineData("function foo(a) { return a; }", "ƒ foo(a) { return a; }")]
    [InlineData("function foo(a,b){return a}", "ƒ foo(a,b){return a}")]
    [InlineData("(function () {})", "ƒ () {}")]
    [InlineData("() => 1", "() => 1")]
    [InlineData("x => x", "x => x")]
    [InlineData("async () => 1", "async () => 1")]
    [InlineData("async function af() {}", "async ƒ af() {}")]
    [InlineData("function* gen() {}", "ƒ* gen() {}")]
    [InlineData("class Foo { constructor() { this.x = 1; } }", "class Foo { constructor() { this.x = 1; } }")]
    [InlineData("({m(a) {}}).m", "ƒ m(a) {}")]
    [InlineData("({ *g() {} }).g", "ƒ* g() {}")]
    [InlineData("({ async m() {} }).m", "ƒ async m() {}")]
    [InlineData("Math.max", "ƒ max() { [native code] }")]
    public void Log_Function_PrintsDevToolsTitle(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Theory]
    [InlineData("new Date(0)", "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("/a+/gi", "/a+/gi")]
    [InlineData("(() => { const e = new Error('nostack'); Object.defineProperty(e, 'stack', {value: undefined}); return e; })()", "Error: nostack")]
    [InlineData("new String('s')", "String {'s'}")]
    [InlineData("new Number(1)", "Number {1}")]
    [InlineData("new Boolean(false)", "Boolean {false}")]
    [InlineData("Object(1n)", "BigInt {1n}")]
    [InlineData("Object(Symbol('b'))", "Symbol {Symbol(b), description: 'b'}")]
    [InlineData("(function () { return arguments; })(1, 2)", "Arguments(2) [1, 2, callee: ƒ, Symbol(Symbol.iterator): ƒ]")]
    public void Log_BuiltInObject_PrintsAsChromium(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Fact]
    public void Log_Error_PrintsNameMessageThenStackFrames()
    {
        var text = _console.Log("new TypeError('t')");

        Assert.StartsWith("TypeError: t\n    at ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(() => { const o = {}; o.self = o; return o; })()", "{self: {…}}")]
    [InlineData("(() => { const a = []; a.push(a); return a; })()", "[Array(1)]")]
    [InlineData("(() => { const o = {a: {}}; o.a.back = o; return o; })()", "{a: {…}}")]
    public void Log_Cycle_StopsAtPreviewDepth(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Theory]
    [InlineData("{get g() { return 1; }, set s(v) {}}", "{}")]
    [InlineData("{a: 1, get b() { return 2; }}", "{a: 1}")]
    [InlineData("Object.defineProperty({v: 1}, 'acc', {get() { return 1; }, enumerable: true})", "{v: 1}")]
    public void Log_ScriptGetter_IsLeftOutOfPreview(string argument, string expected) =>
        Assert.Equal(expected, _console.Log(argument));

    [Fact]
    public void Log_ObjectWithGetter_DoesNotRunTheGetter()
    {
        _console.Run("var calls = 0; console.log({get g() { calls++; return 1; }});");

        Assert.Equal("0", _console.Engine.Evaluate("calls").ToString());
    }
}

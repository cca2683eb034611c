using Jint;
using Jint.Native;
using Jint.Runtime;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class WebIdlConversionsTests
{
    private const string Context = "Failed to execute 'f' on 'I': parameter 1";

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData("NaN", 0)]
    [InlineData("Infinity", 0)]
    [InlineData("2 ** 32 + 5", 5)]
    [InlineData("2 ** 31", -2147483648)]
    [InlineData("-1.9", -1)]
    [InlineData("'12'", 12)]
    public void ToLong_WithoutAttributes_WrapsModulo2To32(string script, int expected)
    {
        using var host = new ScriptHost();
        Assert.Equal(expected, WebIdlConversions.ToLong(host.Engine, host.Run(script), Context));
    }

    [Theory]
    [InlineData("-1", 4294967295u)]
    [InlineData("2 ** 32", 0u)]
    [InlineData("3.7", 3u)]
    public void ToUnsignedLong_WithoutAttributes_WrapsModulo2To32(string script, uint expected)
    {
        using var host = new ScriptHost();
        Assert.Equal(expected, WebIdlConversions.ToUnsignedLong(host.Engine, host.Run(script), Context));
    }

    [Theory]
    [InlineData("-5", (ushort)0)]
    [InlineData("70000", (ushort)65535)]
    [InlineData("2.5", (ushort)2)]
    [InlineData("3.5", (ushort)4)]
    [InlineData("NaN", (ushort)0)]
    public void ToUnsignedShort_WithClamp_ClampsAndRoundsHalfToEven(string script, ushort expected)
    {
        using var host = new ScriptHost();
        Assert.Equal(expected, WebIdlConversions.ToUnsignedShort(host.Engine, host.Run(script), Context, IntegerConversion.Clamp));
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("-Infinity")]
    [InlineData("2 ** 31")]
    [InlineData("-(2 ** 31) - 1")]
    public void ToLong_WithEnforceRange_ThrowsTypeErrorOutOfRange(string script)
    {
        using var host = new ScriptHost();
        var thrown = Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToLong(host.Engine, host.Run(script), Context, IntegerConversion.EnforceRange));
        Assert.Equal("TypeError", thrown.Error.Get("name").ToString());
        Assert.StartsWith(Context, thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToLong_WithEnforceRange_TruncatesInRangeValues()
    {
        using var host = new ScriptHost();
        Assert.Equal(-3, WebIdlConversions.ToLong(host.Engine, host.Run("-3.9"), Context, IntegerConversion.EnforceRange));
    }

    [Fact]
    public void ToDouble_OfNaN_ThrowsTypeError_ButUnrestrictedDoubleKeepsIt()
    {
        using var host = new ScriptHost();
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToDouble(host.Engine, host.Run("NaN"), Context));
        Assert.True(double.IsNaN(WebIdlConversions.ToUnrestrictedDouble(host.Run("NaN"))));
        Assert.Equal(1.5, WebIdlConversions.ToDouble(host.Engine, host.Run("'1.5'"), Context));
    }

    [Fact]
    public void ToDomString_OfSymbol_ThrowsTypeError_AndCallsToStringOfObjects()
    {
        using var host = new ScriptHost();
        var thrown = Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToDomString(host.Engine, host.Run("Symbol('s')"), Context));
        Assert.Equal("TypeError", thrown.Error.Get("name").ToString());
        Assert.Equal("custom", WebIdlConversions.ToDomString(host.Engine, host.Run("({ toString() { return 'custom'; } })"), Context));
        Assert.Equal("null", WebIdlConversions.ToDomString(host.Engine, JsValue.Null, Context));
        Assert.Equal("TypeError: Failed to construct 'Event': parameter 1 is a Symbol, which cannot be converted to a string.", host.Thrown("new Event(Symbol())"));
    }

    [Fact]
    public void ToUsvString_ReplacesLoneSurrogatesOnly()
    {
        using var host = new ScriptHost();
        Assert.Equal("a\uFFFDb\uD83D\uDE00\uFFFD", WebIdlConversions.ToUsvString(host.Engine, host.Run("'a\\uD800b\\uD83D\\uDE00\\uDC00'"), Context));
    }

    [Fact]
    public void ToBoolean_FollowsJavaScriptTruthiness()
    {
        using var host = new ScriptHost();
        Assert.False(WebIdlConversions.ToBoolean(host.Run("''")));
        Assert.True(WebIdlConversions.ToBoolean(host.Run("({})")));
        Assert.False(WebIdlConversions.ToBoolean(JsValue.Undefined));
    }

    [Fact]
    public void ToObject_OfPrimitive_ThrowsTypeError()
    {
        using var host = new ScriptHost();
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToObject(host.Engine, host.Run("'text'"), Context));
        Assert.NotNull(WebIdlConversions.ToObject(host.Engine, host.Run("[]"), Context));
    }

    [Fact]
    public void ToCallbackFunction_OfNonCallable_ThrowsTypeError_ButLegacyNullableKeepsObjects()
    {
        using var host = new ScriptHost();
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToCallbackFunction(host.Engine, host.Run("({})"), Context));
        Assert.NotNull(WebIdlConversions.ToCallbackFunction(host.Engine, host.Run("(() => 1)"), Context));
        Assert.NotNull(WebIdlConversions.ToLegacyNullableCallbackFunction(host.Run("({})")));
        Assert.Null(WebIdlConversions.ToLegacyNullableCallbackFunction(host.Run("'f'")));
    }

    [Fact]
    public void ToSequence_ReadsAnyIterable_AndRejectsNonIterables()
    {
        using var host = new ScriptHost();
        List<string> fromGenerator = WebIdlConversions.ToSequence(host.Engine, host.Run("(function* () { yield 'a'; yield 2; })()"), Context, (value, _) => WebIdlConversions.ToDomString(host.Engine, value, Context));
        Assert.Equal(["a", "2"], fromGenerator);
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToSequence(host.Engine, host.Run("({ length: 1, 0: 'a' })"), Context, (value, _) => value));
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToSequence(host.Engine, host.Run("'abc'"), Context, (value, _) => value));
    }

    [Fact]
    public void ToDictionary_OfPrimitive_ThrowsTypeError_AndNullishHasNoMembers()
    {
        using var host = new ScriptHost();
        Assert.Throws<JavaScriptException>(() => WebIdlConversions.ToDictionary(host.Engine, host.Run("true"), Context));
        Assert.Null(WebIdlConversions.ToDictionary(host.Engine, JsValue.Null, Context));
        Assert.True(WebIdlConversions.GetDictionaryMember(null, "capture").IsUndefined());
    }

    [Fact]
    public void UnionOfBooleanOrDictionary_TreatsPrimitivesAsCaptureFlag()
    {
        using var host = new ScriptHost();
        Assert.Equal("capture", host.Text("""
            const t = new EventTarget(); const log = [];
            t.addEventListener('x', () => log.push('capture'), 'yes');
            t.removeEventListener('x', () => {}, 1);
            t.dispatchEvent(new Event('x'));
            log.join()
            """));
    }

    [Fact]
    public void CreateFrozenArray_IsAFrozenArrayOfTheRealm()
    {
        using var host = new ScriptHost();
        host.Engine.Global.Set("frozen", WebIdlConversions.CreateFrozenArray(host.Engine, [new JsString("a"), JsNumber.Create(1)]));
        Assert.Equal("true,true,2,a", host.Text("[Array.isArray(frozen), Object.isFrozen(frozen), frozen.length, frozen[0]].join()"));
    }
}

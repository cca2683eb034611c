namespace WebMessaging.Scripting.Tests.Console;

/// <summary>The Console standard's Formatter, checked against Chromium 156's output for the same calls.</summary>
public sealed class FormatSpecifierTests
{
    private readonly ConsoleTestEngine _console = new();

    [Theory]
    [InlineData("'%s is %d', 'x', 42", "x is 42")]
    [InlineData("'%i', 4.7", "4")]
    [InlineData("'%i', -4.7", "-4")]
    [InlineData("'%d', '42'", "42")]
    [InlineData("'%d', '12abc'", "12")]
    [InlineData("'%d', 1n", "1")]
    [InlineData("'%d', {}", "NaN")]
    [InlineData("'%d', Symbol('q')", "NaN")]
    [InlineData("'%f', '3.5'", "3.5")]
    [InlineData("'%f', 3.5", "3.5")]
    [InlineData("'%o', {a: 1}", "{a: 1}")]
    [InlineData("'%o', [1, 2]", "(2) [1, 2]")]
    [InlineData("'%o', 'str'", "'str'")]
    [InlineData("'%o', -0", "-0")]
    [InlineData("'%o', function f() {}", "ƒ f() {}")]
    [InlineData("'%O', {a: 1}", "Object")]
    [InlineData("'%O', [1, {a: 1}]", "Array(2)")]
    [InlineData("'%O', 'str'", "str")]
    [InlineData("'%c styled', 'color: red'", " styled")]
    [InlineData("'100%%'", "100%")]
    [InlineData("'%d%%', 50", "50%")]
    [InlineData("'%%s', 1", "%s 1")]
    [InlineData("'%s %s', 'a'", "a %s")]
    [InlineData("'%s'", "%s")]
    [InlineData("'%c'", "%c")]
    [InlineData("'%x %s', 'y'", "%x y")]
    [InlineData("'%', 1", "% 1")]
    [InlineData("'%5d', 1", "%5d 1")]
    [InlineData("'%.2f', 1.234", "%.2f 1.234")]
    [InlineData("'%_', 1", "")]
    [InlineData("'%s', {a: 1}", "[object Object]")]
    [InlineData("'%s', [1, 2]", "1,2")]
    [InlineData("'%s', Symbol('q')", "Symbol(q)")]
    [InlineData("'%s', -0", "0")]
    [InlineData("'%s', 1n", "1")]
    [InlineData("'%s', null", "null")]
    [InlineData("'%s', undefined", "undefined")]
    [InlineData("'%s', function f() {}", "function f() {}")]
    [InlineData("'%s', new Date(0)", "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)")]
    [InlineData("'%s', new Map([[1, 2]])", "[object Map]")]
    [InlineData("'%s', new (class Foo {})()", "[object Object]")]
    [InlineData("'%s', 'a', 'extra', 3", "a extra 3")]
    [InlineData("'%o', 'a', 'b'", "'a' b")]
    public void Log_WithFormatSpecifier_SubstitutesAsChromium(string arguments, string expected) =>
        Assert.Equal(expected, _console.Log(arguments));

    [Theory]
    [InlineData("'a', 'b', 1, {c: 2}", "a b 1 {c: 2}")]
    [InlineData("'a', {b: 'c'}, 'd'", "a {b: 'c'} d")]
    [InlineData("'a', ''", "a ")]
    [InlineData("1, 'a'", "1 'a'")]
    [InlineData("{a: 1}, 'b'", "{a: 1} 'b'")]
    [InlineData("null, 'x'", "null 'x'")]
    [InlineData("1, '%s', 'z'", "1 '%s' 'z'")]
    public void Log_SeveralArguments_JoinsWithSpacesQuotingStringsUnlessFirstIsString(string arguments, string expected) =>
        Assert.Equal(expected, _console.Log(arguments));

    [Fact]
    public void Log_SubstitutedText_IsNotScannedAgain()
    {
        Assert.Equal("%d 5", _console.Log("'%s %d', '%d', 5"));
    }

    [Fact]
    public void Log_SpecifierArgumentWithToString_CallsItOnce()
    {
        _console.Run("var calls = 0; console.log('%s', {toString() { calls++; return 'T'; }});");

        Assert.Equal("T", _console.Messages[0].Text);
        Assert.Equal("1", _console.Engine.Evaluate("calls").ToString());
    }

    [Fact]
    public void Log_AfterPageReplacesParseInt_StillUsesTheIntrinsic()
    {
        Assert.Equal("12", _console.Log("(globalThis.parseInt = () => 99, '%d'), '12.5'"));
    }
}

using WebMessaging.Scripting.Console;

namespace WebMessaging.Scripting.Tests.Console;

/// <summary>The console namespace's methods: levels, groups, counters, timers and call locations.</summary>
public sealed class JsConsoleTests
{
    private readonly ConsoleTestEngine _console = new();

    [Theory]
    [InlineData("log", ConsoleLogLevel.Log, ChromiumConsoleLevel.Info)]
    [InlineData("info", ConsoleLogLevel.Info, ChromiumConsoleLevel.Info)]
    [InlineData("warn", ConsoleLogLevel.Warn, ChromiumConsoleLevel.Warning)]
    [InlineData("error", ConsoleLogLevel.Error, ChromiumConsoleLevel.Error)]
    [InlineData("debug", ConsoleLogLevel.Debug, ChromiumConsoleLevel.Verbose)]
    [InlineData("dirxml", ConsoleLogLevel.Log, ChromiumConsoleLevel.Info)]
    [InlineData("trace", ConsoleLogLevel.Log, ChromiumConsoleLevel.Info)]
    [InlineData("table", ConsoleLogLevel.Log, ChromiumConsoleLevel.Info)]
    public void Method_PrintsAtItsLevel(string method, ConsoleLogLevel level, ChromiumConsoleLevel chromiumLevel)
    {
        var message = Assert.Single(_console.Run("console." + method + "('x', 1);"));

        Assert.Equal(method, message.Method);
        Assert.Equal(level, message.Level);
        Assert.Equal(chromiumLevel, message.ChromiumLevel);
        Assert.StartsWith("x", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_WithoutArguments_PrintsNothing()
    {
        Assert.Empty(_console.Run("console.log(); console.info();"));
    }

    [Fact]
    public void Log_RecordsArgumentCountAndCallerLocation()
    {
        var message = Assert.Single(_console.Run("var a = 1;\n  console.log('v', a, {});", "https://a.test/app.js"));

        Assert.Equal(3, message.ArgumentCount);
        Assert.NotNull(message.Location);
        Assert.Equal(("https://a.test/app.js", 2), (message.Location.Url, message.Location.Line));
    }

    [Fact]
    public void Log_InsideFunction_RecordsLocationOfTheCall()
    {
        var message = Assert.Single(_console.Run("function f() {\n    console.log('in f');\n}\nf();", "https://a.test/f.js"));

        Assert.Equal(new ConsoleSourceLocation("https://a.test/f.js", 2, 5), message.Location);
    }

    [Theory]
    [InlineData("console.assert(false, 'as %d', 1)", "Assertion failed: as 1")]
    [InlineData("console.assert(false)", "Assertion failed: console.assert")]
    [InlineData("console.assert(false, {a: 1})", "Assertion failed: {a: 1}")]
    [InlineData("console.assert(0, 'x', 'y')", "Assertion failed: x y")]
    public void Assert_WhenFalse_PrintsChromiumsErrorText(string call, string expected)
    {
        var message = Assert.Single(_console.Run(call));

        Assert.Equal(expected, message.Text);
        Assert.Equal(ConsoleLogLevel.Error, message.Level);
    }

    [Fact]
    public void Assert_WhenTrue_PrintsNothing()
    {
        Assert.Empty(_console.Run("console.assert(true, 'no'); console.assert(1);"));
    }

    [Theory]
    [InlineData("console.trace('tr')", "tr")]
    [InlineData("console.trace()", "console.trace")]
    [InlineData("console.table('x')", "x")]
    [InlineData("console.table([{a: 1}])", "[{…}]")]
    [InlineData("console.dir({a: 1})", "Object")]
    [InlineData("console.dir('s')", "s")]
    [InlineData("console.dirxml({a: 1})", "{a: 1}")]
    [InlineData("console.group()", "console.group")]
    [InlineData("console.groupCollapsed('gc', 2)", "gc 2")]
    public void Method_PrintsChromiumsText(string call, string expected)
    {
        Assert.Equal(expected, Assert.Single(_console.Run(call)).Text);
    }

    [Fact]
    public void Group_IndentsMessagesUntilGroupEnd()
    {
        var messages = _console.Run("""
            console.group('g');
            console.log('in');
            console.groupCollapsed('gc');
            console.log('in2');
            console.groupEnd();
            console.groupEnd();
            console.groupEnd();
            console.log('out');
            """);

        Assert.Equal(["g", "  in", "  gc", "    in2", "out"], messages.Select(m => m.IndentedText));
        Assert.Equal([0, 1, 1, 2, 0], messages.Select(m => m.GroupDepth));
        Assert.Equal(0, _console.Console.GroupDepth);
    }

    [Fact]
    public void Clear_EmptiesTheGroupStack()
    {
        var messages = _console.Run("console.group('g'); console.clear(); console.log('after');");

        Assert.Equal(0, messages[^1].GroupDepth);
    }

    [Fact]
    public void Count_CountsPerLabelAndResets()
    {
        var messages = _console.Run("""
            console.count();
            console.count('k');
            console.count();
            console.countReset();
            console.count();
            console.count(undefined);
            console.count({});
            console.countReset('nope');
            """);

        Assert.Equal(
            ["default: 1", "k: 1", "default: 2", "default: 1", "default: 2", "[object Object]: 1", "Count for 'nope' does not exist"],
            messages.Select(m => m.Text));
        Assert.Equal(ConsoleLogLevel.Info, messages[0].Level);
        Assert.Equal(ConsoleLogLevel.Warn, messages[^1].Level);
    }

    [Fact]
    public void Time_MeasuresOnTheSuppliedClock()
    {
        _console.Engine.SetValue("advance", new Action<double>(ms => _console.Now += ms));

        var messages = _console.Run("""
            console.time('t');
            advance(1.5);
            console.timeLog('t', 'x', {a: 1});
            advance(2);
            console.timeEnd('t');
            console.timeEnd('t');
            console.time();
            console.time();
            console.timeLog('nope');
            """);

        Assert.Equal(
            ["t: 1.5 ms x {a: 1}", "t: 3.5 ms", "Timer 't' does not exist", "Timer 'default' already exists", "Timer 'nope' does not exist"],
            messages.Select(m => m.Text));
        Assert.Equal(["timeLog", "timeEnd", "timeEnd", "time", "timeLog"], messages.Select(m => m.Method));
        Assert.Equal(ConsoleLogLevel.Info, messages[1].Level);
        Assert.Equal(ConsoleLogLevel.Warn, messages[2].Level);
    }

    [Fact]
    public void Install_DefinesConsoleAsNonEnumerableGlobal()
    {
        Assert.Equal("false,function,true", _console.Engine.Evaluate(
            "[Object.keys(globalThis).includes('console'), typeof console.log, Object.keys(console).includes('timeEnd')].join()").ToString());
    }

    [Fact]
    public void Install_WithNullSink_ThrowsArgumentNullException()
    {
        var error = Assert.Throws<ArgumentNullException>(() => JsConsole.Install(new Jint.Engine(), null!));

        Assert.Equal("sink", error.ParamName);
    }
}

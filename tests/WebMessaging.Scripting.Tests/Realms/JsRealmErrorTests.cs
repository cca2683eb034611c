namespace WebMessaging.Scripting.Tests.Realms;

public sealed class JsRealmErrorTests
{
    private readonly TwoWindows _windows = new();

    [Theory]
    [InlineData("Error")]
    [InlineData("EvalError")]
    [InlineData("RangeError")]
    [InlineData("ReferenceError")]
    [InlineData("SyntaxError")]
    [InlineData("TypeError")]
    [InlineData("URIError")]
    public void Clone_NativeError_IsReceiversErrorOfSameTypeWithMessageAndCause(string type)
    {
        _windows.Clone($"new {type}('m', {{ cause: {{ why: 5 }} }})");
        _windows.AssertInReceiver($"x instanceof {type} && Object.getPrototypeOf(x) === {type}.prototype && x.name === '{type}' && !x.hasOwnProperty('name')");
        _windows.AssertInReceiver("x.message === 'm' && x.cause.why === 5");
        _windows.AssertInReceiver("var d = Object.getOwnPropertyDescriptor(x, 'message'); d.writable && !d.enumerable && d.configurable");
        _windows.AssertInReceiver("var c = Object.getOwnPropertyDescriptor(x, 'cause'); c.writable && !c.enumerable && c.configurable");
    }

    [Fact]
    public void Clone_ErrorWithoutMessageOrCause_HasNeither()
    {
        _windows.Clone("new TypeError()");
        _windows.AssertInReceiver("x instanceof TypeError && !x.hasOwnProperty('message') && x.message === '' && !('cause' in x)");
    }

    [Fact]
    public void Clone_ErrorSubclass_TakesItsNameFromThePrototypeChain()
    {
        _windows.Clone("class Mine extends RangeError {}; new Mine('sub')");
        _windows.AssertInReceiver("x instanceof RangeError && x.name === 'RangeError' && x.message === 'sub'");
    }

    [Fact]
    public void Clone_ErrorSubclassNamingAnotherNativeError_BecomesThatError()
    {
        _windows.Clone("class Mine extends Error {}; Mine.prototype.name = 'URIError'; new Mine('renamed')");
        _windows.AssertInReceiver("x instanceof URIError && x.name === 'URIError'");
    }

    [Fact]
    public void Clone_ErrorWithUnknownName_BecomesError()
    {
        _windows.Clone("var e = new TypeError('t'); e.name = 'CustomError'; e");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Error.prototype && x.name === 'Error' && x.message === 't'");
    }

    [Fact]
    public void Clone_ErrorWithNameGetter_RunsItOnce()
    {
        _windows.Sender.Execute("var calls = 0; var e = new Error('g'); Object.defineProperty(e, 'name', { get() { calls++; return 'SyntaxError'; } });");
        _windows.Clone("e");
        _windows.AssertInSender("calls === 1");
        _windows.AssertInReceiver("x instanceof SyntaxError");
    }

    [Fact]
    public void Clone_ErrorWithMessageAccessor_DropsTheMessage()
    {
        _windows.Clone("var e = new Error('data'); Object.defineProperty(e, 'message', { get() { return 'accessor'; } }); e");
        _windows.AssertInReceiver("!x.hasOwnProperty('message')");
    }

    [Fact]
    public void Clone_ErrorWithObjectMessage_ConvertsItToString()
    {
        _windows.Clone("var e = new Error(); e.message = { toString() { return 'from toString'; } }; e");
        _windows.AssertInReceiver("x.message === 'from toString'");
    }

    [Fact]
    public void Clone_ErrorWithOwnStack_KeepsTheStack()
    {
        _windows.Clone("var e = new Error('s'); Object.defineProperty(e, 'stack', { value: 'custom stack', writable: true, configurable: true }); e");
        _windows.AssertInReceiver("x.stack === 'custom stack' && !Object.getOwnPropertyDescriptor(x, 'stack').enumerable");
    }

    [Fact]
    public void Clone_ThrownError_KeepsSendersStackText()
    {
        _windows.Clone("function thrower() { throw new Error('deep'); } var caught; try { thrower(); } catch (e) { caught = e; } caught");
        _windows.AssertInReceiver("typeof x.stack === 'string' && x.stack.indexOf('thrower') >= 0");
    }

    [Fact]
    public void Clone_ErrorThatIsItsOwnCause_KeepsTheCycle()
    {
        _windows.Clone("var e = new Error('loop'); e.cause = e; e");
        _windows.AssertInReceiver("x.cause === x");
    }

    [Fact]
    public void Clone_ErrorPrototype_IsAPlainObject()
    {
        _windows.Clone("Error.prototype");
        _windows.AssertInReceiver("Object.getPrototypeOf(x) === Object.prototype && !(x instanceof Error)");
    }
}

using WebMessaging.Scripting.Bindings.Dom;

namespace WebMessaging.Scripting.Tests.Bindings;

public sealed class DomExceptionTests
{
    [Theory]
    [InlineData("IndexSizeError", 1)]
    [InlineData("InvalidStateError", 11)]
    [InlineData("SyntaxError", 12)]
    [InlineData("AbortError", 20)]
    [InlineData("TimeoutError", 23)]
    [InlineData("DataCloneError", 25)]
    [InlineData("NotAllowedError", 0)]
    [InlineData("MadeUpError", 0)]
    public void Code_OfName_IsTheLegacyCode(string name, int code)
    {
        using var host = new ScriptHost();
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), host.Text($"new DOMException('m', '{name}').code"));
    }

    [Fact]
    public void Constructor_WithoutArguments_HasEmptyMessageAndNameError()
    {
        using var host = new ScriptHost();
        Assert.Equal("Error||0", host.Text("const d = new DOMException(); [d.name, d.message, d.code].join('|')"));
    }

    [Fact]
    public void Instance_IsAnErrorByPrototypeChain_WithDomExceptionTag()
    {
        using var host = new ScriptHost();
        Assert.Equal("true,true,[object DOMException],25,25,false", host.Text("""
            const d = new DOMException('m', 'DataCloneError');
            [d instanceof Error, d instanceof DOMException, Object.prototype.toString.call(d),
             DOMException.DATA_CLONE_ERR, d.DATA_CLONE_ERR,
             Object.getOwnPropertyDescriptor(DOMException, 'DATA_CLONE_ERR').writable].join()
            """));
    }

    [Fact]
    public void CoreDomException_ThrownByCore_BecomesDomExceptionWithSameNameAndMessage()
    {
        using var host = new ScriptHost();
        string result = host.Text("""
            const t = new EventTarget();
            const e = new Event('x');
            let inner;
            t.addEventListener('x', () => { try { t.dispatchEvent(e); } catch (err) { inner = err; } });
            t.dispatchEvent(e);
            [inner instanceof DOMException, inner.name, inner.code, inner.message].join('|')
            """);
        Assert.Equal("true|InvalidStateError|11|The \"x\" event is already being dispatched.", result);
    }

    [Fact]
    public void CoreDomException_WrapsAsDomExceptionObject()
    {
        using var host = new ScriptHost();
        var core = new DataCloneException("cannot clone a function");
        var wrapper = Assert.IsType<DomExceptionObject>(host.Realm.GetWrapper(core));
        Assert.Equal("DataCloneError", wrapper.Name);
        Assert.Same(core, wrapper.Exception);
    }
}

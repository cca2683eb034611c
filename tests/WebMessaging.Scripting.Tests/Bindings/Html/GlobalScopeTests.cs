using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class GlobalScopeTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public GlobalScopeTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void Timers_RunInDueOrder_WithArgumentsAndThis()
    {
        _pages.Run(_top, "var log = []; setTimeout((a, b) => log.push('20:' + a + b), 20, 'x', 'y'); setTimeout(function () { log.push('10:' + (this === window)); }, 10); setTimeout(() => log.push('0'));");
        _pages.RunUntilIdle();

        Assert.Equal("0,10:true,20:xy", _pages.Text(_top, "log.join()"));
    }

    [Fact]
    public void ClearTimeout_CancelsTheTimer_AndIdsArePositive()
    {
        _pages.Run(_top, "var log = []; var id = setTimeout(() => log.push('no'), 5); var other = setTimeout(() => log.push('yes'), 6); clearTimeout(id);");
        _pages.RunUntilIdle();

        Assert.Equal("yes|true", _pages.Text(_top, "log.join() + '|' + (id > 0 && other > id)"));
    }

    [Fact]
    public void SetTimeout_WithAString_CompilesAndRunsIt()
    {
        _pages.Run(_top, "var ran = 0; setTimeout('ran = ran + 1', 1);");
        _pages.RunUntilIdle();

        Assert.Equal("1", _pages.Text(_top, "ran"));
    }

    [Fact]
    public void SetInterval_RepeatsUntilCleared()
    {
        _pages.Run(_top, "var ticks = 0; var id = setInterval(() => { if (++ticks === 3) clearInterval(id); }, 10);");
        _pages.RunUntilIdle();

        Assert.Equal("3", _pages.Text(_top, "ticks"));
    }

    [Fact]
    public void TimerCallback_ThatThrows_IsReportedAndTheLoopGoesOn()
    {
        _pages.Run(_top, "var after = false; setTimeout(() => { throw new Error('timer boom'); }, 1); setTimeout(() => after = true, 2);");
        _pages.RunUntilIdle();

        Assert.Equal("true", _pages.Text(_top, "after"));
        Assert.Contains(_pages.Reported, reported => reported.Exception.Message.Contains("timer boom", StringComparison.Ordinal));
    }

    [Fact]
    public void QueueMicrotask_RunsInOneOrderWithPromiseReactions()
    {
        _pages.Run(_top, "var log = []; Promise.resolve().then(() => log.push('p1')); queueMicrotask(() => log.push('m1')); Promise.resolve().then(() => log.push('p2')); log.push('sync');");

        Assert.Equal("sync,p1,m1,p2", _pages.Text(_top, "log.join()"));
    }

    [Fact]
    public void QueueMicrotask_CallbackThatThrows_IsReported()
    {
        _pages.Run(_top, "var after = false; queueMicrotask(() => { throw new Error('micro boom'); }); queueMicrotask(() => after = true);");

        Assert.Equal("true", _pages.Text(_top, "after"));
        Assert.Contains(_pages.Reported, reported => reported.Exception.Message.Contains("micro boom", StringComparison.Ordinal));
    }

    [Fact]
    public void QueueMicrotask_WithANonFunction_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "queueMicrotask(5)"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("btoa('hello')", "aGVsbG8=")]
    [InlineData("btoa('')", "")]
    [InlineData("btoa('\\u00ff\\u00fe')", "//4=")]
    [InlineData("atob('aGVsbG8=')", "hello")]
    [InlineData("atob(' aGVs bG8 ')", "hello")]
    [InlineData("atob('aGVsbG8')", "hello")]
    [InlineData("atob('YQ')", "a")]
    [InlineData("atob('')", "")]
    [InlineData("atob('//4=').charCodeAt(0)", "255")]
    public void Base64_RoundTripsForgivingly(string script, string expected)
    {
        Assert.Equal(expected, _pages.Text(_top, script));
    }

    [Theory]
    [InlineData("btoa('\\u0100')")]
    [InlineData("atob('a')")]
    [InlineData("atob('ab=c')")]
    [InlineData("atob('a===')")]
    [InlineData("atob('@@@@')")]
    public void Base64_InvalidInput_ThrowsInvalidCharacterError(string script)
    {
        Assert.StartsWith("InvalidCharacterError: ", _pages.Thrown(_top, script), StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredClone_RoundTripsGraphsInTheSameRealm()
    {
        Assert.Equal(
            "true|true|true|2|x|true",
            _pages.Text(_top, "const o = { m: new Map([[1, 'x']]), s: new Set([1, 2]) }; o.self = o; const c = structuredClone(o); [c !== o, c.self === c, c.m instanceof Map, c.s.size, c.m.get(1), c.m !== o.m].join('|')"));
    }

    [Fact]
    public void StructuredClone_WithTransfer_DetachesTheBuffer()
    {
        Assert.Equal("0|4", _pages.Text(_top, "const b = new ArrayBuffer(4); const c = structuredClone(b, { transfer: [b] }); b.byteLength + '|' + c.byteLength"));
    }

    [Fact]
    public void StructuredClone_OfAFunction_ThrowsDataCloneError()
    {
        Assert.StartsWith("DataCloneError: ", _pages.Thrown(_top, "structuredClone(() => 1)"), StringComparison.Ordinal);
    }

    [Fact]
    public void StructuredClone_OfADomException_IsANewDomExceptionWithNameMessageAndCode()
    {
        Assert.Equal(
            "true|true|DataCloneError|dom message|25",
            _pages.Text(_top, "const d = new DOMException('dom message', 'DataCloneError'); const c = structuredClone(d); [c !== d, c instanceof DOMException, c.name, c.message, c.code].join('|')"));
    }

    [Fact]
    public void StructuredClone_OfTheWindow_ThrowsDataCloneError()
    {
        Assert.StartsWith("DataCloneError: ", _pages.Thrown(_top, "structuredClone(window)"), StringComparison.Ordinal);
    }

    [Fact]
    public void PerformanceNow_AdvancesWithVirtualTime()
    {
        _pages.Run(_top, "var start = performance.now(); var later; setTimeout(() => later = performance.now(), 250);");
        _pages.RunUntilIdle();

        Assert.Equal("250", _pages.Text(_top, "later - start"));
        Assert.Equal("true", _pages.Text(_top, "performance.timeOrigin > 1.6e12 && performance instanceof Performance && performance.toJSON().timeOrigin === performance.timeOrigin"));
    }

    [Fact]
    public void ReportError_ReportsAtTheWindow()
    {
        _pages.Run(_top, "reportError(new Error('reported'))");

        Assert.Contains(_pages.Reported, reported => reported.Exception.Message.Contains("reported", StringComparison.Ordinal));
    }
}

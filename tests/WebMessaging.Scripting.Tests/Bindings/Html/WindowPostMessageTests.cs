using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class WindowPostMessageTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public WindowPostMessageTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void PostMessage_ToSameOriginFrame_DeliversACloneWithOriginAndSource()
    {
        WindowGlobal child = _pages.Frame(_top, "https://app.example/child");
        _pages.Run(child, "var got = []; addEventListener('message', e => got.push(e));");

        _pages.Run(_top, "var sent = { list: [1, 2], when: new Date(5) }; frames[0].postMessage(sent, '*');");
        _pages.RunUntilIdle();

        Assert.Equal("1", _pages.Text(child, "got.length"));
        Assert.Equal("1,2|5|https://app.example|true|true", _pages.Text(child, "const e = got[0]; [e.data.list, e.data.when.getTime(), e.origin, e.source === parent, e.data.list instanceof Array].join('|')"));
        Assert.Equal("false", _pages.Text(_top, "frames[0].got[0].data === sent"));
    }

    [Fact]
    public void PostMessage_OfADomException_ArrivesAsADomExceptionOfTheReceiversRealm()
    {
        WindowGlobal child = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(child, "var got = []; addEventListener('message', e => got.push(e.data));");

        _pages.Run(_top, "frames[0].postMessage(new DOMException('gone', 'AbortError'), '*');");
        _pages.RunUntilIdle();

        Assert.Equal("true|AbortError|gone|20", _pages.Text(child, "const d = got[0]; [d instanceof DOMException, d.name, d.message, d.code].join('|')"));
    }

    [Fact]
    public void PostMessage_ToCrossOriginFrame_SourceIsTheSendersProxy()
    {
        WindowGlobal child = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(child, "var got = []; onmessage = e => { got.push(e); e.source.postMessage('pong:' + e.data, e.origin); };");
        _pages.Run(_top, "var replies = []; addEventListener('message', e => replies.push(e)); frames[0].postMessage('ping', 'https://widget.example');");
        _pages.RunUntilIdle();

        Assert.Equal("https://app.example|true|true", _pages.Text(child, "[got[0].origin, got[0].source === parent, got[0].source === top].join('|')"));
        Assert.Equal("pong:ping|https://widget.example|true", _pages.Text(_top, "[replies[0].data, replies[0].origin, replies[0].source === frames[0]].join('|')"));
    }

    [Fact]
    public void PostMessage_OnASameOriginParentsGlobal_HasTheCallerAsSource()
    {
        WindowGlobal child = _pages.Frame(_top, "https://app.example/child");
        _pages.Run(_top, "var sources = []; onmessage = e => { sources.push(e.source === frames[0]); if (sources.length === 1) e.source.postMessage('back', '*'); };");
        _pages.Run(child, "onmessage = e => parent.postMessage('again', '*'); parent.postMessage('first', '*');");
        _pages.RunUntilIdle();

        // The parent's postMessage function belongs to the parent's engine: the source is the
        // window whose script called it, from a classic script and from a listener alike.
        Assert.Equal("true,true", _pages.Text(_top, "sources.join()"));
    }

    [Fact]
    public void PostMessage_WithSlashTargetOrigin_ReachesOnlySameOrigin()
    {
        WindowGlobal same = _pages.Frame(_top, "https://app.example/a");
        WindowGlobal other = _pages.Frame(_top, "https://other.example/b");
        _pages.Run(same, "var count = 0; onmessage = () => count++;");
        _pages.Run(other, "var count = 0; onmessage = () => count++;");

        _pages.Run(_top, "frames[0].postMessage('x', '/'); frames[1].postMessage('x', '/'); frames[1].postMessage('y', { targetOrigin: '/' }); frames[0].postMessage('z');");
        _pages.RunUntilIdle();

        Assert.Equal("2", _pages.Text(same, "count"));
        Assert.Equal("0", _pages.Text(other, "count"));
    }

    [Fact]
    public void PostMessage_WithExactTargetOrigin_IsDeliveredOnlyOnMatch()
    {
        WindowGlobal other = _pages.Frame(_top, "https://other.example/b");
        _pages.Run(other, "var data = []; onmessage = e => data.push(e.data);");

        _pages.Run(_top, "frames[0].postMessage('wrong', 'https://evil.example'); frames[0].postMessage('right', 'https://other.example/any/path');");
        _pages.RunUntilIdle();

        Assert.Equal("right", _pages.Text(other, "data.join()"));
    }

    [Fact]
    public void PostMessage_WithInvalidTargetOrigin_ThrowsSyntaxError()
    {
        Assert.Equal("SyntaxError|12|true", _pages.Text(_top, "(() => { try { postMessage('x', 'not a url'); } catch (e) { return [e.name, e.code, e instanceof DOMException].join('|'); } })()"));
    }

    [Fact]
    public void PostMessage_OfAFunction_ThrowsCatchableDataCloneError()
    {
        Assert.Equal("DataCloneError|25|true", _pages.Text(_top, "(() => { try { postMessage({ f() {} }, '*'); } catch (e) { return [e.name, e.code, e instanceof DOMException].join('|'); } })()"));
    }

    [Fact]
    public void PostMessage_WithoutArguments_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: Failed to execute 'postMessage' on 'Window': 1 argument required", _pages.Thrown(_top, "postMessage()"), StringComparison.Ordinal);
    }

    [Fact]
    public void PostMessage_TransferringAPort_ArrivesAsAPortWrapperUsableThere()
    {
        WindowGlobal child = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(child, "onmessage = e => { const port = e.ports[0]; port.onmessage = m => port.postMessage('echo:' + m.data); self.ports = e.ports; };");

        _pages.Run(_top, "var answers = []; const channel = new MessageChannel(); channel.port1.onmessage = e => answers.push(e.data); frames[0].postMessage('hello', '*', [channel.port2]); channel.port1.postMessage('one');");
        _pages.RunUntilIdle();

        Assert.Equal("echo:one", _pages.Text(_top, "answers.join()"));
        Assert.Equal("true|true|1", _pages.Text(child, "[ports[0] instanceof MessagePort, Object.isFrozen(ports), ports.length].join('|')"));
    }

    [Fact]
    public void Listener_ThatThrows_IsReportedAtTheWindow()
    {
        _pages.Run(_top, "addEventListener('message', () => { throw new Error('boom'); }); postMessage('x', '*');");
        _pages.RunUntilIdle();

        Assert.Contains(_pages.Reported, reported => reported.Exception.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public void MessageEvent_PortsArray_IsTheSameObjectOnEachRead()
    {
        _pages.Run(_top, "var event; onmessage = e => event = e; const c = new MessageChannel(); postMessage(1, '*', [c.port1]);");
        _pages.RunUntilIdle();

        Assert.Equal("true|true", _pages.Text(_top, "[event.ports === event.ports, event.ports[0] instanceof MessagePort].join('|')"));
    }
}

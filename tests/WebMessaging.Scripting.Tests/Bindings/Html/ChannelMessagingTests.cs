using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class ChannelMessagingTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public ChannelMessagingTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void SettingOnMessage_StartsThePort()
    {
        _pages.Run(_top, "var got = []; const c = new MessageChannel(); c.port2.onmessage = e => got.push(e.data); c.port1.postMessage('a'); c.port1.postMessage('b');");
        _pages.RunUntilIdle();

        Assert.Equal("a,b", _pages.Text(_top, "got.join()"));
    }

    [Fact]
    public void MessagesBeforeStart_AreQueuedUntilStart()
    {
        _pages.Run(_top, "var got = []; var c = new MessageChannel(); c.port2.addEventListener('message', e => got.push(e.data)); c.port1.postMessage('early');");
        _pages.RunUntilIdle();
        Assert.Equal("0", _pages.Text(_top, "got.length"));

        _pages.Run(_top, "c.port2.start();");
        _pages.RunUntilIdle();

        Assert.Equal("early", _pages.Text(_top, "got.join()"));
    }

    [Fact]
    public void MessagePort_IsNotConstructible()
    {
        Assert.Equal("TypeError: Failed to construct 'MessagePort': Illegal constructor", _pages.Thrown(_top, "new MessagePort()"));
    }

    [Fact]
    public void Ports_AreTheSameObjectsOnEachRead()
    {
        Assert.Equal("true", _pages.Text(_top, "const c = new MessageChannel(); c.port1 === c.port1 && c.port1 !== c.port2 && c.port1 instanceof EventTarget"));
    }

    [Fact]
    public void PostMessage_TransferringItself_ThrowsDataCloneError()
    {
        Assert.StartsWith("DataCloneError: ", _pages.Thrown(_top, "const c = new MessageChannel(); c.port1.postMessage(1, [c.port1])"), StringComparison.Ordinal);
    }

    [Fact]
    public void PostMessage_WithOptionsTransfer_MovesTheArrayBuffer()
    {
        _pages.Run(_top, "var got; var c = new MessageChannel(); c.port2.onmessage = e => got = e.data; var buffer = new ArrayBuffer(8); c.port1.postMessage(buffer, { transfer: [buffer] });");
        _pages.RunUntilIdle();

        Assert.Equal("0|8", _pages.Text(_top, "buffer.byteLength + '|' + got.byteLength"));
    }

    [Fact]
    public void Port_TransferredToAnotherWindow_IsUsedThere()
    {
        WindowGlobal other = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(other, "var port; onmessage = e => { port = e.ports[0]; port.onmessage = m => port.postMessage(m.data * 2); };");
        _pages.Run(_top, "var results = []; const c = new MessageChannel(); c.port1.onmessage = e => results.push(e.data); frames[0].postMessage('take', '*', [c.port2]); c.port1.postMessage(21);");
        _pages.RunUntilIdle();

        Assert.Equal("42", _pages.Text(_top, "results.join()"));
        Assert.Equal("true", _pages.Text(other, "port instanceof MessagePort"));
    }

    [Fact]
    public void BroadcastChannel_ReachesSameOriginWindowsOnly()
    {
        WindowGlobal same = _pages.Frame(_top, "https://app.example/other");
        WindowGlobal cross = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(same, "var got = []; const bc = new BroadcastChannel('news'); bc.onmessage = e => got.push(e.data + '@' + e.origin);");
        _pages.Run(cross, "var got = []; const bc = new BroadcastChannel('news'); bc.onmessage = e => got.push(e.data);");

        _pages.Run(_top, "const bc = new BroadcastChannel('news'); bc.postMessage('hi'); bc.name");
        _pages.RunUntilIdle();

        Assert.Equal("hi@https://app.example", _pages.Text(same, "got.join()"));
        Assert.Equal("0", _pages.Text(cross, "got.length"));
    }

    [Fact]
    public void BroadcastChannel_PostAfterClose_ThrowsInvalidStateError()
    {
        Assert.StartsWith("InvalidStateError: ", _pages.Thrown(_top, "const bc = new BroadcastChannel('x'); bc.close(); bc.postMessage(1)"), StringComparison.Ordinal);
    }
}

using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class MessageEventTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public MessageEventTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void Constructor_WithoutInit_HasTheDefaults()
    {
        Assert.Equal("message|null|||null|0|false", _pages.Text(_top, "const e = new MessageEvent('message'); [e.type, String(e.data), e.origin, e.lastEventId, String(e.source), e.ports.length, e.isTrusted].join('|')"));
    }

    [Fact]
    public void Constructor_WithInit_KeepsEveryMember()
    {
        Assert.Equal(
            "true|o|7|true|true|true|true|true",
            _pages.Text(_top, "const c = new MessageChannel(); const data = {}; const e = new MessageEvent('message', { data, origin: 'o', lastEventId: '7', source: window, ports: [c.port1], bubbles: true }); [e.data === data, e.origin, e.lastEventId, e.source === window, e.ports[0] === c.port1, Object.isFrozen(e.ports), e.ports === e.ports, e.bubbles].join('|')"));
    }

    [Fact]
    public void Constructor_WithAPortAsSource_Works()
    {
        Assert.Equal("true", _pages.Text(_top, "const c = new MessageChannel(); new MessageEvent('x', { source: c.port2 }).source === c.port2"));
    }

    [Theory]
    [InlineData("new MessageEvent('x', { source: {} })")]
    [InlineData("new MessageEvent('x', { ports: [{}] })")]
    [InlineData("new MessageEvent('x', { ports: 5 })")]
    [InlineData("MessageEvent('x')")]
    [InlineData("new MessageEvent()")]
    public void Constructor_WithInvalidInput_ThrowsTypeError(string script)
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, script), StringComparison.Ordinal);
    }

    [Fact]
    public void InitMessageEvent_ReinitializesTheEvent()
    {
        Assert.Equal("m2|5|o2|id|true|1", _pages.Text(_top, "const c = new MessageChannel(); const e = new MessageEvent('m1'); e.initMessageEvent('m2', false, false, 5, 'o2', 'id', null, [c.port1]); [e.type, e.data, e.origin, e.lastEventId, e instanceof Event, e.ports.length].join('|')"));
    }

    [Fact]
    public void DispatchedOnTheWindow_ReachesListenersWithTheWindowAsTarget()
    {
        Assert.Equal("true|42", _pages.Text(_top, "let seen; addEventListener('custom', e => seen = e); dispatchEvent(new MessageEvent('custom', { data: 42 })); (seen.target === window) + '|' + seen.data"));
    }
}

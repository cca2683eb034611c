using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class UrlTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public UrlTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void Getters_CutTheParsedUrlIntoItsParts()
    {
        Assert.Equal(
            "https://user:pw@b.example:8080/a/c?x=1&y=2#top|https://b.example:8080|https:|user|pw|b.example:8080|b.example|8080|/a/c|?x=1&y=2|#top",
            _pages.Text(_top, "const u = new URL('HTTPS://user:pw@B.example:8080/a/./b/../c?x=1&y=2#top'); [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join('|')"));
    }

    [Fact]
    public void Constructor_ResolvesAgainstABase_AndDropsTheDefaultPort()
    {
        Assert.Equal("https://app.example/dir/page?q|", _pages.Text(_top, "const u = new URL('page?q', 'https://app.example:443/dir/index.html'); u.href + '|' + u.port"));
    }

    [Fact]
    public void Constructor_WithAnInvalidUrlOrBase_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URL('no scheme')"), StringComparison.Ordinal);
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URL('/x', 'not a base')"), StringComparison.Ordinal);
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "URL('https://a.example/')"), StringComparison.Ordinal);
    }

    [Fact]
    public void CanParseAndParse_AnswerWithoutThrowing()
    {
        Assert.Equal("true|false|true|null|https://a.example/x", _pages.Text(_top, "[URL.canParse('https://a.example/'), URL.canParse('nope'), URL.canParse('x', 'https://a.example/'), String(URL.parse('nope')), URL.parse('x', 'https://a.example/').href].join('|')"));
    }

    [Fact]
    public void SearchParams_IsTheSameObject_AndWritesBackIntoTheUrl()
    {
        Assert.Equal(
            "true|1|https://a.example/p?a=1&b=x+y#h|https://a.example/p#h",
            _pages.Text(_top, "const u = new URL('https://a.example/p?a=1#h'); const same = u.searchParams === u.searchParams; const a = u.searchParams.get('a'); u.searchParams.append('b', 'x y'); const added = u.href; u.searchParams.delete('a'); u.searchParams.delete('b'); [same, a, added, u.href].join('|')"));
    }

    [Fact]
    public void SearchAndHashAndHrefSetters_ChangeTheUrl_AndTheSearchParams()
    {
        Assert.Equal(
            "https://a.example/?k=v#frag|v|https://a.example/#frag|https://a.example/|https://c.example/?z=9|9",
            _pages.Text(_top, "const u = new URL('https://a.example/#frag'); u.search = '?k=v'; const one = u.href; const k = u.searchParams.get('k'); u.search = ''; const two = u.href; u.hash = ''; const three = u.href; u.href = 'https://c.example/?z=9'; [one, k, two, three, u.href, u.searchParams.get('z')].join('|')"));
    }

    [Fact]
    public void ToStringAndToJson_AreTheHref()
    {
        Assert.Equal("https://a.example/|\"https://a.example/\"", _pages.Text(_top, "const u = new URL('https://a.example'); String(u) + '|' + JSON.stringify(u)"));
    }

    [Fact]
    public void CreateObjectUrl_GivesABlobUrlOfTheCreatorsOrigin_UntilRevoked()
    {
        var store = BlobUrlStore.Of(_pages.Browser);
        _top.Engine.SetValue("blobUrlCount", new Func<int>(() => store.Count));

        Assert.Equal(
            "true|https://app.example|1|0",
            _pages.Text(_top, "const url = URL.createObjectURL(new Blob(['x'])); const before = blobUrlCount(); URL.revokeObjectURL(url); [url.startsWith('blob:https://app.example/'), new URL(url).origin, before, blobUrlCount()].join('|')"));
    }

    [Fact]
    public void CreateObjectUrl_OfANonBlob_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "URL.createObjectURL({})"), StringComparison.Ordinal);
    }
}

using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class UrlSearchParamsTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public UrlSearchParamsTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void Constructor_WithString_StripsQuestionMarkAndParsesFormUrlencoded()
    {
        Assert.Equal(
            "6|[[\"a\",\"1\"],[\"b\",\"x y z\"],[\"c\",\"\"],[\"\",\"v\"],[\"a\",\"2\"],[\"€\",\"%zz\"]]",
            _pages.Text(_top, "const p = new URLSearchParams('?a=1&b=x+y%20z&&c&=v&a=2&%E2%82%AC=%zz'); p.size + '|' + JSON.stringify([...p])"));
    }

    [Fact]
    public void Constructor_WithoutArgumentOrUndefined_IsEmpty()
    {
        Assert.Equal("0|0|0", _pages.Text(_top, "[new URLSearchParams().size, new URLSearchParams(undefined).size, URLSearchParams.length].join('|')"));
    }

    [Fact]
    public void Constructor_WithSequenceOfPairs_AppendsEachPairInOrder()
    {
        Assert.Equal("z=1&a=2&z=0|x=1", _pages.Text(_top, "new URLSearchParams([['z', 1], ['a', '2'], ['z', '0']]) + '|' + new URLSearchParams(new URLSearchParams('x=1'))"));
    }

    [Fact]
    public void Constructor_WithPairOfWrongSize_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URLSearchParams([['a']])"), StringComparison.Ordinal);
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URLSearchParams([['a', 'b', 'c']])"), StringComparison.Ordinal);
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URLSearchParams([1])"), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WithRecord_TakesOwnEnumerableStringKeys()
    {
        Assert.Equal(
            "b=%C3%A9+%7E%21*-._&a=1",
            _pages.Text(_top, "const o = Object.create({ inherited: 'x' }); o.b = 'é ~!*-._'; o.a = 1; o[Symbol('s')] = 'y'; Object.defineProperty(o, 'hidden', { value: 'z' }); new URLSearchParams(o).toString()"));
    }

    [Fact]
    public void Constructor_CalledWithoutNew_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "URLSearchParams('a=1')"), StringComparison.Ordinal);
    }

    [Fact]
    public void GetGetAllHas_ReadTheList()
    {
        Assert.Equal(
            "1|null|1,3|true|true|false|false",
            _pages.Text(_top, "const p = new URLSearchParams('a=1&b=2&a=3'); [p.get('a'), p.get('x'), p.getAll('a'), p.has('b'), p.has('b', '2'), p.has('b', '3'), p.has('x')].map(String).join('|')"));
    }

    [Fact]
    public void Set_ReplacesTheFirstAndRemovesTheOthers_OrAppends()
    {
        Assert.Equal("a=9&b=2&c=4&d=5", _pages.Text(_top, "const p = new URLSearchParams('a=1&b=2&a=3&c=4'); p.set('a', '9'); p.set('d', '5'); p.toString()"));
    }

    [Fact]
    public void Delete_WithValue_RemovesOnlyMatchingPairs()
    {
        Assert.Equal("a=2&b=1|b=1", _pages.Text(_top, "const p = new URLSearchParams('a=1&a=2&b=1&a=1'); p.delete('a', '1'); const s = p.toString(); p.delete('a'); s + '|' + p"));
    }

    [Fact]
    public void Append_AddsAtTheEnd_AndUpdatesSize()
    {
        Assert.Equal("3|a=1&b=2&a=x+y", _pages.Text(_top, "const p = new URLSearchParams('a=1&b=2'); p.append('a', 'x y'); p.size + '|' + p"));
    }

    [Fact]
    public void Sort_IsStableByUtf16CodeUnitsOfNames()
    {
        Assert.Equal(
            "a=2&a=1&z=1&z=0&%F0%9F%98%80=x&%EF%BF%BD=y",
            _pages.Text(_top, "const p = new URLSearchParams('z=1&a=2&\\uD83D\\uDE00=x&z=0&\\uFFFD=y&a=1'); p.sort(); p.toString()"));
    }

    [Fact]
    public void ToString_EncodesAllButAlphanumericsAndStarDashDotUnderscore()
    {
        Assert.Equal("k%26%3D%2B=%3F%23%2F+%25", _pages.Text(_top, "const p = new URLSearchParams(); p.append('k&=+', '?#/ %'); String(p)"));
    }

    [Fact]
    public void ForEach_PassesValueNameAndObject_WithThisArg()
    {
        Assert.Equal("a1trueT,b2trueT", _pages.Text(_top, "const p = new URLSearchParams('a=1&b=2'); const out = []; p.forEach(function (v, k, o) { out.push(k + v + (o === p) + this.x); }, { x: 'T' }); out.join()"));
    }

    [Fact]
    public void Iterators_GiveEntriesKeysAndValues_AndSymbolIteratorIsEntries()
    {
        Assert.Equal(
            "a,b|1,2|a=1;b=2|true|[object URLSearchParams]",
            _pages.Text(_top, "const p = new URLSearchParams('a=1&b=2'); [[...p.keys()].join(), [...p.values()].join(), [...p.entries()].map(e => e.join('=')).join(';'), p[Symbol.iterator] === p.entries, Object.prototype.toString.call(p)].join('|')"));
    }

    [Fact]
    public void Members_OnAnotherObject_ThrowIllegalInvocation()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "URLSearchParams.prototype.get.call({}, 'a')"), StringComparison.Ordinal);
    }

    [Fact]
    public void Append_WithTooFewArguments_ThrowsTypeError()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new URLSearchParams().append('a')"), StringComparison.Ordinal);
    }
}

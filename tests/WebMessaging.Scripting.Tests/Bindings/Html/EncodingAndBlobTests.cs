using WebMessaging.Scripting.Bindings.Html;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

public sealed class EncodingAndBlobTests : IDisposable
{
    private readonly ScriptedPages _pages = new();
    private readonly WindowGlobal _top;

    public EncodingAndBlobTests() => _top = _pages.Open("https://app.example/");

    public void Dispose() => _pages.Dispose();

    [Fact]
    public void TextEncoder_EncodesUtf8_AndLoneSurrogatesAsReplacement()
    {
        Assert.Equal("utf-8|104,195,169|239,191,189|true", _pages.Text(_top, "const e = new TextEncoder(); [e.encoding, e.encode('hé'), e.encode('\\ud800'), e.encode() instanceof Uint8Array].join('|')"));
    }

    [Fact]
    public void TextEncoder_EncodeInto_StopsBeforeACharacterThatDoesNotFit()
    {
        Assert.Equal("1|1|97", _pages.Text(_top, "const d = new Uint8Array(2); const r = new TextEncoder().encodeInto('a€', d); [r.read, r.written, d[0]].join('|')"));
    }

    [Fact]
    public void TextDecoder_DecodesUtf8_DroppingTheBom()
    {
        Assert.Equal("hé|\ufeffhé", _pages.Text(_top, "const b = new Uint8Array([0xEF, 0xBB, 0xBF, 104, 195, 169]); new TextDecoder().decode(b) + '|' + new TextDecoder('utf-8', { ignoreBOM: true }).decode(b)"));
    }

    [Fact]
    public void TextDecoder_Stream_JoinsASplitCharacter()
    {
        Assert.Equal("é", _pages.Text(_top, "const d = new TextDecoder(); d.decode(new Uint8Array([195]), { stream: true }) + d.decode(new Uint8Array([169]))"));
    }

    [Fact]
    public void TextDecoder_Fatal_ThrowsTypeErrorForInvalidBytes_OtherwiseReplaces()
    {
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xFF]))"), StringComparison.Ordinal);
        Assert.Equal("a\ufffd", _pages.Text(_top, "new TextDecoder().decode(new Uint8Array([97, 0xFF]).buffer)"));
        Assert.Equal("true|false", _pages.Text(_top, "new TextDecoder('UTF8', { fatal: true }).fatal + '|' + new TextDecoder().ignoreBOM"));
    }

    [Fact]
    public void TextDecoder_UnknownLabel_ThrowsRangeError()
    {
        Assert.StartsWith("RangeError: ", _pages.Thrown(_top, "new TextDecoder('nope')"), StringComparison.Ordinal);
    }

    [Fact]
    public void Blob_JoinsStringsBuffersViewsAndBlobs()
    {
        Assert.Equal(
            "9|text/plain",
            _pages.Text(_top, "const b = new Blob(['ab', new Uint8Array([99, 100]).buffer, new Uint8Array([0, 101, 0]).subarray(1, 2), new Blob(['fg']), 'é'], { type: 'Text/Plain' }); b.size + '|' + b.type"));
    }

    [Fact]
    public void BlobText_IsSettledAtTheMicrotaskCheckpoint()
    {
        _pages.Run(_top, "var text = 'pending'; (async () => { text = await new Blob(['ab', 'cd']).text(); })(); var sync = text;");

        Assert.Equal("pending|abcd", _pages.Text(_top, "sync + '|' + text"));
    }

    [Fact]
    public void BlobArrayBufferAndBytes_GiveCopies()
    {
        _pages.Run(_top, "var out; const b = new Blob([new Uint8Array([1, 2, 3])]); Promise.all([b.arrayBuffer(), b.bytes()]).then(([ab, bytes]) => out = [ab.byteLength, bytes instanceof Uint8Array, bytes[2]].join('|'));");

        Assert.Equal("3|true|3", _pages.Text(_top, "out"));
    }

    [Fact]
    public void BlobSlice_ClampsNegativeAndLargeBounds()
    {
        _pages.Run(_top, "var parts = []; const b = new Blob(['abcdef']); Promise.all([b.slice(-2).text(), b.slice(1, 3).text(), b.slice(4, 1).text(), b.slice(0, 100, 'X/Y').text()]).then(t => parts = t); var type = b.slice(0, 1, 'X/Y').type;");

        Assert.Equal("ef,bc,,abcdef|x/y", _pages.Text(_top, "parts.join() + '|' + type"));
    }

    [Fact]
    public void Blob_TypeWithNonPrintableCharacters_IsEmpty()
    {
        Assert.Equal("", _pages.Text(_top, "new Blob([], { type: 'a\\u0001b' }).type"));
    }

    [Fact]
    public void Blob_NativeEndings_ConvertLineBreaks()
    {
        Assert.Equal("5", _pages.Text(_top, "new Blob(['a\\r\\nb\\rc'], { endings: 'native' }).size"));
    }

    [Fact]
    public void File_HasNameLastModifiedAndIsABlob()
    {
        Assert.Equal("a.txt|123|3|true|text/plain", _pages.Text(_top, "const f = new File(['abc'], 'a.txt', { lastModified: 123, type: 'text/plain' }); [f.name, f.lastModified, f.size, f instanceof Blob, f.type].join('|')"));
        Assert.StartsWith("TypeError: ", _pages.Thrown(_top, "new File(['x'])"), StringComparison.Ordinal);
    }

    [Fact]
    public void BlobAndFile_SentToAnotherWindow_ArriveAsWrappersThere()
    {
        WindowGlobal child = _pages.Frame(_top, "https://widget.example/");
        _pages.Run(child, "var got = []; onmessage = async e => got.push(e.data.file instanceof File, e.data.file.name, await e.data.blob.text());");

        _pages.Run(_top, "frames[0].postMessage({ blob: new Blob(['payload']), file: new File(['x'], 'f.bin') }, '*');");
        _pages.RunUntilIdle();

        Assert.Equal("true,f.bin,payload", _pages.Text(child, "got.join()"));
    }

    [Fact]
    public void StructuredClone_OfABlob_IsANewBlobWithTheSameBytes()
    {
        Assert.Equal("true|3", _pages.Text(_top, "const b = new Blob(['abc']); const c = structuredClone(b); (c !== b && c instanceof Blob) + '|' + c.size"));
    }
}

using Jint;
using System.Text;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A TextDecoder's state (https://encoding.spec.whatwg.org/#interface-textdecoder) for UTF-8:
/// its error mode, its BOM handling and the bytes of a character split between two streamed chunks.
/// </summary>
internal sealed class TextDecoderState
{
    private Decoder _decoder;
    private bool _bomSeen;

    public TextDecoderState(bool fatal, bool ignoreBom)
    {
        Fatal = fatal;
        IgnoreBom = ignoreBom;
        _decoder = CreateDecoder();
    }

    /// <summary>Whether the error mode is "fatal" (invalid bytes throw) rather than "replacement".</summary>
    public bool Fatal { get; }

    /// <summary>Whether a leading byte order mark is kept in the output.</summary>
    public bool IgnoreBom { get; }

    /// <summary>
    /// https://encoding.spec.whatwg.org/#dom-textdecoder-decode: decodes <paramref name="input"/>;
    /// with <paramref name="stream"/> an incomplete character waits for the next call. Returns
    /// null for an error in fatal mode.
    /// </summary>
    public string? Decode(ReadOnlySpan<byte> input, bool stream)
    {
        // "1. If this's do not flush is false, then set this's decoder to a new instance of this's
        //  encoding's decoder, this's I/O queue to the I/O queue of bytes « end-of-queue », and
        //  this's BOM seen to false." (done at the end of the previous flushing call)
        string output;
        try
        {
            // "4. While true: ... process an item ..."
            int count = _decoder.GetCharCount(input, flush: !stream);
            var chars = new char[count];
            _decoder.GetChars(input, chars, flush: !stream);
            output = new string(chars);
        }
        catch (DecoderFallbackException)
        {
            // "... If result is error, throw a TypeError." (the caller throws it)
            Reset();
            return null;
        }

        // https://encoding.spec.whatwg.org/#concept-td-serialize
        // "1. ... If encoding is UTF-8, UTF-16BE/LE, and ignore BOM and BOM seen are false,
        //  then: 1. If token is U+FEFF BOM, then set BOM seen to true. ... continue." "2. Set BOM
        //  seen to true" once any scalar value was output.
        if (!_bomSeen && output.Length > 0)
        {
            _bomSeen = true;
            if (!IgnoreBom && output[0] == '\uFEFF')
            {
                output = output[1..];
            }
        }

        // "2. Set this's do not flush to options["stream"]."
        if (!stream)
        {
            Reset();
        }

        return output;
    }

    private void Reset()
    {
        _decoder = CreateDecoder();
        _bomSeen = false;
    }

    private Decoder CreateDecoder()
    {
        // The replacement error mode emits U+FFFD per maximal subpart, as .NET's UTF-8 decoder does.
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: Fatal);
        return encoding.GetDecoder();
    }
}

using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// Percent-encoding and percent-decoding as the URL standard writes them
/// (https://url.spec.whatwg.org/#percent-encoded-bytes), always with UTF-8.
/// </summary>
internal static class PercentEncoding
{
    private const string UpperHex = "0123456789ABCDEF";

    // One bit per ASCII code point (two 64-bit halves) for each set. Code points above U+007E
    // are in every set and are checked separately.
    private static readonly (ulong Low, ulong High)[] Sets = BuildSets();

    private static (ulong Low, ulong High)[] BuildSets()
    {
        var sets = new (ulong Low, ulong High)[6];
        // "The C0 control percent-encode set are the C0 controls and all code points greater
        // than U+007E (~)." (U+007F DELETE is greater than U+007E.)
        var c0 = Add(default, 0x7F);
        for (var c = 0; c < 0x20; c++)
        {
            c0 = Add(c0, c);
        }

        sets[(int)PercentEncodeSet.C0Control] = c0;
        sets[(int)PercentEncodeSet.Fragment] = AddAll(c0, " \"<>`");
        var query = AddAll(c0, " \"#<>");
        sets[(int)PercentEncodeSet.Query] = query;
        sets[(int)PercentEncodeSet.SpecialQuery] = AddAll(query, "'");
        var path = AddAll(query, "?^`{}");
        sets[(int)PercentEncodeSet.Path] = path;
        sets[(int)PercentEncodeSet.Userinfo] = AddAll(path, "/:;=@[\\]^|");
        return sets;
    }

    private static (ulong Low, ulong High) AddAll((ulong Low, ulong High) set, string codePoints)
    {
        foreach (var c in codePoints)
        {
            set = Add(set, c);
        }

        return set;
    }

    private static (ulong Low, ulong High) Add((ulong Low, ulong High) set, int c) =>
        c < 64 ? (set.Low | (1UL << c), set.High) : (set.Low, set.High | (1UL << (c - 64)));

    /// <summary>Whether <paramref name="c"/> is in <paramref name="set"/>.</summary>
    public static bool InSet(char c, PercentEncodeSet set)
    {
        if (c > '~')
        {
            return true;
        }

        var bits = Sets[(int)set];
        return c < 64 ? (bits.Low & (1UL << c)) != 0 : (bits.High & (1UL << (c - 64))) != 0;
    }

    /// <summary>
    /// https://url.spec.whatwg.org/#utf-8-percent-encode: "To UTF-8 percent-encode a scalar
    /// value scalarValue using a percentEncodeSet, return the result of running percent-encode
    /// after encoding with UTF-8, scalarValue as a string, and percentEncodeSet." The code
    /// point starts at <paramref name="index"/>; when it is a surrogate pair the index is moved
    /// to its second half.
    /// </summary>
    public static void AppendEncoded(StringBuilder output, string input, ref int index, PercentEncodeSet set)
    {
        var c = input[index];
        if (!InSet(c, set))
        {
            output.Append(c);
            return;
        }

        if (c < 0x80)
        {
            AppendByte(output, (byte)c);
            return;
        }

        // A lone surrogate is not a scalar value: IDL's USVString conversion has already turned
        // it into U+FFFD REPLACEMENT CHARACTER by the time the URL parser sees it.
        int scalar;
        if (char.IsHighSurrogate(c) && index + 1 < input.Length && char.IsLowSurrogate(input[index + 1]))
        {
            scalar = char.ConvertToUtf32(c, input[index + 1]);
            index++;
        }
        else
        {
            scalar = char.IsSurrogate(c) ? 0xFFFD : c;
        }

        Span<byte> bytes = stackalloc byte[4];
        var length = new Rune(scalar).EncodeToUtf8(bytes);
        for (var i = 0; i < length; i++)
        {
            AppendByte(output, bytes[i]);
        }
    }

    /// <summary>Percent-encodes every code point of <paramref name="input"/> that is in <paramref name="set"/>.</summary>
    public static void AppendEncoded(StringBuilder output, string input, PercentEncodeSet set)
    {
        for (var i = 0; i < input.Length; i++)
        {
            AppendEncoded(output, input, ref i, set);
        }
    }

    /// <summary>Whether any code point of <paramref name="input"/> is in <paramref name="set"/>.</summary>
    public static bool NeedsEncoding(ReadOnlySpan<char> input, PercentEncodeSet set)
    {
        foreach (var c in input)
        {
            if (InSet(c, set))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// https://url.spec.whatwg.org/#percent-decode followed by "UTF-8 decode without BOM"
    /// (https://encoding.spec.whatwg.org/#utf-8-decode-without-bom), which replaces invalid
    /// byte sequences with U+FFFD.
    /// </summary>
    public static string DecodeToString(string input)
    {
        if (input.IndexOf('%') < 0)
        {
            return input;
        }

        // "1. Let bytes be the result of UTF-8 encoding input." (percent-decode a string)
        var bytes = Encoding.UTF8.GetBytes(input);

        // https://url.spec.whatwg.org/#percent-decode
        // "1. Let output be an empty byte sequence."
        var length = 0;

        // "2. For each byte byte in input:"
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];

            // "1. If byte is not 0x25 (%), then append byte to output."
            // "2. Otherwise, if byte is 0x25 (%) and the next two bytes after byte in input are
            // not in the ranges 0x30 (0) to 0x39 (9), 0x41 (A) to 0x46 (F), and 0x61 (a) to 0x66
            // (f), all inclusive, append byte to output."
            if (b != '%' || i + 2 >= bytes.Length || !IsHex(bytes[i + 1]) || !IsHex(bytes[i + 2]))
            {
                bytes[length++] = b;
                continue;
            }

            // "3. Otherwise: 1. Let bytePoint be the two bytes after byte in input, decoded, and
            // then interpreted as hexadecimal number. 2. Append a byte whose value is bytePoint
            // to output. 3. Skip the next two bytes in input."
            bytes[length++] = (byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2]));
            i += 2;
        }

        // Encoding.UTF8 without a preamble check decodes invalid sequences to U+FFFD, as the
        // Encoding standard's UTF-8 decoder does; a leading BOM is kept ("without BOM").
        return Encoding.UTF8.GetString(bytes, 0, length);
    }

    private static void AppendByte(StringBuilder output, byte b)
    {
        output.Append('%');
        output.Append(UpperHex[b >> 4]);
        output.Append(UpperHex[b & 0xF]);
    }

    private static bool IsHex(byte b) => (b >= '0' && b <= '9') || (b >= 'A' && b <= 'F') || (b >= 'a' && b <= 'f');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}

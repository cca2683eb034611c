using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// The Punycode encoder and decoder of RFC 3492 (https://www.rfc-editor.org/rfc/rfc3492#section-6),
/// used only for labels that <see cref="System.Globalization.IdnMapping"/> refuses although
/// UTS #46 with CheckHyphens false accepts them (labels that begin or end with U+002D (-)).
/// </summary>
internal static class Punycode
{
    // https://www.rfc-editor.org/rfc/rfc3492#section-5: "base = 36, tmin = 1, tmax = 26,
    // skew = 38, damp = 700, initial_bias = 72, initial_n = 128 = 0x80"
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 0x80;

    /// <summary>Appends the Punycode encoding of <paramref name="label"/> (without the "xn--" prefix) to <paramref name="output"/>.</summary>
    public static void Encode(string label, StringBuilder output)
    {
        var codePoints = new List<int>(label.Length);
        foreach (var rune in label.EnumerateRunes())
        {
            codePoints.Add(rune.Value);
        }

        // "let n = initial_n; let delta = 0; let bias = initial_bias; let h = b = the number of
        // basic code points in the input; copy them to the output in order, followed by a
        // delimiter if b > 0"
        var n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        var basic = 0;
        foreach (var c in codePoints)
        {
            if (c < 0x80)
            {
                output.Append((char)c);
                basic++;
            }
        }

        var handled = basic;
        if (basic > 0)
        {
            output.Append('-');
        }

        // "while h < length(input) do begin"
        while (handled < codePoints.Count)
        {
            // "let m = the minimum {non-basic} code point >= n in the input"
            var m = int.MaxValue;
            foreach (var c in codePoints)
            {
                if (c >= n && c < m)
                {
                    m = c;
                }
            }

            // "let delta = delta + (m - n) * (h + 1), fail on overflow; let n = m"
            delta += (long)(m - n) * (handled + 1);
            n = m;

            // "for each code point c in the input (in order) do begin"
            foreach (var c in codePoints)
            {
                // "if c < n {or c is basic} then increment delta, fail on overflow"
                if (c < n)
                {
                    delta++;
                }

                // "if c == n then begin"
                if (c == n)
                {
                    // "let q = delta; for k = base to infinity in steps of base do begin"
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        // "let t = tmin if k <= bias {+ tmin}, or tmax if k >= bias + tmax, or
                        // k - bias otherwise"
                        var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

                        // "if q < t then break"
                        if (q < t)
                        {
                            break;
                        }

                        // "output the code point for digit t + ((q - t) mod (base - t))"
                        // "let q = (q - t) div (base - t)"
                        output.Append(Digit((int)(t + ((q - t) % (Base - t)))));
                        q = (q - t) / (Base - t);
                    }

                    // "output the code point for digit q"
                    output.Append(Digit((int)q));

                    // "let bias = adapt(delta, h + 1, test h equals b?)"
                    bias = Adapt(delta, handled + 1, handled == basic);

                    // "let delta = 0; increment h"
                    delta = 0;
                    handled++;
                }
            }

            // "increment delta and n"
            delta++;
            n++;
        }
    }

    /// <summary>Decodes <paramref name="encoded"/> (without the "xn--" prefix), or returns false when it is not valid Punycode.</summary>
    public static bool TryDecode(ReadOnlySpan<char> encoded, out string decoded)
    {
        decoded = string.Empty;

        // https://www.rfc-editor.org/rfc/rfc3492#section-6.2
        // "let n = initial_n; let i = 0; let bias = initial_bias; let output = an empty string
        // indexed from 0"
        long n = InitialN;
        long i = 0;
        var bias = InitialBias;
        var output = new List<int>(encoded.Length);

        // "consume all code points before the last delimiter (if there is one) and copy them to
        // output, fail on any non-basic code point"
        var delimiter = encoded.LastIndexOf('-');
        for (var j = 0; j < delimiter; j++)
        {
            if (encoded[j] >= 0x80)
            {
                return false;
            }

            output.Add(encoded[j]);
        }

        // "if more than zero code points were consumed then consume one more (which will be the
        // last delimiter)"
        var position = delimiter > 0 ? delimiter + 1 : 0;

        // "while the input is not exhausted do begin"
        while (position < encoded.Length)
        {
            // "let oldi = i; let w = 1"
            var oldI = i;
            long w = 1;

            // "for k = base to infinity in steps of base do begin"
            for (var k = Base; ; k += Base)
            {
                // "consume a code point, or fail if there was none to consume"
                if (position >= encoded.Length)
                {
                    return false;
                }

                // "let digit = the code point's digit-value, fail if it has none"
                var digit = DigitValue(encoded[position++]);
                if (digit < 0)
                {
                    return false;
                }

                // "let i = i + digit * w, fail on overflow"
                i += digit * w;

                // "let t = tmin if k <= bias {+ tmin}, or tmax if k >= bias + tmax, or k - bias
                // otherwise"
                var t = k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

                // "if digit < t then break"
                if (digit < t)
                {
                    break;
                }

                // "let w = w * (base - t), fail on overflow"
                w *= Base - t;
                if (i > MaxCodePoint * (long)(encoded.Length + 1) || w > MaxCodePoint * (long)Base)
                {
                    return false;
                }
            }

            // "let bias = adapt(i - oldi, length(output) + 1, test oldi is 0?)"
            bias = Adapt(i - oldI, output.Count + 1, oldI == 0);

            // "let n = n + i div (length(output) + 1), fail on overflow"
            // "let i = i mod (length(output) + 1)"
            n += i / (output.Count + 1);
            i %= output.Count + 1;

            // "{if n is a basic code point then fail}"
            if (n < 0x80 || n > MaxCodePoint || n is >= 0xD800 and <= 0xDFFF)
            {
                return false;
            }

            // "insert n into output at position i"
            // "increment i"
            output.Insert((int)i, (int)n);
            i++;
        }

        var builder = new StringBuilder(output.Count + 4);
        foreach (var codePoint in output)
        {
            builder.Append(new Rune(codePoint).ToString());
        }

        decoded = builder.ToString();
        return true;
    }

    private const int MaxCodePoint = 0x10FFFF;

    // "digit-values: A..Z and a..z are 0..25, 0..9 are 26..35"
    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    // https://www.rfc-editor.org/rfc/rfc3492#section-6.1
    private static int Adapt(long delta, int numPoints, bool firstTime)
    {
        // "if firsttime then let delta = delta div damp else let delta = delta div 2"
        delta = firstTime ? delta / Damp : delta / 2;

        // "let delta = delta + (delta div numpoints)"
        delta += delta / numPoints;

        // "let k = 0; while delta > ((base - tmin) * tmax) div 2 do begin let delta = delta div
        // (base - tmin); let k = k + base end"
        var k = 0;
        while (delta > ((Base - TMin) * TMax) / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        // "return k + (((base - tmin + 1) * delta) div (delta + skew))"
        return (int)(k + (((Base - TMin + 1) * delta) / (delta + Skew)));
    }

    // "digit-values 0..25 map to a..z, 26..35 map to 0..9" (lowercase, as UTS #46 outputs)
    private static char Digit(int value) => value < 26 ? (char)('a' + value) : (char)('0' + value - 26);
}

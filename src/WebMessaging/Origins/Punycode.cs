using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// The Punycode encoder of RFC 3492 (https://www.rfc-editor.org/rfc/rfc3492#section-6.3), used
/// only for labels that <see cref="System.Globalization.IdnMapping"/> refuses to encode although
/// UTS #46 with CheckHyphens false accepts them.
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

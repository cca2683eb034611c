using System.Globalization;
using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// The URL standard's host parser (https://url.spec.whatwg.org/#host-parsing). A host is kept
/// in its serialized form (https://url.spec.whatwg.org/#concept-host-serializer), which is
/// canonical, so two hosts are equal exactly when their serializations are.
/// </summary>
internal static class HostParser
{
    // "UseSTD3ASCIIRules set to beStrict" (false). UTS #46 disallows unassigned code points, so
    // AllowUnassigned stays false.
    private static readonly IdnMapping Idna = new() { AllowUnassigned = false, UseStd3AsciiRules = false };

    // U+002E (.) and the code points UTS #46 maps to it.
    private static readonly System.Buffers.SearchValues<char> FullStops = System.Buffers.SearchValues.Create(".\u3002\uFF0E\uFF61");

    /// <summary>
    /// https://url.spec.whatwg.org/#concept-host-parser followed by the host serializer
    /// (https://url.spec.whatwg.org/#concept-host-serializer).
    /// </summary>
    public static bool TryParse(string input, bool isOpaque, out string host, out string? error)
    {
        host = string.Empty;

        // "1. If input starts with U+005B ([), then:"
        if (input.Length > 0 && input[0] == '[')
        {
            // "1. If input does not end with U+005D (]), IPv6-unclosed validation error, return
            // failure."
            if (input[^1] != ']')
            {
                error = $"the IPv6 address '{input}' is missing its closing ']'";
                return false;
            }

            // "2. Return the result of IPv6 parsing input with its leading U+005B ([) and
            // trailing U+005D (]) removed."
            Span<ushort> address = stackalloc ushort[8];
            if (!Ipv6Address.TryParse(input.AsSpan(1, input.Length - 2), address, out error))
            {
                return false;
            }

            // Host serializer: "2. Otherwise, if host is an IPv6 address, return U+005B ([),
            // followed by the result of running the IPv6 serializer on host, followed by
            // U+005D (])."
            var builder = new StringBuilder(41);
            builder.Append('[');
            Ipv6Address.Serialize(address, builder);
            builder.Append(']');
            host = builder.ToString();
            return true;
        }

        // "2. If isOpaque is true, then return the result of opaque-host parsing input."
        if (isOpaque)
        {
            return TryParseOpaqueHost(input, out host, out error);
        }

        // "3. Assert: input is not the empty string."
        // "4. Let domain be the result of running UTF-8 decode without BOM on the
        // percent-decoding of input."
        var domain = PercentEncoding.DecodeToString(input);

        // "5. Let asciiDomain be the result of running domain to ASCII with domain and false."
        // "6. If asciiDomain is failure, then return failure."
        if (!TryDomainToAscii(domain, out var asciiDomain, out error))
        {
            return false;
        }

        // "7. If asciiDomain ends in a number, then return the result of IPv4 parsing
        // asciiDomain."
        if (Ipv4Address.EndsInANumber(asciiDomain))
        {
            if (!Ipv4Address.TryParse(asciiDomain, out var ipv4, out error))
            {
                error = $"the host '{asciiDomain}' ends in a number but is not an IPv4 address: {error}";
                return false;
            }

            // Host serializer: "1. If host is an IPv4 address, return the result of running the
            // IPv4 serializer on host."
            host = Ipv4Address.Serialize(ipv4);
            return true;
        }

        // "8. Return asciiDomain."
        host = asciiDomain;
        return true;
    }

    /// <summary>https://url.spec.whatwg.org/#concept-domain-to-ascii with beStrict false.</summary>
    private static bool TryDomainToAscii(string domain, out string result, out string? error)
    {
        error = null;

        // "1. Let result be the result of running UTS #46's ToASCII with domain_name set to
        // domain, CheckHyphens set to false, CheckBidi set to true, CheckJoiners set to true,
        // UseSTD3ASCIIRules set to beStrict, Transitional_Processing set to false,
        // VerifyDnsLength set to beStrict, and IgnoreInvalidPunycode set to false."
        // The standard notes: "If beStrict is false, domain is an ASCII string, and strictly
        // splitting domain on U+002E (.) does not produce any item that starts with an ASCII
        // case-insensitive match for "xn--", this step is equivalent to ASCII lowercasing
        // domain." That path avoids IdnMapping for almost every real host.
        if (Ascii.IsValid(domain) && domain.IndexOf("xn--", StringComparison.OrdinalIgnoreCase) < 0)
        {
            result = HasAsciiUpper(domain) ? domain.ToLowerInvariant() : domain;
        }
        else if (!TryLabelsToAscii(domain, out result, out error))
        {
            // "2. If result is a failure value, domain-to-ASCII validation error, return
            // failure."
            return false;
        }

        // "3. If result is the empty string, domain-to-ASCII validation error, return failure."
        if (result.Length == 0)
        {
            error = "the host is empty";
            return false;
        }

        // "4. If result contains a forbidden domain code point, domain-invalid-code-point
        // validation error, return failure."
        foreach (var c in result)
        {
            if (IsForbiddenDomainCodePoint(c))
            {
                error = $"the host '{result}' contains the forbidden code point {Describe(c)}";
                return false;
            }
        }

        // "5. Assert: result contains no uppercase ASCII alpha."
        // "6. Return result."
        return true;
    }

    /// <summary>
    /// UTS #46 ToASCII (https://www.unicode.org/reports/tr46/#ToASCII) one label at a time,
    /// through <see cref="IdnMapping"/> for labels that need it.
    /// </summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: IdnMapping (ICU) fails empty labels and labels that begin or end
    /// with U+002D (-), which UTS #46 accepts with CheckHyphens and VerifyDnsLength false, so the
    /// domain is split here and ASCII labels without "xn--" are only lowercased (the step the
    /// standard's own note allows for ASCII domains). The full stop variants U+3002, U+FF0E and
    /// U+FF61, which UTS #46 maps to U+002E (.), are split on too.
    /// FIXME: "CheckBidi set to true": IdnMapping does not apply the Bidi rule (RFC 5893), so
    /// e.g. a label mixing Hebrew and Latin letters is accepted.
    /// </remarks>
    private static bool TryLabelsToAscii(string domain, out string result, out string? error)
    {
        result = string.Empty;
        error = null;
        var output = new StringBuilder(domain.Length + 16);
        var labels = domain.AsSpan();
        while (true)
        {
            var end = labels.IndexOfAny(FullStops);
            var label = end < 0 ? labels : labels[..end];
            if (label.Length > 0)
            {
                if (Ascii.IsValid(label) && !label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var c in label)
                    {
                        output.Append(char.ToLowerInvariant(c));
                    }
                }
                else
                {
                    if (!TryLabelToAscii(label, output))
                    {
                        error = $"the domain '{domain}' is not a valid internationalized domain name";
                        return false;
                    }
                }
            }

            if (end < 0)
            {
                break;
            }

            output.Append('.');
            labels = labels[(end + 1)..];
        }

        result = output.ToString();
        return true;
    }

    /// <summary>Appends UTS #46 ToASCII of one label that is not plain ASCII, or returns false when the label is invalid.</summary>
    private static bool TryLabelToAscii(ReadOnlySpan<char> label, StringBuilder output)
    {
        if (TryIdnaGetAscii(label, out var ascii))
        {
            // UTS #46 maps to lowercase; make sure ASCII letters kept as given are too.
            foreach (var c in ascii)
            {
                output.Append(char.ToLowerInvariant(c));
            }

            return true;
        }

        // IdnMapping rejects a label that begins or ends with U+002D (-) (as if CheckHyphens
        // were true), also in its Punycode form. Such a label is valid here, so the hyphens are
        // set aside, the rest is mapped and validated by IdnMapping, and the whole label is
        // Punycode-encoded again.
        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return TryAcceptPunycodeWithEdgeHyphens(label, output);
        }

        var inner = label.Trim('-');
        if (inner.Length == label.Length || !TryIdnaGetAscii(inner, out ascii))
        {
            return false;
        }

        var leading = label.Length - label.TrimStart('-').Length;
        var trailing = label.Length - label.TrimEnd('-').Length;
        var mapped = string.Concat(new string('-', leading), ToUnicode(ascii).ToLowerInvariant(), new string('-', trailing));
        if (Ascii.IsValid(mapped))
        {
            output.Append(mapped);
        }
        else
        {
            output.Append("xn--");
            Punycode.Encode(mapped, output);
        }

        return true;
    }

    /// <summary>
    /// Accepts an "xn--" label that IdnMapping refused only because its decoded form begins or
    /// ends with U+002D (-): the rest must be valid and already mapped (UTS #46 "Validity
    /// Criteria" for a decoded Punycode label), and the label must be the canonical encoding.
    /// </summary>
    private static bool TryAcceptPunycodeWithEdgeHyphens(ReadOnlySpan<char> label, StringBuilder output)
    {
        if (!Punycode.TryDecode(label[4..], out var decoded))
        {
            return false;
        }

        var inner = decoded.AsSpan().Trim('-');
        if (inner.Length == decoded.Length || Ascii.IsValid(inner) || !TryIdnaGetAscii(inner, out var innerAscii)
            || !inner.SequenceEqual(ToUnicode(innerAscii)))
        {
            return false;
        }

        var canonical = new StringBuilder(label.Length);
        canonical.Append("xn--");
        Punycode.Encode(decoded, canonical);
        if (!label.Equals(canonical.ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        output.Append(canonical);
        return true;
    }

    // The Unicode form of one label that IdnMapping.GetAscii produced. IdnMapping.GetUnicode is
    // not used: it also checks the hyphens in the third and fourth positions (as if CheckHyphens
    // were true) and throws for labels such as "\uD024n--a", which the URL standard accepts.
    private static string ToUnicode(string asciiLabel) =>
        asciiLabel.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && Punycode.TryDecode(asciiLabel.AsSpan(4), out var decoded)
            ? decoded
            : asciiLabel;

    private static bool TryIdnaGetAscii(ReadOnlySpan<char> label, out string ascii)
    {
        ascii = string.Empty;
        if (label.IsEmpty)
        {
            return false;
        }

        try
        {
            ascii = Idna.GetAscii(label.ToString());
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>https://url.spec.whatwg.org/#concept-opaque-host-parser</summary>
    private static bool TryParseOpaqueHost(string input, out string host, out string? error)
    {
        host = string.Empty;

        // "1. If input contains a forbidden host code point, host-invalid-code-point validation
        // error, return failure."
        foreach (var c in input)
        {
            if (IsForbiddenHostCodePoint(c))
            {
                error = $"the host '{input}' contains the forbidden code point {Describe(c)}";
                return false;
            }
        }

        // "2. If input contains a code point that is not a URL code point and not U+0025 (%),
        // invalid-URL-unit validation error."
        // "3. If input contains a U+0025 (%) and the two code points following it are not ASCII
        // hex digits, invalid-URL-unit validation error."
        // (Validation errors that do not fail parsing are not reported.)

        // "4. Return the result of running UTF-8 percent-encode on input using the C0 control
        // percent-encode set."
        error = null;
        if (!PercentEncoding.NeedsEncoding(input, PercentEncodeSet.C0Control))
        {
            host = input;
            return true;
        }

        var builder = new StringBuilder(input.Length + 16);
        PercentEncoding.AppendEncoded(builder, input, PercentEncodeSet.C0Control);
        host = builder.ToString();
        return true;
    }

    /// <summary>
    /// https://url.spec.whatwg.org/#forbidden-host-code-point: "U+0000 NULL, U+0009 TAB,
    /// U+000A LF, U+000D CR, U+0020 SPACE, U+0023 (#), U+002F (/), U+003A (:), U+003C (&lt;),
    /// U+003E (&gt;), U+003F (?), U+0040 (@), U+005B ([), U+005C (\), U+005D (]), U+005E (^), or
    /// U+007C (|)."
    /// </summary>
    private static bool IsForbiddenHostCodePoint(char c) =>
        c is '\0' or '\t' or '\n' or '\r' or ' ' or '#' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';

    /// <summary>
    /// https://url.spec.whatwg.org/#forbidden-domain-code-point: "a forbidden host code point,
    /// a C0 control, U+0025 (%), or U+007F DELETE."
    /// </summary>
    private static bool IsForbiddenDomainCodePoint(char c) =>
        IsForbiddenHostCodePoint(c) || c < 0x20 || c == '%' || c == 0x7F;

    private static bool HasAsciiUpper(string value)
    {
        foreach (var c in value)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(char c) =>
        c is >= ' ' and < (char)0x7F ? $"'{c}'" : $"U+{(int)c:X4}";
}

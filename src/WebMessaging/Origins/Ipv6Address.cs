using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// The URL standard's IPv6 address parser and serializer
/// (https://url.spec.whatwg.org/#concept-ipv6-parser). An address is eight 16-bit pieces.
/// </summary>
internal static class Ipv6Address
{
    /// <summary>https://url.spec.whatwg.org/#concept-ipv6-parser</summary>
    public static bool TryParse(ReadOnlySpan<char> input, Span<ushort> address, out string? error)
    {
        error = null;

        // "1. Let address be a new IPv6 address whose IPv6 pieces are all 0."
        address[..8].Clear();

        // "2. Let pieceIndex be 0."
        var pieceIndex = 0;

        // "3. Let compress be null."
        var compress = -1;

        // "4. Let pointer be a pointer for input."
        var pointer = 0;
        const int Eof = -1;
        static int At(ReadOnlySpan<char> text, int at) => at < text.Length ? text[at] : Eof;

        // "5. If c is U+003A (:), then:"
        if (At(input, pointer) == ':')
        {
            // "1. If remaining does not start with U+003A (:), IPv6-invalid-compression
            // validation error, return failure."
            if (At(input, pointer + 1) != ':')
            {
                error = "an IPv6 address starts with a single ':'";
                return false;
            }

            // "2. Increase pointer by 2."
            pointer += 2;

            // "3. Increase pieceIndex by 1 and then set compress to pieceIndex."
            pieceIndex++;
            compress = pieceIndex;
        }

        // "6. While c is not the EOF code point:"
        while (At(input, pointer) != Eof)
        {
            // "1. If pieceIndex is 8, IPv6-too-many-pieces validation error, return failure."
            if (pieceIndex == 8)
            {
                error = "an IPv6 address has more than eight pieces";
                return false;
            }

            // "2. If c is U+003A (:), then:"
            if (At(input, pointer) == ':')
            {
                // "1. If compress is non-null, IPv6-multiple-compression validation error,
                // return failure."
                if (compress >= 0)
                {
                    error = "an IPv6 address has more than one '::'";
                    return false;
                }

                // "2. Increase pointer and pieceIndex by 1, set compress to pieceIndex, and then
                // continue."
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }

            // "3. Let value and length be 0."
            var value = 0;
            var length = 0;

            // "4. While length is less than 4 and c is an ASCII hex digit, set value to value ×
            // 0x10 + c interpreted as hexadecimal number, and increase pointer and length by 1."
            while (length < 4 && IsHex(At(input, pointer)))
            {
                var c = (char)At(input, pointer);
                value = (value * 0x10) + (char.IsAsciiDigit(c) ? c - '0' : (c | 0x20) - 'a' + 10);
                pointer++;
                length++;
            }

            // "5. If c is U+002E (.), then:"
            if (At(input, pointer) == '.')
            {
                // "1. If length is 0, IPv4-in-IPv6-invalid-code-point validation error, return
                // failure."
                if (length == 0)
                {
                    error = "an IPv4 part of an IPv6 address is empty";
                    return false;
                }

                // "2. Decrease pointer by length."
                pointer -= length;

                // "3. If pieceIndex is greater than 6, IPv4-in-IPv6-too-many-pieces validation
                // error, return failure."
                if (pieceIndex > 6)
                {
                    error = "an IPv6 address with an embedded IPv4 address has too many pieces";
                    return false;
                }

                // "4. Let numbersSeen be 0."
                var numbersSeen = 0;

                // "5. While c is not the EOF code point:"
                while (At(input, pointer) != Eof)
                {
                    // "1. Let ipv4Piece be null."
                    var ipv4Piece = -1;

                    // "2. If numbersSeen is greater than 0, then:"
                    if (numbersSeen > 0)
                    {
                        // "1. If c is a U+002E (.) and numbersSeen is less than 4, then increase
                        // pointer by 1."
                        // "2. Otherwise, IPv4-in-IPv6-invalid-code-point validation error,
                        // return failure."
                        if (At(input, pointer) == '.' && numbersSeen < 4)
                        {
                            pointer++;
                        }
                        else
                        {
                            error = "the IPv4 part of an IPv6 address is malformed";
                            return false;
                        }
                    }

                    // "3. If c is not an ASCII digit, IPv4-in-IPv6-invalid-code-point
                    // validation error, return failure."
                    if (!IsDigit(At(input, pointer)))
                    {
                        error = "the IPv4 part of an IPv6 address is malformed";
                        return false;
                    }

                    // "4. While c is an ASCII digit:"
                    while (IsDigit(At(input, pointer)))
                    {
                        // "1. Let number be c interpreted as decimal number."
                        var number = At(input, pointer) - '0';

                        // "2. If ipv4Piece is null, then set ipv4Piece to number. Otherwise, if
                        // ipv4Piece is 0, IPv4-in-IPv6-invalid-code-point validation error,
                        // return failure. Otherwise, set ipv4Piece to ipv4Piece × 10 + number."
                        if (ipv4Piece < 0)
                        {
                            ipv4Piece = number;
                        }
                        else if (ipv4Piece == 0)
                        {
                            error = "the IPv4 part of an IPv6 address has a leading zero";
                            return false;
                        }
                        else
                        {
                            ipv4Piece = (ipv4Piece * 10) + number;
                        }

                        // "3. If ipv4Piece is greater than 255, IPv4-in-IPv6-out-of-range-part
                        // validation error, return failure."
                        if (ipv4Piece > 255)
                        {
                            error = "the IPv4 part of an IPv6 address is greater than 255";
                            return false;
                        }

                        // "4. Increase pointer by 1."
                        pointer++;
                    }

                    // "5. Set address[pieceIndex] to address[pieceIndex] × 0x100 + ipv4Piece."
                    address[pieceIndex] = (ushort)((address[pieceIndex] * 0x100) + ipv4Piece);

                    // "6. Increase numbersSeen by 1."
                    numbersSeen++;

                    // "7. If numbersSeen is 2 or 4, then increase pieceIndex by 1."
                    if (numbersSeen is 2 or 4)
                    {
                        pieceIndex++;
                    }
                }

                // "6. If numbersSeen is not 4, IPv4-in-IPv6-too-few-parts validation error,
                // return failure."
                if (numbersSeen != 4)
                {
                    error = "the IPv4 part of an IPv6 address has fewer than four parts";
                    return false;
                }

                // "7. Break."
                break;
            }

            // "6. Otherwise, if c is U+003A (:): 1. Increase pointer by 1. 2. If c is the EOF
            // code point, IPv6-invalid-code-point validation error, return failure."
            if (At(input, pointer) == ':')
            {
                pointer++;
                if (At(input, pointer) == Eof)
                {
                    error = "an IPv6 address ends with a single ':'";
                    return false;
                }
            }

            // "7. Otherwise, if c is not the EOF code point, IPv6-invalid-code-point validation
            // error, return failure."
            else if (At(input, pointer) != Eof)
            {
                error = $"an IPv6 address contains the invalid code point '{(char)At(input, pointer)}'";
                return false;
            }

            // "8. Set address[pieceIndex] to value."
            address[pieceIndex] = (ushort)value;

            // "9. Increase pieceIndex by 1."
            pieceIndex++;
        }

        // "7. If compress is non-null, then:"
        if (compress >= 0)
        {
            // "1. Let swaps be pieceIndex − compress."
            var swaps = pieceIndex - compress;

            // "2. Set pieceIndex to 7."
            pieceIndex = 7;

            // "3. While pieceIndex is not 0 and swaps is greater than 0, swap address[pieceIndex]
            // with address[compress + swaps − 1], and then decrease both pieceIndex and swaps
            // by 1."
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[compress + swaps - 1]) = (address[compress + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
        }

        // "8. Otherwise, if compress is null and pieceIndex is not 8, IPv6-too-few-pieces
        // validation error, return failure."
        else if (pieceIndex != 8)
        {
            error = "an IPv6 address has fewer than eight pieces";
            return false;
        }

        // "9. Return address."
        return true;
    }

    private static bool IsHex(int c) => c >= 0 && char.IsAsciiHexDigit((char)c);

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    /// <summary>https://url.spec.whatwg.org/#concept-ipv6-serializer, appended to <paramref name="output"/>.</summary>
    public static void Serialize(ReadOnlySpan<ushort> address, StringBuilder output)
    {
        // "1. Let output be the empty string."
        // "2. Let compress be an index to the first IPv6 piece in the first longest sequences of
        // address's IPv6 pieces that are 0."
        // "3. If there is no sequence of address's IPv6 pieces that are 0 that is longer than 1,
        // then set compress to null."
        var compress = -1;
        var longest = 1;
        for (var start = 0; start < 8; start++)
        {
            var end = start;
            while (end < 8 && address[end] == 0)
            {
                end++;
            }

            if (end - start > longest)
            {
                longest = end - start;
                compress = start;
            }

            start = end;
        }

        // "4. Let ignore0 be false."
        var ignore0 = false;

        // "5. For each pieceIndex in the range 0 to 7, inclusive:"
        for (var pieceIndex = 0; pieceIndex < 8; pieceIndex++)
        {
            // "1. If ignore0 is true and address[pieceIndex] is 0, then continue."
            if (ignore0 && address[pieceIndex] == 0)
            {
                continue;
            }

            // "2. Otherwise, if ignore0 is true, set ignore0 to false."
            ignore0 = false;

            // "3. If compress is pieceIndex, then: 1. Let separator be "::" if pieceIndex is 0,
            // and U+003A (:) otherwise. 2. Append separator to output. 3. Set ignore0 to true
            // and continue."
            if (compress == pieceIndex)
            {
                output.Append(pieceIndex == 0 ? "::" : ":");
                ignore0 = true;
                continue;
            }

            // "4. Append address[pieceIndex], represented as the shortest possible lowercase
            // hexadecimal number, to output."
            output.Append(System.Globalization.CultureInfo.InvariantCulture, $"{address[pieceIndex]:x}");

            // "5. If pieceIndex is not 7, then append U+003A (:) to output."
            if (pieceIndex != 7)
            {
                output.Append(':');
            }
        }

        // "6. Return output."
    }
}

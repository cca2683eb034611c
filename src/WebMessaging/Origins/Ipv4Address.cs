using System.Globalization;

namespace WebMessaging.Origins;

/// <summary>
/// The URL standard's IPv4 address parser, serializer and "ends in a number" checker
/// (https://url.spec.whatwg.org/#concept-ipv4-parser).
/// </summary>
internal static class Ipv4Address
{
    // Any parsed number at least this large already fails every range check below, so larger
    // values are clamped here instead of overflowing.
    private const ulong Saturated = 1UL << 40;

    /// <summary>https://url.spec.whatwg.org/#ends-in-a-number-checker</summary>
    public static bool EndsInANumber(ReadOnlySpan<char> input)
    {
        // "1. Let parts be the result of strictly splitting input on U+002E (.)."
        // "2. If the last item in parts is the empty string, then: 1. If parts's size is 1,
        // return false. 2. Remove the last item from parts."
        if (input.Length > 0 && input[^1] == '.')
        {
            if (input.Length == 1)
            {
                return false;
            }

            input = input[..^1];
        }

        // "3. Let last be the last item in parts."
        var last = input[(input.LastIndexOf('.') + 1)..];

        // "4. If last is non-empty and contains only ASCII digits, then return true."
        if (last.Length > 0 && !last.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        // "5. If parsing last as an IPv4 number does not return failure, then return true."
        // "This is equivalent to checking that last is "0X" or "0x", followed by zero or more
        // ASCII hex digits."
        // "6. Return false."
        return TryParseNumber(last, out _, out _);
    }

    /// <summary>https://url.spec.whatwg.org/#concept-ipv4-parser</summary>
    public static bool TryParse(ReadOnlySpan<char> input, out uint address, out string? error)
    {
        address = 0;
        error = null;

        // "1. Let parts be the result of strictly splitting input on U+002E (.)."
        // "2. If the last item in parts is the empty string, then: 1. IPv4-empty-part validation
        // error. 2. If parts's size is greater than 1, then remove the last item from parts."
        if (input.Length > 1 && input[^1] == '.')
        {
            input = input[..^1];
        }

        // "3. If parts's size is greater than 4, IPv4-too-many-parts validation error, return
        // failure."
        if (input.Count('.') > 3)
        {
            error = "an IPv4 address has more than four parts";
            return false;
        }

        // "4. Let numbers be an empty list."
        Span<ulong> numbers = stackalloc ulong[4];
        var count = 0;

        // "5. For each part of parts:"
        foreach (var range in input.Split('.'))
        {
            // "1. Let result be the result of parsing part."
            // "2. If result is failure, IPv4-non-numeric-part validation error, return failure."
            // "3. If result[1] is true, IPv4-non-decimal-part validation error."
            // "4. Append result[0] to numbers."
            if (!TryParseNumber(input[range], out numbers[count], out _))
            {
                error = $"'{input[range]}' is not an IPv4 number";
                return false;
            }

            count++;
        }

        // "6. If any item in numbers is greater than 255, IPv4-out-of-range-part validation
        // error."
        // "7. If any but the last item in numbers is greater than 255, then return failure."
        for (var i = 0; i < count - 1; i++)
        {
            if (numbers[i] > 255)
            {
                error = "an IPv4 address part is greater than 255";
                return false;
            }
        }

        // "8. If the last item in numbers is greater than or equal to 256^(5 − numbers's size),
        // then return failure."
        if (numbers[count - 1] >= 1UL << (8 * (5 - count)))
        {
            error = "the last IPv4 address part is out of range";
            return false;
        }

        // "9. Let ipv4 be the last item in numbers."
        // "10. Remove the last item from numbers."
        var ipv4 = numbers[count - 1];

        // "11. Let counter be 0."
        // "12. For each n of numbers: 1. Increment ipv4 by n × 256^(3 − counter). 2. Increment
        // counter by 1."
        for (var counter = 0; counter < count - 1; counter++)
        {
            ipv4 += numbers[counter] << (8 * (3 - counter));
        }

        // "13. Return ipv4."
        address = (uint)ipv4;
        return true;
    }

    /// <summary>https://url.spec.whatwg.org/#ipv4-number-parser</summary>
    private static bool TryParseNumber(ReadOnlySpan<char> input, out ulong output, out bool validationError)
    {
        output = 0;

        // "1. If input is the empty string, then return failure."
        if (input.IsEmpty)
        {
            validationError = false;
            return false;
        }

        // "2. Let validationError be false."
        validationError = false;

        // "3. Let R be 10."
        var radix = 10;

        // "4. If input contains at least two code points and the first two code points are
        // either "0X" or "0x", then: 1. Set validationError to true. 2. Remove the first two
        // code points from input. 3. Set R to 16."
        if (input.Length >= 2 && input[0] == '0' && (input[1] == 'x' || input[1] == 'X'))
        {
            validationError = true;
            input = input[2..];
            radix = 16;
        }

        // "5. Otherwise, if input contains at least two code points and the first code point is
        // U+0030 (0), then: 1. Set validationError to true. 2. Remove the first code point from
        // input. 3. Set R to 8."
        else if (input.Length >= 2 && input[0] == '0')
        {
            validationError = true;
            input = input[1..];
            radix = 8;
        }

        // "6. If input is the empty string, then return (0, true)."
        if (input.IsEmpty)
        {
            return true;
        }

        // "7. If input contains a code point that is not a radix-R digit, then return failure."
        // "8. Let output be the mathematical integer value that is represented by input in
        // radix-R notation, using ASCII hex digits for digits with values 0 through 15."
        foreach (var c in input)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix)
            {
                output = 0;
                return false;
            }

            output = Math.Min(output * (ulong)radix + (ulong)digit, Saturated);
        }

        // "9. Return (output, validationError)."
        return true;
    }

    /// <summary>https://url.spec.whatwg.org/#concept-ipv4-serializer</summary>
    public static string Serialize(uint address)
    {
        // "1. Let output be the empty string." "2. Let n be the value of address."
        // "3. For each i in the range 1 to 4, inclusive: 1. Prepend n % 256, serialized, to
        // output. 2. If i is not 4, then prepend U+002E (.) to output. 3. Set n to
        // floor(n / 256)."
        // "4. Return output." (Written front to back here, which yields the same string.)
        return string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");
    }
}

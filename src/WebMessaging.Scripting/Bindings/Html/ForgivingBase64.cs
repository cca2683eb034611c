namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Infra standard's forgiving-base64 encode and decode (https://infra.spec.whatwg.org/#forgiving-base64), as atob and btoa use them.</summary>
internal static class ForgivingBase64
{
    /// <summary>https://infra.spec.whatwg.org/#forgiving-base64-decode: the bytes, or null for failure.</summary>
    public static byte[]? Decode(string data)
    {
        // "1. Remove all ASCII whitespace from data."
        Span<char> clean = data.Length <= 1024 ? stackalloc char[data.Length] : new char[data.Length];
        int length = 0;
        foreach (char c in data)
        {
            if (c is not ('\t' or '\n' or '\f' or '\r' or ' '))
            {
                clean[length++] = c;
            }
        }

        // "2. If data's code point length divides by 4 leaving no remainder, then: if data ends
        //  with one or two U+003D (=) code points, then remove them from data."
        if (length % 4 == 0 && length > 0 && clean[length - 1] == '=')
        {
            length--;
            if (clean[length - 1] == '=')
            {
                length--;
            }
        }

        // "3. If data's code point length divides by 4 leaving a remainder of 1, return failure."
        if (length % 4 == 1)
        {
            return null;
        }

        // "4. If data contains a code point that is not one of U+002B (+), U+002F (/), ASCII
        //  alphanumeric, then return failure."
        // "5. Let output be an empty byte sequence." "6. Let buffer be an empty buffer that can
        //  have bits appended to it." "7. Let position be a position variable for data, initially
        //  pointing at the start of data."
        var output = new byte[length * 3 / 4];
        int written = 0;
        int buffer = 0;
        int bits = 0;

        // "8. While position does not point past the end of data:"
        for (int position = 0; position < length; position++)
        {
            // "1. Find the code point pointed to by position in the second column of Table 1:
            //  The Base 64 Alphabet of RFC 4648. Let n be the number given in the first cell of
            //  the same row."
            int n = ValueOf(clean[position]);
            if (n < 0)
            {
                return null;
            }

            // "2. Append the six bits corresponding to n, most significant bit first, to buffer."
            buffer = (buffer << 6) | n;
            bits += 6;

            // "3. If buffer has accumulated 24 bits, interpret them as three 8-bit big-endian
            //  numbers. Append three bytes with values equal to those numbers to output, in the
            //  same order, and then empty buffer."
            if (bits == 24)
            {
                output[written++] = (byte)(buffer >> 16);
                output[written++] = (byte)(buffer >> 8);
                output[written++] = (byte)buffer;
                buffer = 0;
                bits = 0;
            }
        }

        // "9. If buffer is not empty, it contains either 12 or 18 bits. If it contains 12 bits,
        //  then discard the last four and interpret the remaining eight as an 8-bit big-endian
        //  number. If it contains 18 bits, then discard the last two and interpret the remaining
        //  16 as two 8-bit big-endian numbers. Append the one or two bytes with values equal to
        //  those one or two numbers to output, in the same order."
        if (bits == 12)
        {
            output[written++] = (byte)(buffer >> 4);
        }
        else if (bits == 18)
        {
            output[written++] = (byte)(buffer >> 10);
            output[written++] = (byte)(buffer >> 2);
        }

        // "10. Return output."
        return written == output.Length ? output : output[..written];
    }

    /// <summary>https://infra.spec.whatwg.org/#forgiving-base64-encode: RFC 4648 base64 with padding.</summary>
    public static string Encode(ReadOnlySpan<byte> data) => Convert.ToBase64String(data);

    private static int ValueOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        '/' => 63,
        _ => -1,
    };
}

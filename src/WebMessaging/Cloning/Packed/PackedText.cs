using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Cloning.Packed;

/// <summary>
/// The strings of a <see cref="PackedMessage"/>: a header (the length times two, plus one when
/// the units are two bytes each, some unit being above 0xFF), then the units, one byte each
/// (Latin-1) or two.
/// </summary>
internal static class PackedText
{
    /// <summary>The most bytes <see cref="Write"/> takes for a string of <paramref name="length"/> units.</summary>
    public static int MaxByteCount(int length) => sizeof(int) + (2 * length);

    /// <summary>
    /// Writes <paramref name="value"/> (header and units) at the start of <paramref name="target"/>,
    /// which has room for <see cref="MaxByteCount"/>; returns how many bytes it took.
    /// </summary>
    public static int Write(string value, Span<byte> target)
    {
        int length = value.Length;
        Span<byte> units = target.Slice(sizeof(int), length);

        // Short strings (keys, most values) narrow faster unit by unit than through the
        // vectorized call; longer ones take ASCII in bulk first.
        int narrowed = 0;
        if (length > 16 && Ascii.FromUtf16(value, units, out narrowed) == System.Buffers.OperationStatus.Done)
        {
            narrowed = length;
        }

        for (; narrowed < length; narrowed++)
        {
            char unit = value[narrowed];
            if (unit > 0xFF)
            {
                MemoryMarshal.AsBytes(value.AsSpan()).CopyTo(target[sizeof(int)..]);
                MemoryMarshal.Write(target, (length * 2) + 1);
                return sizeof(int) + (2 * length);
            }

            units[narrowed] = (byte)unit;
        }

        MemoryMarshal.Write(target, length * 2);
        return sizeof(int) + length;
    }

    /// <summary><paramref name="value"/> as <see cref="Write"/> writes it, in an array of its own.</summary>
    public static byte[] Encode(string value)
    {
        Span<byte> target = new byte[MaxByteCount(value.Length)];
        return target[..Write(value, target)].ToArray();
    }

    /// <summary>
    /// Reads the string at <paramref name="position"/> and moves past it. Short Latin-1 strings
    /// come from <paramref name="cache"/>, so that keys and common values are made once per thread.
    /// </summary>
    public static string Read(byte[] bytes, ref int position, Latin1StringCache cache)
    {
        int header = Unsafe.ReadUnaligned<int>(ref bytes[position]);
        position += sizeof(int);
        int length = header >> 1;
        if ((header & 1) != 0)
        {
            var units = MemoryMarshal.Cast<byte, char>(bytes.AsSpan(position, 2 * length));
            position += 2 * length;
            return new string(units);
        }

        var latin1 = bytes.AsSpan(position, length);
        position += length;
        return length == 0 ? string.Empty
            : length <= Latin1StringCache.MaxLength ? cache.GetOrAdd(latin1)
            : Encoding.Latin1.GetString(latin1);
    }
}

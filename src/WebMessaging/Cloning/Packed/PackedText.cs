using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Cloning.Packed;

/// <summary>Reads the strings of a <see cref="PackedMessage"/> (see PackedSerializer.WriteStringBody for their form).</summary>
internal static class PackedText
{
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

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// A small per-thread cache of short Latin-1 strings, so that decoding many objects with the
/// same keys ("id", "name", "0", ...) or the same short values ("alpha", "ok", ...) allocates
/// each string once rather than once per occurrence. Strings are immutable, so sharing them
/// between decoded graphs is invisible to their readers. A slot holds the last string hashed
/// to it: a string that misses costs one hash and one comparison more than decoding it plainly.
/// </summary>
internal sealed class Latin1StringCache
{
    /// <summary>Strings longer than this are decoded without a cache.</summary>
    public const int MaxLength = 32;

    [ThreadStatic]
    private static Latin1StringCache? t_keys;

    [ThreadStatic]
    private static Latin1StringCache? t_values;

    // Each slot keeps the full hash beside its string, so that a miss is told without reading
    // the cached string, which is likely cold in memory by then.
    private readonly int[] _hashes;
    private readonly string?[] _texts;
    private readonly int _mask;

    private Latin1StringCache(int size)
    {
        _hashes = new int[size];
        _texts = new string?[size];
        _mask = size - 1;
    }

    /// <summary>This thread's cache of property keys.</summary>
    public static Latin1StringCache Keys => t_keys ??= new Latin1StringCache(1024);

    /// <summary>This thread's cache of short string values, kept apart so that values seen once do not push keys out.</summary>
    public static Latin1StringCache Values => t_values ??= new Latin1StringCache(4096);

    /// <summary>Returns the string whose UTF-16 units are <paramref name="latin1"/>, from the cache when it is there.</summary>
    public string GetOrAdd(ReadOnlySpan<byte> latin1)
    {
        int hash = Hash(latin1);
        int slot = hash & _mask;
        if (_hashes[slot] == hash && _texts[slot] is { } cached && EqualsLatin1(cached, latin1))
        {
            return cached;
        }

        var text = Encoding.Latin1.GetString(latin1);
        _hashes[slot] = hash;
        _texts[slot] = text;
        return text;
    }

    // A hash of the length and of the first and last eight bytes (of all bytes, for shorter
    // strings), read a word at a time: strings that differ only in their middle share a slot,
    // which costs a miss, never a wrong string (a hit also compares every unit).
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        int length = bytes.Length;
        ref byte first = ref MemoryMarshal.GetReference(bytes);
        ulong head;
        ulong tail;
        if (length >= sizeof(ulong))
        {
            head = Unsafe.ReadUnaligned<ulong>(ref first);
            tail = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, length - sizeof(ulong)));
        }
        else if (length >= sizeof(uint))
        {
            head = Unsafe.ReadUnaligned<uint>(ref first);
            tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref first, length - sizeof(uint)));
        }
        else
        {
            head = length == 0 ? 0u : first | ((ulong)Unsafe.Add(ref first, length >> 1) << 8) | ((ulong)Unsafe.Add(ref first, length - 1) << 16);
            tail = 0;
        }

        ulong hash = (head * 0x9E3779B97F4A7C15ul) ^ BitOperations.RotateLeft(tail * 0xC2B2AE3D27D4EB4Ful, 31) ^ (ulong)length;
        hash ^= hash >> 29;
        hash *= 0xBF58476D1CE4E5B9ul;
        return (int)(hash ^ (hash >> 32));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool EqualsLatin1(string candidate, ReadOnlySpan<byte> latin1)
    {
        if (candidate.Length != latin1.Length)
        {
            return false;
        }

        for (int i = 0; i < latin1.Length; i++)
        {
            if (candidate[i] != latin1[i])
            {
                return false;
            }
        }

        return true;
    }
}

using System.Runtime.CompilerServices;
using System.Text;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// A small per-thread cache of short Latin-1 property keys, so that decoding many objects
/// with the same keys ("id", "name", "0", ...) allocates each key once rather than once per
/// object. Strings are immutable, so sharing them between decoded graphs is invisible.
/// </summary>
internal static class PropertyKeyCache
{
    /// <summary>Keys longer than this are decoded without the cache.</summary>
    public const int MaxKeyLength = 32;

    private const int Size = 1024;

    [ThreadStatic]
    private static string?[]? t_keys;

    /// <summary>Returns the string whose UTF-16 units are <paramref name="latin1"/>, from the cache when it is there.</summary>
    public static string GetOrAdd(ReadOnlySpan<byte> latin1)
    {
        var keys = t_keys ??= new string?[Size];
        int slot = Hash(latin1) & (Size - 1);
        var cached = keys[slot];
        if (cached is not null && EqualsLatin1(cached, latin1))
        {
            return cached;
        }

        var key = Encoding.Latin1.GetString(latin1);
        keys[slot] = key;
        return key;
    }

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        uint hash = (uint)bytes.Length * 0x9E3779B9u;
        foreach (byte b in bytes)
        {
            hash = (hash ^ b) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EqualsLatin1(string candidate, ReadOnlySpan<byte> latin1)
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

using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// The encoder's map from a property key (by content) to its key id: open addressing with
/// linear probing over an array rented from the shared pool. Dispose it to return the array.
/// </summary>
internal struct PropertyKeyIdTable : IDisposable
{
    private const int InitialCapacity = 64;

    private Entry[] _entries;
    private int _count;

    public PropertyKeyIdTable()
    {
        _entries = Rent(InitialCapacity);
    }

    /// <summary>Returns the id of <paramref name="key"/> if it has one; otherwise gives it the next id and returns -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(string key)
    {
        int hash = CheapHash(key);
        var entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref entries[slot];
            if (entry.Key is null)
            {
                entry.Key = key;
                entry.Hash = hash;
                entry.Id = _count++;

                // Keep the load under 1/2 so probe runs stay short.
                if (_count * 2 > entries.Length)
                {
                    Grow();
                }

                return -1;
            }

            if (entry.Hash == hash && (ReferenceEquals(entry.Key, key) || string.Equals(entry.Key, key, StringComparison.Ordinal)))
            {
                return entry.Id;
            }
        }
    }

    // Property keys are short and few: a hash of the length and three characters spreads
    // them well enough (collisions are settled by comparing the strings), at a fraction of the
    // cost of string.GetHashCode's randomized hashing of every character.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CheapHash(string key)
    {
        int length = key.Length;
        if (length == 0)
        {
            return 0;
        }

        uint hash = (uint)length * 0x9E3779B9u;
        hash = (hash ^ key[0]) * 0x85EBCA6Bu;
        hash = (hash ^ key[length >> 1]) * 0xC2B2AE35u;
        hash = (hash ^ key[length - 1]) * 0x27D4EB2Fu;
        return (int)(hash ^ (hash >> 15));
    }

    public void Dispose()
    {
        if (_entries is not null)
        {
            ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
            _entries = null!;
        }
    }

    private void Grow()
    {
        var old = _entries;
        var entries = Rent(checked(old.Length * 2));
        int mask = entries.Length - 1;
        foreach (ref readonly var entry in old.AsSpan())
        {
            if (entry.Key is not null)
            {
                int slot = entry.Hash & mask;
                while (entries[slot].Key is not null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot] = entry;
            }
        }

        _entries = entries;
        ArrayPool<Entry>.Shared.Return(old, clearArray: true);
    }

    private static Entry[] Rent(int capacity)
    {
        // Arrays of a power-of-two length, clean: every one goes back to the pool cleared
        // (only this table uses the pool of its Entry type).
        var entries = ArrayPool<Entry>.Shared.Rent(capacity);
        if (!BitOperations.IsPow2(entries.Length))
        {
            ArrayPool<Entry>.Shared.Return(entries);
            return new Entry[capacity];
        }

        return entries;
    }

    private struct Entry
    {
        public string? Key;
        public int Hash;
        public int Id;
    }
}

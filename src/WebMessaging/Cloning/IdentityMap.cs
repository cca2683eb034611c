using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace WebMessaging.Cloning;

/// <summary>
/// The memory of a serialization or deserialization: a map keyed by object identity, with
/// open addressing and linear probing over one array. By reference (the common case) a key is
/// hashed with <see cref="RuntimeHelpers.GetHashCode(object)"/> and compared with
/// <see cref="object.ReferenceEquals"/>, with no comparer call; any other comparer a realm
/// supplies is called instead.
/// </summary>
/// <remarks>
/// A lookup that misses hands out the key's hash, so the insertion that follows (after the
/// record is built) does not hash again. Arrays beyond the initial one are rented from the
/// shared pool and returned by <see cref="Clear"/>, which clears only as much as this use of
/// the map filled: a thread that cloned one large graph does not pay for it again on every
/// small message.
/// </remarks>
internal sealed class IdentityMap<TKey, TValue>
{
    private const int InitialCapacity = 32;

    // Up to this many keys compared by reference are kept in a small list searched in order,
    // with no hashing: RuntimeHelpers.GetHashCode costs far more than a few reference
    // comparisons for the handful of objects of a typical message.
    private const int SmallCapacity = 8;

    // A stored hash always has its top bit set, so 0 marks an empty slot.
    private const int Occupied = int.MinValue;

    private readonly IEqualityComparer<TKey>? _comparer;
    private readonly Entry[] _initialEntries = new Entry[InitialCapacity];
    private Entry[] _entries;
    private int _count;
    // The small list: entries whose Hash is unused (an array of structs, so storing a key
    // needs no array covariance check).
    private readonly Entry[]? _smallEntries;
    private bool _small;

    // How many keys the previous use of the map held: a map growing towards that many goes
    // straight to that size, rather than doubling its way up again.
    private int _previousCount;

    /// <summary>Creates an empty map comparing keys with <paramref name="comparer"/>.</summary>
    public IdentityMap(IEqualityComparer<TKey> comparer)
    {
        Comparer = comparer;

        // By reference, without a comparer call: only for keys that are references.
        _comparer = !typeof(TKey).IsValueType && comparer is ReferenceEqualityComparer ? null : comparer;
        _entries = _initialEntries;
        if (_comparer is null)
        {
            _smallEntries = new Entry[SmallCapacity];
            _small = true;
        }
    }

    /// <summary>The comparer the map was created with.</summary>
    public IEqualityComparer<TKey> Comparer { get; }

    /// <summary>Whether <paramref name="key"/> is in the map.</summary>
    public bool ContainsKey(TKey key) => TryGetValue(key, out _, out _);

    /// <summary>Finds the value of <paramref name="key"/>; on a miss <paramref name="hash"/> is what <see cref="Add(TKey, int, TValue)"/> needs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(TKey key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out TValue value, out int hash)
    {
        if (_small)
        {
            // The hash is not needed yet (0: Add computes it if the map outgrows the list).
            hash = 0;
            Entry[] small = _smallEntries!;
            for (int i = 0; i < _count; i++)
            {
                if (ReferenceEquals(small[i].Key, key))
                {
                    value = small[i].Value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        hash = Hash(key);
        Entry[] entries = _entries;
        int mask = entries.Length - 1;
        for (int slot = Slot(hash, mask); ; slot = (slot + 1) & mask)
        {
            ref Entry entry = ref entries[slot];
            if (entry.Hash == 0)
            {
                value = default;
                return false;
            }

            if (entry.Hash == hash && KeysEqual(entry.Key, key))
            {
                value = entry.Value;
                return true;
            }
        }
    }

    /// <summary>Adds a key that is not in the map, with the <paramref name="hash"/> a missed <see cref="TryGetValue"/> gave.</summary>
    public void Add(TKey key, int hash, TValue value)
    {
        if (_small)
        {
            if (_count < SmallCapacity)
            {
                ref Entry entry = ref _smallEntries![_count];
                entry.Key = key;
                entry.Value = value;
                _count++;
                return;
            }

            MoveSmallListToTable();
        }

        if (hash == 0)
        {
            hash = Hash(key);
        }

        // Keep the load at most 1/2 so probe runs stay short.
        if ((_count + 1) * 2 > _entries.Length)
        {
            Grow();
        }

        Insert(_entries, key, hash, value);
        _count++;
    }

    /// <summary>Adds a key that is not in the map.</summary>
    public void Add(TKey key, TValue value) => Add(key, Hash(key), value);

    /// <summary>Empties the map, keeping no key or value alive, and gives a pooled array back.</summary>
    public void Clear()
    {
        if (_count == 0)
        {
            return;
        }

        if (_small)
        {
            // At most eight slots: plain stores beat a call to Array.Clear.
            Entry[] small = _smallEntries!;
            for (int i = 0; i < _count; i++)
            {
                small[i] = default;
            }

            _count = 0;
            return;
        }

        _small = _smallEntries is not null;

        // Every array goes back to the pool cleared, so that a rented one is clean (only this
        // class uses the pool of its Entry type).
        Entry[] entries = _entries;
        Array.Clear(entries);
        if (!ReferenceEquals(entries, _initialEntries))
        {
            ArrayPool<Entry>.Shared.Return(entries);
            _entries = _initialEntries;
        }

        _previousCount = _count;
        _count = 0;
    }

    private void MoveSmallListToTable()
    {
        Entry[] small = _smallEntries!;
        _small = false;
        int count = _count;
        _count = 0;
        for (int i = 0; i < count; i++)
        {
            Add(small[i].Key, Hash(small[i].Key), small[i].Value);
        }

        Array.Clear(small);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Hash(TKey key) =>
        (_comparer is null ? RuntimeHelpers.GetHashCode(key) : _comparer.GetHashCode(key!)) | Occupied;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool KeysEqual(TKey stored, TKey key) =>
        _comparer is null ? ReferenceEquals(stored, key) : _comparer.Equals(stored, key);

    // Mixes every bit of the hash into the low bits the mask keeps, so that a comparer's
    // hashes that differ only in their high bits still spread over the table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int hash, int mask)
    {
        uint mixed = (uint)hash;
        mixed ^= mixed >> 16;
        mixed *= 0x7FEB352Du;
        mixed ^= mixed >> 15;
        return (int)mixed & mask;
    }

    private static void Insert(Entry[] entries, TKey key, int hash, TValue value)
    {
        int mask = entries.Length - 1;
        int slot = Slot(hash, mask);
        while (entries[slot].Hash != 0)
        {
            slot = (slot + 1) & mask;
        }

        entries[slot] = new Entry { Hash = hash, Key = key, Value = value };
    }

    private void Grow()
    {
        Entry[] old = _entries;
        int capacity = old.Length * 2;
        if ((long)_count * 8 >= _previousCount)
        {
            // On its way to as many keys as last time: room for them all at once, at a load
            // of at most 1/2. (A map that stays much smaller than last time keeps doubling, so
            // clearing it costs in proportion to its own use.)
            capacity = Math.Max(capacity, (int)Math.Min(BitOperations.RoundUpToPowerOf2(((uint)_previousCount * 2) + 2), 1u << 30));
        }

        Entry[] entries = Rent(capacity);
        foreach (ref readonly Entry entry in old.AsSpan())
        {
            if (entry.Hash != 0)
            {
                Insert(entries, entry.Key, entry.Hash, entry.Value);
            }
        }

        _entries = entries;
        Array.Clear(old);
        if (!ReferenceEquals(old, _initialEntries))
        {
            ArrayPool<Entry>.Shared.Return(old);
        }
    }

    private static Entry[] Rent(int capacity)
    {
        // The pool hands out arrays at least as large as asked, of a power-of-two length; they
        // are clean, as every one went back cleared.
        Entry[] entries = ArrayPool<Entry>.Shared.Rent(capacity);
        if (!BitOperations.IsPow2(entries.Length))
        {
            ArrayPool<Entry>.Shared.Return(entries);
            return new Entry[capacity];
        }

        return entries;
    }

    private struct Entry
    {
        public int Hash;
        public TKey Key;
        public TValue Value;
    }
}

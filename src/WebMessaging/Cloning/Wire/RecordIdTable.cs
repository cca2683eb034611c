using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// The encoder's map from a record to its id, by reference: open addressing with linear
/// probing over one array of (record, id) pairs rented from the shared pool, so a lookup
/// touches one cache line and encoding a large graph does not allocate once the pool is warm.
/// Dispose it to return the array.
/// </summary>
internal struct RecordIdTable : IDisposable
{
    private const int InitialCapacity = 64;

    [ThreadStatic]
    private static List<ClaimedRecord>? t_claimedPool;

    private Entry[] _entries;
    private int _count;
    private int _hashedCount;

    // This table's claim on records: a record claimed by it carries its id in the record itself,
    // so numbering it costs no hashing (RuntimeHelpers.GetHashCode of a fresh object is the
    // dearest step of encoding). A record another encoder holds at the same time (two threads
    // encoding one graph) is numbered through the hash table instead.
    // The claim is the list of the records claimed, which is pooled per thread: no two tables
    // in use hold the same list, and a pooled list soon lives in the oldest generation, so
    // claiming an old record does not mark it as pointing to a young object (which would make
    // every young collection scan it).
    private List<ClaimedRecord> _claimed;

    public RecordIdTable()
    {
        _entries = RentCleared(InitialCapacity);
        _claimed = t_claimedPool ?? [];
        t_claimedPool = null;
    }

    /// <summary>Returns the id of <paramref name="record"/> if it has one; otherwise gives it the next id and returns -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GetOrAdd(SerializedRecord record)
    {
        var claim = record.WireClaim;
        if (ReferenceEquals(claim, _claimed))
        {
            return record.WireId;
        }

        if (claim is null && Interlocked.CompareExchange(ref record.WireClaim, _claimed, null) is null)
        {
            record.WireId = _count++;
            _claimed.Add(new ClaimedRecord(record));
            return -1;
        }

        return GetOrAddHashed(record);
    }

    private int GetOrAddHashed(SerializedRecord record)
    {
        var entries = _entries;
        int mask = entries.Length - 1;
        int slot = Hash(record) & mask;
        while (true)
        {
            ref var entry = ref entries[slot];
            if (entry.Record is null)
            {
                entry.Record = record;
                entry.Id = _count++;
                _hashedCount++;

                // Keep the load under 3/4 so probe runs stay short.
                if (_hashedCount * 4 > entries.Length * 3)
                {
                    Grow();
                }

                return -1;
            }

            if (ReferenceEquals(entry.Record, record))
            {
                return entry.Id;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Dispose()
    {
        if (_entries is not null)
        {
            ArrayPool<Entry>.Shared.Return(_entries, clearArray: true);
            _entries = null!;
        }

        if (_claimed is { } claimed)
        {
            // Let go of every record claimed, so that a later encode (on any thread) numbers it afresh.
            foreach (var claimedRecord in claimed)
            {
                Volatile.Write(ref claimedRecord.Record.WireClaim, null);
            }

            claimed.Clear();
            if (claimed.Capacity <= 1 << 20)
            {
                t_claimedPool = claimed;
            }

            _claimed = null!;
        }
    }

    private void Grow()
    {
        var old = _entries;
        var entries = RentCleared(checked(old.Length * 2));
        int mask = entries.Length - 1;
        foreach (ref readonly var entry in old.AsSpan())
        {
            if (entry.Record is { } record)
            {
                int slot = Hash(record) & mask;
                while (entries[slot].Record is not null)
                {
                    slot = (slot + 1) & mask;
                }

                entries[slot] = entry;
            }
        }

        _entries = entries;
        ArrayPool<Entry>.Shared.Return(old, clearArray: true);
    }

    private static Entry[] RentCleared(int capacity)
    {
        // The shared pool hands out arrays of a power-of-two length at least as large as
        // asked, and does not promise they are clean: only null slots count as empty here.
        var entries = ArrayPool<Entry>.Shared.Rent(capacity);
        if (!BitOperations.IsPow2(entries.Length))
        {
            ArrayPool<Entry>.Shared.Return(entries);
            return new Entry[capacity];
        }

        Array.Clear(entries);
        return entries;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(SerializedRecord record) =>
        (int)(((uint)RuntimeHelpers.GetHashCode(record) * 0x9E3779B9u) >> 7);

    private struct Entry
    {
        public SerializedRecord? Record;
        public int Id;
    }
}

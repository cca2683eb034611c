namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A block of bytes that packed messages of one sending thread are written into, one after
/// the other. Once its writer has moved on to another slab and every message in it has been
/// released (delivered or dropped), the slab goes back to a small pool and is written again:
/// a steady stream of messages then allocates no slabs at all.
/// </summary>
/// <remarks>
/// A slab is large enough (128 KB) to live on the large object heap, which young collections
/// neither copy nor treat as young: the queues of waiting messages, which point to slabs, then
/// give them nothing to scan, promote or fix up. A young slab pointed to by 100,000 queued
/// messages made every young collection several milliseconds long.
/// </remarks>
internal sealed class PackedSlab
{
    /// <summary>The size of a pooled slab; a message that does not fit gets a slab of its own size.</summary>
    public const int PooledSize = 128 * 1024;

    // At most 4 MB kept for reuse (a burst of about 130,000 small messages).
    private const int MaxPooled = 32;

    // Stands for the writer while it still writes into the slab: no release can bring the
    // count to zero before the writer lets go (see Seal).
    private const int WriterBias = int.MaxValue / 2;

    private static readonly Lock PoolGate = new();
    private static readonly Stack<PackedSlab> Pool = new();

    private int _references = WriterBias;
    private int _written;

    private PackedSlab(int size) => Bytes = GC.AllocateUninitializedArray<byte>(size);

    /// <summary>The slab's bytes.</summary>
    public byte[] Bytes { get; }

    /// <summary>A slab to write into: a pooled one when there is one, else a new one of at least <paramref name="size"/> bytes.</summary>
    public static PackedSlab Rent(int size)
    {
        if (size <= PooledSize)
        {
            lock (PoolGate)
            {
                if (Pool.TryPop(out PackedSlab? pooled))
                {
                    return pooled;
                }
            }

            size = PooledSize;
        }

        return new PackedSlab(size);
    }

    /// <summary>Counts one more message made in this slab (called by its writer).</summary>
    public void MessageWritten() => _written++;

    /// <summary>The writer moves on: the slab is returned once its messages are all released.</summary>
    public void Seal()
    {
        if (Interlocked.Add(ref _references, _written - WriterBias) == 0)
        {
            Return();
        }
    }

    /// <summary>One message made in this slab was delivered or dropped: its bytes are no longer read.</summary>
    public void Release() => Release(1);

    /// <summary><paramref name="count"/> messages made in this slab were delivered or dropped (released together: one atomic step for all).</summary>
    public void Release(int count)
    {
        if (Interlocked.Add(ref _references, -count) == 0)
        {
            Return();
        }
    }

    /// <summary>How many references the slab counts now (its unreleased messages, plus a large bias while its writer still writes into it), for tests.</summary>
    internal int References => Volatile.Read(ref _references);

    private void Return()
    {
        if (Bytes.Length != PooledSize)
        {
            return;
        }

        _references = WriterBias;
        _written = 0;
        lock (PoolGate)
        {
            if (Pool.Count < MaxPooled)
            {
                Pool.Push(this);
            }
        }
    }
}

using System.Collections;
using System.Runtime.CompilerServices;

namespace WebMessaging.Cloning.Records;

/// <summary>
/// The elements of an <see cref="ArrayRecord"/>: a list of <see cref="SerializedValue"/>s kept in
/// chunks of at most 4,096 values (64 KB), so that no record array is ever a large object.
/// </summary>
/// <remarks>
/// A single array of a large record (10,000 elements take 160 KB) would live on the large object
/// heap, which only full collections visit: once the record is garbage, the dead array would
/// still keep every record it points to alive through the young collections, and moving those
/// costs far more than the records themselves. Chunks are ordinary young objects that die with
/// the record. Up to 4,096 elements there is one chunk, and indexing costs one comparison more
/// than a List.
/// </remarks>
public sealed class SerializedValueList : IList<SerializedValue>, IReadOnlyList<SerializedValue>
{
    private const int ChunkShift = 12;
    private const int ChunkSize = 1 << ChunkShift;
    private const int ChunkMask = ChunkSize - 1;

    // The first chunk grows like a List's array up to ChunkSize; later chunks are full-size.
    private SerializedValue[] _first;
    private SerializedValue[][]? _chunks;
    private int _count;

    /// <summary>Creates an empty list with room for <paramref name="capacity"/> values in its first chunk (at most 4,096).</summary>
    public SerializedValueList(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _first = capacity == 0 ? [] : new SerializedValue[Math.Min(capacity, ChunkSize)];
    }

    /// <inheritdoc cref="ICollection{T}.Count" />
    public int Count => _count;

    // Reads an element the caller knows is in range (for the enumerator).
    internal SerializedValue ItemUnchecked(int index) => index < ChunkSize ? _first[index] : _chunks![index >> ChunkShift][index & ChunkMask];

    /// <inheritdoc />
    bool ICollection<SerializedValue>.IsReadOnly => false;

    /// <inheritdoc cref="IList{T}.this[int]" />
    public SerializedValue this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndexOutOfRange(index);
            }

            return index < ChunkSize ? _first[index] : _chunks![index >> ChunkShift][index & ChunkMask];
        }

        set
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndexOutOfRange(index);
            }

            if (index < ChunkSize)
            {
                _first[index] = value;
            }
            else
            {
                _chunks![index >> ChunkShift][index & ChunkMask] = value;
            }
        }
    }

    /// <inheritdoc cref="ICollection{T}.Add" />
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(SerializedValue item)
    {
        int count = _count;
        if ((uint)count < (uint)_first.Length)
        {
            _first[count] = item;
            _count = count + 1;
            return;
        }

        AddSlow(item);
    }

    /// <inheritdoc />
    public void Clear()
    {
        Array.Clear(_first);
        _chunks = null;
        _count = 0;
    }

    /// <inheritdoc />
    public bool Contains(SerializedValue item) => IndexOf(item) >= 0;

    /// <inheritdoc />
    public int IndexOf(SerializedValue item)
    {
        for (int i = 0; i < _count; i++)
        {
            if (this[i].Equals(item))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public void CopyTo(SerializedValue[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
        if (array.Length - arrayIndex < _count)
        {
            throw new ArgumentException("The destination array is too short.", nameof(array));
        }

        for (int i = 0; i < _count; i++)
        {
            array[arrayIndex + i] = this[i];
        }
    }

    /// <inheritdoc />
    public void Insert(int index, SerializedValue item)
    {
        if ((uint)index > (uint)_count)
        {
            ThrowIndexOutOfRange(index);
        }

        Add(item);
        for (int i = _count - 1; i > index; i--)
        {
            this[i] = this[i - 1];
        }

        this[index] = item;
    }

    /// <inheritdoc />
    public bool Remove(SerializedValue item)
    {
        int index = IndexOf(item);
        if (index < 0)
        {
            return false;
        }

        RemoveAt(index);
        return true;
    }

    /// <inheritdoc />
    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count)
        {
            ThrowIndexOutOfRange(index);
        }

        for (int i = index; i < _count - 1; i++)
        {
            this[i] = this[i + 1];
        }

        this[_count - 1] = default;
        _count--;
    }

    /// <summary>Returns an enumerator over the values in order.</summary>
    public SerializedValueListEnumerator GetEnumerator() => new(this);

    /// <inheritdoc />
    IEnumerator<SerializedValue> IEnumerable<SerializedValue>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private void AddSlow(SerializedValue item)
    {
        int count = _count;
        if (count < ChunkSize)
        {
            // The first chunk grows like a List's array.
            var grown = new SerializedValue[Math.Min(Math.Max(4, _first.Length * 2), ChunkSize)];
            Array.Copy(_first, grown, count);
            _first = grown;
            _first[count] = item;
            _count = count + 1;
            return;
        }

        int chunk = count >> ChunkShift;
        int offset = count & ChunkMask;
        if (offset == 0)
        {
            // A new full-size chunk; chunk 0 is _first.
            if (_chunks is null)
            {
                _chunks = new SerializedValue[4][];
                _chunks[0] = _first;
            }
            else if (chunk == _chunks.Length)
            {
                Array.Resize(ref _chunks, _chunks.Length * 2);
            }

            _chunks[chunk] = new SerializedValue[ChunkSize];
        }

        _chunks![chunk][offset] = item;
        _count = count + 1;
    }

    private static void ThrowIndexOutOfRange(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
}

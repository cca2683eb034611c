using System.Collections;

namespace WebMessaging.Cloning.Records;

/// <summary>
/// The [[Properties]] of an <see cref="ObjectRecord"/>: a view of the list the record holds,
/// in order. Adding through any copy of the view adds to the record.
/// </summary>
public readonly struct SerializedPropertyList : IReadOnlyList<KeyValuePair<string, SerializedValue>>
{
    private readonly ObjectRecord _record;

    internal SerializedPropertyList(ObjectRecord record) => _record = record;

    /// <summary>How many properties the record has.</summary>
    public int Count => _record.PropertyCount;

    /// <summary>The property at <paramref name="index"/>.</summary>
    public KeyValuePair<string, SerializedValue> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_record.PropertyCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            return _record.PropertyItems[index];
        }

        set
        {
            if ((uint)index >= (uint)_record.PropertyCount)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, "The index is outside the list.");
            }

            _record.PropertyItems[index] = value;
        }
    }

    /// <summary>Appends a property.</summary>
    public void Add(KeyValuePair<string, SerializedValue> property)
    {
        ObjectRecord record = _record;
        int count = record.PropertyCount;
        if (count == record.PropertyItems.Length)
        {
            Array.Resize(ref record.PropertyItems, Math.Max(4, count * 2));
        }

        record.PropertyItems[count] = property;
        record.PropertyCount = count + 1;
    }

    /// <summary>The properties, in order, as a span (valid until the next <see cref="Add"/>).</summary>
    public ReadOnlySpan<KeyValuePair<string, SerializedValue>> AsSpan() => new(_record.PropertyItems, 0, _record.PropertyCount);

    /// <summary>Returns an enumerator over the properties in order (valid until the next <see cref="Add"/>).</summary>
    public ReadOnlySpan<KeyValuePair<string, SerializedValue>>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    /// <inheritdoc />
    IEnumerator<KeyValuePair<string, SerializedValue>> IEnumerable<KeyValuePair<string, SerializedValue>>.GetEnumerator()
    {
        ObjectRecord record = _record;
        for (int i = 0; i < record.PropertyCount; i++)
        {
            yield return record.PropertyItems[i];
        }
    }

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<KeyValuePair<string, SerializedValue>>)this).GetEnumerator();
}

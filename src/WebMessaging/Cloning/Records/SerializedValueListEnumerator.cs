using System.Collections;

namespace WebMessaging.Cloning.Records;

/// <summary>Enumerates a <see cref="SerializedValueList"/> without allocating.</summary>
public struct SerializedValueListEnumerator : IEnumerator<SerializedValue>
{
    private readonly SerializedValueList _list;
    private int _index;

    internal SerializedValueListEnumerator(SerializedValueList list)
    {
        _list = list;
        _index = -1;
    }

    /// <inheritdoc />
    public readonly SerializedValue Current => _list.ItemUnchecked(_index);

    /// <inheritdoc />
    readonly object IEnumerator.Current => Current;

    /// <inheritdoc />
    public bool MoveNext() => ++_index < _list.Count;

    /// <inheritdoc />
    public void Reset() => _index = -1;

    /// <inheritdoc />
    public readonly void Dispose()
    {
    }
}

using System.Collections;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Map on the CLR side: entries in insertion order, any key (null,
/// <see cref="Undefined"/>, NaN, objects), keys compared with SameValueZero
/// (<see cref="SameValueZeroComparer"/>).
/// </summary>
public sealed class JsMap : IEnumerable<KeyValuePair<object?, object?>>
{
    private readonly OrderedDictionary<SameValueZeroKey, object?> _entries;

    /// <summary>Creates an empty map.</summary>
    public JsMap(int capacity = 0)
    {
        _entries = new OrderedDictionary<SameValueZeroKey, object?>(capacity);
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the value for <paramref name="key"/> (throws when absent) or sets it (appending a new key at the end).</summary>
    public object? this[object? key]
    {
        get => _entries.TryGetValue(new SameValueZeroKey(key), out var value) ? value : throw new KeyNotFoundException($"The map has no key {key ?? "null"}.");
        set => Set(key, value);
    }

    /// <summary>Sets the value of <paramref name="key"/>; a new key goes last, an existing key keeps its place.</summary>
    public JsMap Set(object? key, object? value)
    {
        _entries[SameValueZeroKey.Normalized(key)] = value;
        return this;
    }

    /// <summary>Whether the map has <paramref name="key"/>.</summary>
    public bool ContainsKey(object? key) => _entries.ContainsKey(new SameValueZeroKey(key));

    /// <summary>Gets the value of <paramref name="key"/> if present.</summary>
    public bool TryGetValue(object? key, out object? value) => _entries.TryGetValue(new SameValueZeroKey(key), out value);

    /// <summary>Removes <paramref name="key"/>; returns whether it was present.</summary>
    public bool Remove(object? key) => _entries.Remove(new SameValueZeroKey(key));

    /// <summary>Removes every entry.</summary>
    public void Clear() => _entries.Clear();

    /// <summary>The keys in insertion order.</summary>
    public IEnumerable<object?> Keys
    {
        get
        {
            foreach (var entry in _entries)
            {
                yield return entry.Key.Value;
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<object?, object?>> GetEnumerator()
    {
        foreach (var entry in _entries)
        {
            yield return new KeyValuePair<object?, object?>(entry.Key.Value, entry.Value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void CopyEntriesTo(List<KeyValuePair<object?, object?>> destination)
    {
        for (int i = 0; i < _entries.Count; i++)
        {
            var entry = _entries.GetAt(i);
            destination.Add(new KeyValuePair<object?, object?>(entry.Key.Value, entry.Value));
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Map({Count})";
}

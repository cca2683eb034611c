namespace WebMessaging.Scripting.Storage;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface
/// A storage area: the map of a Storage object (its keys sorted) and its quota.
/// Every change the standard broadcasts is reported to <see cref="StorageRegistry"/>.
/// </summary>
public sealed class StorageArea
{
    /// <summary>The quota of one area: 5 MiB, counting two bytes per UTF-16 code unit of every key and value.</summary>
    public const long QuotaBytes = 5 * 1024 * 1024;

    private readonly Dictionary<string, string> _map = new(StringComparer.Ordinal);
    private readonly List<string> _keys = [];
    private readonly StorageRegistry _registry;
    private long _usedBytes;

    internal StorageArea(StorageRegistry registry, StorageType type, string origin, string? topLevelWindowId)
    {
        _registry = registry;
        Type = type;
        Origin = origin;
        TopLevelWindowId = topLevelWindowId;
    }

    /// <summary>Whether this is a local or a session storage area.</summary>
    public StorageType Type { get; }

    /// <summary>The serialized origin the area belongs to.</summary>
    public string Origin { get; }

    /// <summary>For a session area, the id of the top-level window whose session it is; null for a local area.</summary>
    public string? TopLevelWindowId { get; }

    /// <summary>The number of key/value pairs (the Storage length attribute).</summary>
    public int Count => _keys.Count;

    /// <summary>The keys in order, sorted by UTF-16 code units (the supported property names of its Storage objects).</summary>
    public IReadOnlyList<string> Keys => _keys;

    /// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-key: the key at <paramref name="index"/>, or null.</summary>
    public string? Key(int index) => index >= 0 && index < _keys.Count ? _keys[index] : null;

    /// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-getitem: "1. If this's map[key] does not exist, then return null. 2. Return this's map[key]."</summary>
    public string? GetItem(string key) => _map.TryGetValue(key, out var value) ? value : null;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-setitem
    /// Sets <paramref name="key"/> to <paramref name="value"/>; returns false (nothing changes)
    /// when the pair would exceed the quota, for the caller to throw QuotaExceededError.
    /// </summary>
    public bool SetItem(string key, string value, object? source)
    {
        // "1. Let oldValue be null." "2. Let reorder be true."
        // "3. If this's map[key] exists: 1. Set oldValue to this's map[key]. 2. If oldValue is
        // value, then return. 3. Set reorder to false."
        var exists = _map.TryGetValue(key, out var oldValue);
        if (exists && string.Equals(oldValue, value, StringComparison.Ordinal))
        {
            return true;
        }

        // "4. If value cannot be stored, then throw a "QuotaExceededError" DOMException exception."
        var used = _usedBytes - (exists ? 2L * (key.Length + oldValue!.Length) : 0) + 2L * (key.Length + value.Length);
        if (used > QuotaBytes)
        {
            return false;
        }

        // "5. Set this's map[key] to value."
        // "6. If reorder is true, then reorder this."
        _map[key] = value;
        _usedBytes = used;
        if (!exists)
        {
            // IMPLEMENTATION DEFINED: "reorder" keeps the keys sorted by code units, the order
            // Chromium's storage gives them in.
            var index = _keys.BinarySearch(key, StringComparer.Ordinal);
            _keys.Insert(~index, key);
        }

        // "7. Broadcast this with key, oldValue, and value."
        _registry.Broadcast(this, source, key, oldValue, value);
        return true;
    }

    /// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-removeitem</summary>
    public void RemoveItem(string key, object? source)
    {
        // "1. If this's map[key] does not exist, then return."
        // "2. Set oldValue to this's map[key]." "3. Remove this's map[key]." "4. Reorder this."
        if (!_map.Remove(key, out var oldValue))
        {
            return;
        }

        _keys.Remove(key);
        _usedBytes -= 2L * (key.Length + oldValue.Length);

        // "5. Broadcast this with key, oldValue, and null."
        _registry.Broadcast(this, source, key, oldValue, null);
    }

    /// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#dom-storage-clear</summary>
    public void Clear(object? source)
    {
        // "1. If this's map is empty, then return." "2. Clear this's map."
        if (_keys.Count == 0)
        {
            return;
        }

        _map.Clear();
        _keys.Clear();
        _usedBytes = 0;

        // "3. Broadcast this with null, null, and null."
        _registry.Broadcast(this, source, null, null, null);
    }
}

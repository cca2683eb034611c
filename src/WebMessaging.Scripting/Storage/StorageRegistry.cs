namespace WebMessaging.Scripting.Storage;

/// <summary>
/// https://html.spec.whatwg.org/multipage/storage.html#storage-shed
/// The storage shed of one browser: a local storage area per origin and a session storage area
/// per top-level window and origin, kept in memory for the browser's life.
/// </summary>
public sealed class StorageRegistry
{
    private readonly Dictionary<string, StorageArea> _local = new(StringComparer.Ordinal);
    private readonly Dictionary<(string TopLevelWindowId, string Origin), StorageArea> _session = [];

    /// <summary>Raised for every change of an area: the area, the object that made it (the Storage object's owner) and the key, old and new values the storage event carries.</summary>
    public event Action<StorageChange>? Changed;

    /// <summary>The local storage area of <paramref name="origin"/> (a serialized tuple origin).</summary>
    public StorageArea Local(string origin)
    {
        if (!_local.TryGetValue(origin, out var area))
        {
            area = new StorageArea(this, StorageType.Local, origin, null);
            _local.Add(origin, area);
        }

        return area;
    }

    /// <summary>The session storage area of <paramref name="origin"/> in the top-level window <paramref name="topLevelWindowId"/>.</summary>
    public StorageArea Session(string topLevelWindowId, string origin)
    {
        if (!_session.TryGetValue((topLevelWindowId, origin), out var area))
        {
            area = new StorageArea(this, StorageType.Session, origin, topLevelWindowId);
            _session.Add((topLevelWindowId, origin), area);
        }

        return area;
    }

    internal void Broadcast(StorageArea area, object? source, string? key, string? oldValue, string? newValue) =>
        Changed?.Invoke(new StorageChange(area, source, key, oldValue, newValue));
}

namespace WebMessaging.Scheduling;

/// <summary>
/// A global's "map of setTimeout and setInterval IDs"
/// (https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#map-of-settimeout-and-setinterval-ids).
/// </summary>
internal sealed class TimerIdMap
{
    private readonly Dictionary<int, PendingTimer> _handles = new();
    private int _lastId;

    public bool TryGet(int id, out PendingTimer? handle) => _handles.TryGetValue(id, out handle);

    public void Set(int id, PendingTimer handle) => _handles[id] = handle;

    public bool Remove(int id, out PendingTimer? handle) => _handles.Remove(id, out handle);

    public IEnumerable<PendingTimer> Handles => _handles.Values;

    /// <summary>An integer greater than zero that does not already exist in the map.</summary>
    public int NewId()
    {
        // IMPLEMENTATION DEFINED: ids count up from 1 per global, as in browsers, wrapping
        // back to 1 after int.MaxValue and skipping ids still in use.
        do
        {
            _lastId = _lastId == int.MaxValue ? 1 : _lastId + 1;
        }
        while (_handles.ContainsKey(_lastId));

        return _lastId;
    }
}

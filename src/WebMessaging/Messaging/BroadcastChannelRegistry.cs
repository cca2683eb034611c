using WebMessaging.Origins;

namespace WebMessaging.Messaging;

/// <summary>
/// The open BroadcastChannel objects of one browser, by storage key (the origin here) and
/// channel name, each list in creation order. A channel leaves when it is closed or when its
/// global is closed; a channel nobody references but whose global lives on stays, since it may
/// still have listeners, as in browsers.
/// </summary>
internal sealed class BroadcastChannelRegistry
{
    private readonly Dictionary<(Origin StorageKey, string Name), List<BroadcastChannel>> _channels = [];
    private int _addedSinceSweep;
    private int _countAtSweep;

    /// <summary>Adds a new channel (the newest of its name, so the last in creation order).</summary>
    public void Add(BroadcastChannel channel)
    {
        lock (_channels)
        {
            var key = (channel.StorageKey, channel.Name);
            if (!_channels.TryGetValue(key, out var list))
            {
                list = [];
                _channels.Add(key, list);
            }

            list.Add(channel);

            // Channels of globals closed long ago leave at the next sweep even when no one
            // posts on their name again; sweeping after as many additions as there were
            // channels keeps the cost per addition constant.
            if (++_addedSinceSweep > Math.Max(64, _countAtSweep))
            {
                Sweep();
            }
        }
    }

    /// <summary>Removes a closed channel.</summary>
    public void Remove(BroadcastChannel channel)
    {
        lock (_channels)
        {
            var key = (channel.StorageKey, channel.Name);
            if (_channels.TryGetValue(key, out var list) && list.Remove(channel) && list.Count == 0)
            {
                _channels.Remove(key);
            }
        }
    }

    /// <summary>
    /// Copies into <paramref name="destinations"/>, in creation order, the open channels named
    /// <paramref name="name"/> whose storage key is <paramref name="storageKey"/> and whose
    /// global is not closed; channels of closed globals are let go on the way.
    /// </summary>
    public void CopyOpenChannels(Origin storageKey, string name, List<BroadcastChannel> destinations)
    {
        lock (_channels)
        {
            if (!_channels.TryGetValue((storageKey, name), out var list))
            {
                return;
            }

            list.RemoveAll(static channel => channel.IsClosed || channel.Owner.IsClosed);
            if (list.Count == 0)
            {
                _channels.Remove((storageKey, name));
                return;
            }

            destinations.AddRange(list);
        }
    }

    /// <summary>How many channels are registered (for tests).</summary>
    internal int Count
    {
        get
        {
            lock (_channels)
            {
                var count = 0;
                foreach (var list in _channels.Values)
                {
                    count += list.Count;
                }

                return count;
            }
        }
    }

    /// <summary>Lets go of every channel that is closed or whose global is closed.</summary>
    internal void Sweep()
    {
        lock (_channels)
        {
            var count = 0;
            List<(Origin, string)>? emptied = null;
            foreach (var (key, list) in _channels)
            {
                list.RemoveAll(static channel => channel.IsClosed || channel.Owner.IsClosed);
                if (list.Count == 0)
                {
                    (emptied ??= []).Add(key);
                }

                count += list.Count;
            }

            if (emptied is not null)
            {
                foreach (var key in emptied)
                {
                    _channels.Remove(key);
                }
            }

            _countAtSweep = count;
            _addedSinceSweep = 0;
        }
    }
}

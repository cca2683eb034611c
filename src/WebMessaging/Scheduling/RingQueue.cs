namespace WebMessaging.Scheduling;

/// <summary>
/// A first-in first-out queue of structs in a ring whose oldest and newest items can be read
/// and updated in place (<see cref="Head"/>, <see cref="Tail"/>): the event loop's task queues
/// count a repeated task on its entry, and a port reads its oldest message without copying it out.
/// </summary>
/// <typeparam name="T">The items.</typeparam>
/// <remarks>Not thread-safe: its owner guards it.</remarks>
internal sealed class RingQueue<T>
    where T : struct
{
    private T[] _items = new T[16];
    private int _head;
    private int _count;

    /// <summary>How many items the queue holds.</summary>
    public int Count => _count;

    /// <summary>The oldest item; the queue must not be empty.</summary>
    public ref T Head => ref _items[_head];

    /// <summary>The newest item; the queue must not be empty.</summary>
    public ref T Tail => ref _items[(_head + _count - 1) & (_items.Length - 1)];

    /// <summary>Adds an item after the newest.</summary>
    public void Enqueue(in T item)
    {
        if (_count == _items.Length)
        {
            Grow();
        }

        _items[(_head + _count) & (_items.Length - 1)] = item;
        _count++;
    }

    /// <summary>Removes and returns the oldest item; the queue must not be empty.</summary>
    public T Dequeue()
    {
        T item = _items[_head];
        RemoveHead();
        return item;
    }

    /// <summary>Removes and returns the oldest item, if there is one.</summary>
    public bool TryDequeue(out T item)
    {
        if (_count == 0)
        {
            item = default;
            return false;
        }

        item = Dequeue();
        return true;
    }

    /// <summary>Removes the oldest item (letting go of what it refers to); the queue must not be empty.</summary>
    public void RemoveHead()
    {
        _items[_head] = default;
        _head = (_head + 1) & (_items.Length - 1);
        _count--;
    }

    private void Grow()
    {
        // The length stays a power of two, so positions wrap with a mask.
        var items = new T[_items.Length * 2];
        for (int i = 0; i < _count; i++)
        {
            items[i] = _items[(_head + i) & (_items.Length - 1)];
        }

        _items = items;
        _head = 0;
    }
}

using System.Collections;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Set on the CLR side: members in insertion order, any value (null,
/// <see cref="Undefined"/>, NaN, objects), compared with SameValueZero
/// (<see cref="SameValueZeroComparer"/>).
/// </summary>
public sealed class JsSet : IEnumerable<object?>
{
    private readonly OrderedDictionary<SameValueZeroKey, bool> _members;

    /// <summary>Creates an empty set.</summary>
    public JsSet(int capacity = 0)
    {
        _members = new OrderedDictionary<SameValueZeroKey, bool>(capacity);
    }

    /// <summary>The number of members.</summary>
    public int Count => _members.Count;

    /// <summary>Adds <paramref name="value"/> at the end unless it is already a member.</summary>
    public JsSet Add(object? value)
    {
        _members.TryAdd(SameValueZeroKey.Normalized(value), true);
        return this;
    }

    /// <summary>Whether <paramref name="value"/> is a member.</summary>
    public bool Contains(object? value) => _members.ContainsKey(new SameValueZeroKey(value));

    /// <summary>Removes <paramref name="value"/>; returns whether it was a member.</summary>
    public bool Remove(object? value) => _members.Remove(new SameValueZeroKey(value));

    /// <summary>Removes every member.</summary>
    public void Clear() => _members.Clear();

    /// <inheritdoc />
    public IEnumerator<object?> GetEnumerator()
    {
        foreach (var member in _members)
        {
            yield return member.Key.Value;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void CopyMembersTo(List<object?> destination)
    {
        for (int i = 0; i < _members.Count; i++)
        {
            destination.Add(_members.GetAt(i).Key.Value);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"Set({Count})";
}

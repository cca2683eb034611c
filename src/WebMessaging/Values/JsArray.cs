namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Array that a <see cref="List{T}"/> cannot represent: one with holes (missing
/// indices), a length beyond <see cref="int.MaxValue"/>, or extra own properties besides its
/// indices. Dense arrays without extra properties deserialize to <c>List&lt;object?&gt;</c> instead.
/// </summary>
public sealed class JsArray
{
    /// <summary>Creates an array of <paramref name="length"/> holes.</summary>
    public JsArray(uint length = 0) => Length = length;

    /// <summary>The array's length; indices at or above it are not elements.</summary>
    public uint Length { get; set; }

    /// <summary>The present elements by index, in ascending order; an index that is absent is a hole.</summary>
    public SortedDictionary<uint, object?> Elements { get; } = [];

    /// <summary>Own enumerable properties whose keys are not array indices, in insertion order.</summary>
    public Dictionary<string, object?> Properties { get; } = [];

    /// <summary>Gets the element at <paramref name="index"/> (<see cref="Undefined.Value"/> for a hole), or sets it (growing the length).</summary>
    public object? this[uint index]
    {
        get => Elements.TryGetValue(index, out var value) ? value : Undefined.Value;
        set
        {
            ArgumentOutOfRangeException.ThrowIfEqual(index, uint.MaxValue);
            Elements[index] = value;
            if (index >= Length)
            {
                Length = index + 1;
            }
        }
    }

    /// <summary>Whether <paramref name="index"/> is a hole (below the length, but with no element).</summary>
    public bool IsHole(uint index) => index < Length && !Elements.ContainsKey(index);

    /// <inheritdoc />
    public override string ToString() => $"Array({Length}, {Elements.Count} elements, {Properties.Count} properties)";
}

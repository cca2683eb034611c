namespace WebMessaging.Values;

/// <summary>A map or set key compared with SameValueZero; lets null be a key of a .NET dictionary.</summary>
internal readonly struct SameValueZeroKey(object? value) : IEquatable<SameValueZeroKey>
{
    public object? Value { get; } = value;

    public bool Equals(SameValueZeroKey other) => SameValueZeroComparer.Instance.Equals(Value, other.Value);

    public override bool Equals(object? obj) => obj is SameValueZeroKey other && Equals(other);

    public override int GetHashCode() => SameValueZeroComparer.Instance.GetHashCode(Value);

    /// <summary>Like Map.prototype.set and Set.prototype.add: "If key is -0𝔽, set key to +0𝔽."</summary>
    public static SameValueZeroKey Normalized(object? key) => new(key is double d && d == 0 ? 0.0 : key);
}

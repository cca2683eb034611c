namespace WebMessaging.Values;

/// <summary>
/// The JavaScript value undefined, which has no CLR equivalent: null stands for JavaScript's
/// null, and <see cref="Value"/> for undefined.
/// </summary>
public sealed class Undefined
{
    private Undefined()
    {
    }

    /// <summary>The one undefined value.</summary>
    public static Undefined Value { get; } = new();

    /// <inheritdoc />
    public override string ToString() => "undefined";
}

namespace WebMessaging.Tests.Cloning;

/// <summary>A plain CLR object whose getters are all auto-properties: the one-walk clone reads it.</summary>
public sealed class AutoPropertyNode
{
    /// <summary>A first slot.</summary>
    public object? A { get; set; }

    /// <summary>A second slot.</summary>
    public object? B { get; set; }

    /// <summary>A boxed-on-read number.</summary>
    public int Number { get; init; }
}

namespace WebMessaging.Tests.Cloning;

/// <summary>A struct of auto-properties: a plain object whose values are read through a box of the struct.</summary>
public struct TypedPropertiesStruct
{
    /// <summary>A Double.</summary>
    public double Number { get; set; }

    /// <summary>A string, or null.</summary>
    public string? Text { get; set; }
}

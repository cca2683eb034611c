namespace WebMessaging.Tests.Cloning;

/// <summary>Counts how often user code (a getter, an iterator) ran while a graph was cloned.</summary>
public sealed class ReadCounter
{
    /// <summary>How many reads happened.</summary>
    public int Reads { get; set; }
}

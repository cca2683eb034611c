namespace WebMessaging.Tests.Messaging;

/// <summary>
/// Tests that measure the process's memory or time: they run alone, after the parallel tests,
/// so that other tests' allocations do not count against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Soak";
}

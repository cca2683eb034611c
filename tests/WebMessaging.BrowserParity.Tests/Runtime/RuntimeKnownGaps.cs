namespace WebMessaging.BrowserParity.Tests.Runtime;

/// <summary>
/// The scenarios our runtime does not pass yet, each with the reason (and the issue that closes it).
/// The runtime parity theory skips them with that reason; <see cref="RuntimeParityTests.KnownGaps_StillFail"/>
/// fails as soon as one passes, so the list never hides a fixed scenario.
/// </summary>
public static class RuntimeKnownGaps
{
    /// <summary>The known gaps by scenario name, each with why it fails.</summary>
    public static IReadOnlyDictionary<string, string> Reasons { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
    };
}

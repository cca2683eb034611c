namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>
/// The rule for a missing browser: outside CI the parity tests are skipped with the reason; in CI
/// (environment variable CI=true) they fail, so a CI machine without the browser cannot pass silently.
/// </summary>
public static class BrowserRequirement
{
    /// <summary>True when the environment variable CI is "true" (any case) or "1".</summary>
    public static bool IsContinuousIntegration
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("CI");
            return string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
        }
    }

    /// <summary>Skips the running test with <paramref name="reason"/>, or fails it in CI.</summary>
    public static void SkipOrFail(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (IsContinuousIntegration)
        {
            Assert.Fail(reason + " CI=true, so a missing browser fails the parity suite instead of skipping it.");
        }

        Skip.If(true, reason);
    }
}

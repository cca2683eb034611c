namespace WebMessaging.BrowserParity.Tests.Chromium;

/// <summary>Launches Chromium once for a test class and closes it after the class's last test.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>The runner, or null when no Chromium is installed (see <see cref="UnavailableReason"/>).</summary>
    public ChromiumScenarioRunner? Runner { get; private set; }

    /// <summary>Why <see cref="Runner"/> is null, or null when it is not.</summary>
    public string? UnavailableReason { get; private set; }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumScenarioRunner.DefaultExecutablePath))
        {
            UnavailableReason = $"No Chromium at {ChromiumScenarioRunner.DefaultExecutablePath}: install Debian's chromium package to run the browser parity tests.";
            return;
        }

        // A browser that is installed but does not start is a failure, never a skip.
        Runner = await ChromiumScenarioRunner.LaunchAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Runner is not null)
        {
            await Runner.DisposeAsync().ConfigureAwait(false);
        }
    }
}

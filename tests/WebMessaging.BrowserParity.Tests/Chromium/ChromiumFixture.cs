using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Chromium;

/// <summary>Launches Chromium once for a test class and closes it after the class's last test.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>
    /// How long a scenario may take to log DONE. A scenario ends as soon as it logs DONE; the
    /// margin is for Chromium on a loaded two-core machine (three scenarios read ahead while
    /// other test assemblies run), where one that opens a popup once took over 10 seconds.
    /// </summary>
    public static readonly TimeSpan ScenarioTimeout = TimeSpan.FromSeconds(30);

    // Two scenarios run ahead of the one a test waits for: about halves the suite's time on two cores.
    private const int ReadAheadDepth = 2;

    /// <summary>The runner, or null when no Chromium is installed (see <see cref="UnavailableReason"/>).</summary>
    public ChromiumScenarioRunner? Runner { get; private set; }

    /// <summary>Runs the scenarios for the tests, reading ahead in the corpus order; null when <see cref="Runner"/> is.</summary>
    public ScenarioReadAhead? Runs { get; private set; }

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
        Runs = new ScenarioReadAhead(Runner, ScenarioCorpus.Names(), ReadAheadDepth, ScenarioTimeout);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Runs is not null)
        {
            await Runs.DrainAsync().ConfigureAwait(false);
        }

        if (Runner is not null)
        {
            await Runner.DisposeAsync().ConfigureAwait(false);
        }
    }
}

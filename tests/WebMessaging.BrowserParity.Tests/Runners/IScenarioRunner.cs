using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>
/// Runs a parity scenario in one engine (Chromium, or our runtime) and returns the top page's RESULT values.
/// </summary>
public interface IScenarioRunner
{
    /// <summary>A short name of the engine, used in failure messages.</summary>
    string EngineName { get; }

    /// <summary>
    /// Loads the scenario's entry page and collects, in order, the text after "RESULT " of each
    /// <c>console.log</c> of the top page until it logs "DONE" or <paramref name="timeout"/> passes.
    /// </summary>
    Task<ScenarioRun> RunAsync(ParityScenario scenario, TimeSpan timeout, CancellationToken cancellationToken = default);
}

using WebMessaging.BrowserParity.Tests.Chromium;
using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests;

/// <summary>
/// Checks that Chromium still prints each scenario's golden file (or, where Chromium is known to depart
/// from the standard, its expected.chromium.txt); with PARITY_UPDATE=1 it rewrites those files instead.
/// </summary>
public sealed class ChromiumParityTests : IClassFixture<ChromiumFixture>
{
    /// <summary>The environment variable that switches the test to rewriting expected.txt files.</summary>
    public const string UpdateVariable = "PARITY_UPDATE";

    private readonly ChromiumFixture _fixture;

    /// <summary>Receives the class's shared browser.</summary>
    public ChromiumParityTests(ChromiumFixture fixture)
    {
        _fixture = fixture;
    }

    /// <summary>Runs one scenario in Chromium and compares its RESULT lines with expected.txt.</summary>
    [SkippableTheory]
    [MemberData(nameof(ParityScenarios.All), MemberType = typeof(ParityScenarios))]
    public async Task Chromium_ProducesExpectedResults(string scenario)
    {
        if (_fixture.Runner is not { } runner || _fixture.Runs is not { } runs)
        {
            BrowserRequirement.SkipOrFail(_fixture.UnavailableReason!);
            return;
        }

        var loaded = ScenarioCorpus.Load(scenario);
        var run = await runs.RunAsync(loaded);

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Assert.True(run.Completed, ScenarioComparison.Explain(loaded, runner.EngineName, [], run));
            // A hand-written expected.txt (one with a Chromium deviation file) is never overwritten.
            if (loaded.HasChromiumDeviation)
            {
                loaded.WriteChromiumDeviation(run.Results);
            }
            else
            {
                loaded.WriteExpected(run.Results);
            }

            return;
        }

        var expected = loaded.ReadChromiumDeviation() ?? loaded.ReadExpected();
        Assert.True(expected is not null, $"Scenario {scenario} has no {ParityScenario.ExpectedFileName}; run the tests with {UpdateVariable}=1 to record Chromium's output, then review it.");
        var problem = ScenarioComparison.Explain(loaded, runner.EngineName, expected!, run);
        Assert.True(problem is null, problem);
    }
}

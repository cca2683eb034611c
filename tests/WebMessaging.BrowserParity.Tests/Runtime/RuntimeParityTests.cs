using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Runtime;

/// <summary>
/// Runs each scenario in our runtime and compares its RESULT lines with expected.txt (the standard's
/// answer, which Chromium prints too unless expected.chromium.txt says otherwise). Needs no browser.
/// </summary>
public sealed class RuntimeParityTests
{
    /// <summary>How much virtual time a scenario has to log DONE, as in the Chromium runs.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    private static readonly RuntimeScenarioRunner s_runner = new();

    /// <summary>Runs one scenario in our runtime; a known gap is skipped with its reason.</summary>
    [SkippableTheory]
    [MemberData(nameof(ParityScenarios.All), MemberType = typeof(ParityScenarios))]
    public async Task Runtime_ProducesExpectedResults(string scenario)
    {
        Skip.If(RuntimeKnownGaps.Reasons.TryGetValue(scenario, out var reason), $"Known gap of our runtime: {reason}");
        var problem = await ExplainAsync(scenario);
        Assert.True(problem is null, problem);
    }

    /// <summary>Every known gap must still fail: once one passes it leaves <see cref="RuntimeKnownGaps"/> (a fact, not a theory, so that an empty list is fine).</summary>
    [Fact]
    public async Task KnownGaps_StillFail()
    {
        foreach (var scenario in RuntimeKnownGaps.Reasons.Keys)
        {
            var problem = await ExplainAsync(scenario);
            Assert.True(problem is not null, $"Scenario {scenario} now passes in our runtime: remove it from {nameof(RuntimeKnownGaps)}.");
        }
    }

    [Fact]
    public void KnownGaps_NameScenariosOfTheCorpus_WithAReason()
    {
        var names = ScenarioCorpus.Names();
        foreach (var (name, reason) in RuntimeKnownGaps.Reasons)
        {
            Assert.True(names.Contains(name), $"{nameof(RuntimeKnownGaps)} names \"{name}\", which is not a scenario under {ScenarioCorpus.Root}.");
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{nameof(RuntimeKnownGaps)} gives no reason for \"{name}\".");
        }
    }

    private static async Task<string?> ExplainAsync(string scenario)
    {
        var loaded = ScenarioCorpus.Load(scenario);
        var expected = loaded.ReadExpected();
        Assert.True(expected is not null, $"Scenario {scenario} has no {ParityScenario.ExpectedFileName}.");
        var run = await s_runner.RunAsync(loaded, s_timeout);
        return ScenarioComparison.Explain(loaded, s_runner.EngineName, expected!, run);
    }
}

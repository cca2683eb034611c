using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests;

/// <summary>The corpus itself: every scenario loads and has a reviewed golden file.</summary>
public sealed class ScenarioCorpusTests
{
    [Fact]
    public void Names_FindsTheCorpus_WithAtLeastSixtyScenarios()
    {
        Assert.True(ScenarioCorpus.Names().Count >= 60, $"Only {ScenarioCorpus.Names().Count} scenarios under {ScenarioCorpus.Root}.");
    }

    [Fact]
    public void EveryScenario_LoadsAndServesItsEntryPage_AndHasExpectedResults()
    {
        foreach (var name in ScenarioCorpus.Names())
        {
            var scenario = ScenarioCorpus.Load(name);
            Assert.True(scenario.SiteMap.Resolve(scenario.SiteMap.Entry) is not null, $"{name}: no file serves the entry {scenario.SiteMap.Entry}.");
            Assert.True(scenario.ReadExpected() is { Count: > 0 }, $"{name}: {ParityScenario.ExpectedFileName} is missing or empty.");
        }
    }

    [Fact]
    public void ChromiumDeviations_AreExplained()
    {
        foreach (var name in ScenarioCorpus.Names())
        {
            var scenario = ScenarioCorpus.Load(name);
            if (scenario.HasChromiumDeviation)
            {
                Assert.True(File.Exists(Path.Combine(scenario.Folder, "expected.notes.md")),
                    $"{name}: has {ParityScenario.ChromiumDeviationFileName} but no expected.notes.md quoting the standard.");
            }
        }
    }

    [Fact]
    public void Load_NameWithPathSeparators_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => ScenarioCorpus.Load("../escape"));
    }
}

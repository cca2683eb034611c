using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests;

/// <summary>The scenario names as xunit theory data, shared by every engine's parity test class.</summary>
public static class ParityScenarios
{
    /// <summary>The names of all scenarios in the corpus, in ordinal order.</summary>
    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in ScenarioCorpus.Names())
        {
            data.Add(name);
        }

        return data;
    }
}

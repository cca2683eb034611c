using WebMessaging.BrowserParity.Tests.Runners;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests;

/// <summary>How a run is judged against a golden file.</summary>
public sealed class ScenarioComparisonTests
{
    private static readonly ParityScenario s_scenario = ScenarioCorpus.Load(ScenarioCorpus.Names()[0]);

    [Fact]
    public void Explain_CompletedRunWithSameLines_ReturnsNull()
    {
        var run = new ScenarioRun(["1", "\"two\""], Completed: true, []);
        Assert.Null(ScenarioComparison.Explain(s_scenario, "engine", ["1", "\"two\""], run));
    }

    [Fact]
    public void Explain_DifferentLine_NamesTheLineAndBothValues()
    {
        var run = new ScenarioRun(["1", "3"], Completed: true, []);
        var message = ScenarioComparison.Explain(s_scenario, "engine", ["1", "2"], run);
        Assert.NotNull(message);
        Assert.Contains("line 2 differs", message, StringComparison.Ordinal);
        Assert.Contains("expected: 2", message, StringComparison.Ordinal);
        Assert.Contains("actual:   3", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_MissingTrailingLine_ReportsTheCounts()
    {
        var run = new ScenarioRun(["1"], Completed: true, []);
        var message = ScenarioComparison.Explain(s_scenario, "engine", ["1", "2"], run);
        Assert.Contains("expected 2 RESULT line(s), got 1", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_RunThatTimedOut_FailsEvenWhenItsLinesMatch()
    {
        var run = new ScenarioRun(["1"], Completed: false, ["uncaught in top page: boom"]);
        var message = ScenarioComparison.Explain(s_scenario, "engine", ["1"], run);
        Assert.NotNull(message);
        Assert.Contains("timed out before DONE", message, StringComparison.Ordinal);
        Assert.Contains("uncaught in top page: boom", message, StringComparison.Ordinal);
    }
}

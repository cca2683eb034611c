using System.Text;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>Compares a run with a scenario's golden file and explains any difference.</summary>
public static class ScenarioComparison
{
    /// <summary>
    /// Returns null when <paramref name="run"/> completed and printed exactly <paramref name="expected"/>;
    /// otherwise a message naming the scenario, the engine and the first differing line.
    /// </summary>
    public static string? Explain(ParityScenario scenario, string engineName, IReadOnlyList<string> expected, ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(run);

        string? problem = null;
        if (!run.Completed)
        {
            problem = $"timed out before DONE after {run.Results.Count} RESULT line(s)";
        }
        else
        {
            var common = Math.Min(expected.Count, run.Results.Count);
            for (var i = 0; i < common && problem is null; i++)
            {
                if (!string.Equals(expected[i], run.Results[i], StringComparison.Ordinal))
                {
                    problem = $"line {i + 1} differs:\n  expected: {expected[i]}\n  actual:   {run.Results[i]}";
                }
            }

            if (problem is null && expected.Count != run.Results.Count)
            {
                problem = $"expected {expected.Count} RESULT line(s), got {run.Results.Count}";
            }
        }

        if (problem is null)
        {
            return null;
        }

        var message = new StringBuilder();
        message.Append("Scenario ").Append(scenario.Name).Append(" in ").Append(engineName).Append(": ").Append(problem).Append('\n');
        message.Append("Got:\n");
        foreach (var line in run.Results)
        {
            message.Append("  ").Append(line).Append('\n');
        }

        if (run.Diagnostics.Count > 0)
        {
            message.Append("Diagnostics:\n");
            foreach (var line in run.Diagnostics)
            {
                message.Append("  ").Append(line).Append('\n');
            }
        }

        return message.ToString();
    }
}

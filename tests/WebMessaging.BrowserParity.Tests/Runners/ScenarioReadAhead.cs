using System.Collections.Concurrent;
using WebMessaging.BrowserParity.Tests.Scenarios;

namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>
/// Runs scenarios a few at a time ahead of the test that asks for them: a browser spends most of a
/// scenario's time starting renderer processes, so overlapping the next scenarios shortens the suite
/// while each test still reports its own scenario.
/// </summary>
public sealed class ScenarioReadAhead
{
    private readonly IScenarioRunner _runner;
    private readonly IReadOnlyList<string> _order;
    private readonly int _depth;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<string, Lazy<Task<ScenarioRun>>> _runs = new(StringComparer.Ordinal);

    /// <summary>Reads ahead <paramref name="depth"/> scenarios in <paramref name="order"/> (the order the tests ask in).</summary>
    public ScenarioReadAhead(IScenarioRunner runner, IReadOnlyList<string> order, int depth, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(order);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _runner = runner;
        _order = order;
        _depth = depth;
        _timeout = timeout;
    }

    /// <summary>Returns the run of <paramref name="scenario"/>, starting it (and the next ones in order) if not yet started.</summary>
    public Task<ScenarioRun> RunAsync(ParityScenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var run = Start(scenario.Name, () => scenario);
        var index = IndexOf(scenario.Name);
        for (var next = index + 1; index >= 0 && next <= index + _depth && next < _order.Count; next++)
        {
            var name = _order[next];
            Start(name, () => ScenarioCorpus.Load(name));
        }

        return run;
    }

    /// <summary>Waits for every started run to end, so the browser can be closed under none.</summary>
    public async Task DrainAsync()
    {
        foreach (var run in _runs.Values)
        {
            try
            {
                await run.Value.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A read-ahead run that failed belongs to a test that was not asked for; its error is not this caller's.
            }
        }
    }

    private Task<ScenarioRun> Start(string name, Func<ParityScenario> load)
    {
        var lazy = _runs.GetOrAdd(name, _ => new Lazy<Task<ScenarioRun>>(() => _runner.RunAsync(load(), _timeout)));
        return lazy.Value;
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _order.Count; i++)
        {
            if (string.Equals(_order[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

namespace WebMessaging.BrowserParity.Tests.Runners;

/// <summary>What one run of a scenario printed.</summary>
/// <param name="Results">The top page's RESULT values (the text after "RESULT "), in the order logged.</param>
/// <param name="Completed">True when the top page logged "DONE" before the timeout.</param>
/// <param name="Diagnostics">Other things seen that help explain a failure (uncaught errors, refused requests).</param>
public sealed record ScenarioRun(IReadOnlyList<string> Results, bool Completed, IReadOnlyList<string> Diagnostics);

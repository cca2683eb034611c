namespace WebMessaging.Cli.Wpt;

/// <summary>One subtest's outcome, as wptreport writes it.</summary>
/// <param name="Name">The subtest's name.</param>
/// <param name="Status">PASS, FAIL, TIMEOUT, NOTRUN or PRECONDITION_FAILED (see <see cref="WptStatus"/>).</param>
/// <param name="Message">The failure message, or null.</param>
internal sealed record WptSubtestResult(string Name, string Status, string? Message);

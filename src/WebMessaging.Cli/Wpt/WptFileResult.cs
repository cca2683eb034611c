namespace WebMessaging.Cli.Wpt;

/// <summary>One test file's outcome, as wptreport writes it: the harness status and every subtest.</summary>
/// <param name="Test">The test's id: its URL path and variant.</param>
/// <param name="Status">OK, ERROR, TIMEOUT or PRECONDITION_FAILED (see <see cref="WptStatus"/>).</param>
/// <param name="Message">Why the harness did not end OK, or null.</param>
/// <param name="Subtests">The subtests in the order they were made.</param>
/// <param name="Duration">The wall time the file took.</param>
internal sealed record WptFileResult(string Test, string Status, string? Message, IReadOnlyList<WptSubtestResult> Subtests, TimeSpan Duration)
{
    /// <summary>How many subtests passed.</summary>
    public int Passed
    {
        get
        {
            var passed = 0;
            foreach (var subtest in Subtests)
            {
                if (subtest.Status == WptStatus.Pass)
                {
                    passed++;
                }
            }

            return passed;
        }
    }

    /// <summary>Whether the harness ended OK and every subtest passed (a file with no subtests passes when its harness is OK).</summary>
    public bool AllPassed => Status == WptStatus.Ok && Passed == Subtests.Count;
}

namespace WebMessaging.Cli.Wpt;

/// <summary>The status names of wptreport: a file's harness status and a subtest's status, from testharness.js's numbers.</summary>
internal static class WptStatus
{
    /// <summary>The harness completed.</summary>
    public const string Ok = "OK";

    /// <summary>The harness hit an error (an uncaught exception, a failed load).</summary>
    public const string Error = "ERROR";

    /// <summary>The file or subtest did not finish in time.</summary>
    public const string Timeout = "TIMEOUT";

    /// <summary>A precondition of the file or subtest was not met.</summary>
    public const string PreconditionFailed = "PRECONDITION_FAILED";

    /// <summary>The subtest passed.</summary>
    public const string Pass = "PASS";

    /// <summary>The subtest failed.</summary>
    public const string Fail = "FAIL";

    /// <summary>The subtest never ran to its end.</summary>
    public const string NotRun = "NOTRUN";

    /// <summary>The name of testharness.js's Test status number (0 PASS, 1 FAIL, 2 TIMEOUT, 3 NOTRUN, 4 PRECONDITION_FAILED).</summary>
    public static string OfSubtest(int status) => status switch
    {
        0 => Pass,
        1 => Fail,
        2 => Timeout,
        3 => NotRun,
        4 => PreconditionFailed,
        _ => Error,
    };

    /// <summary>The name of testharness.js's TestsStatus number (0 OK, 1 ERROR, 2 TIMEOUT, 3 PRECONDITION_FAILED).</summary>
    public static string OfHarness(int status) => status switch
    {
        0 => Ok,
        1 => Error,
        2 => Timeout,
        3 => PreconditionFailed,
        _ => Error,
    };
}

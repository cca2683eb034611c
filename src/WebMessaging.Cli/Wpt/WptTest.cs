namespace WebMessaging.Cli.Wpt;

/// <summary>One test file to run: the URL path (and variant query) it is opened at, and its timeout.</summary>
/// <param name="Path">The test's URL path with its variant, e.g. "/webmessaging/event.data.sub.htm" or "/x/y.any.worker.html?wss": the test's id in the report.</param>
/// <param name="Https">Whether the test is opened over https (its name holds ".https."), else over http.</param>
/// <param name="LongTimeout">Whether the test asks for the long timeout (60 s instead of 10 s).</param>
internal sealed record WptTest(string Path, bool Https, bool LongTimeout)
{
    /// <summary>The harness timeout of a normal test.</summary>
    public static readonly TimeSpan NormalTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The harness timeout of a test with <c>timeout=long</c>.</summary>
    public static readonly TimeSpan LongTimeoutLength = TimeSpan.FromSeconds(60);

    /// <summary>The absolute URL the test is opened at.</summary>
    public string Url => (Https ? "https://" : "http://") + WptHosts.Host + Path;

    /// <summary>The test's harness timeout.</summary>
    public TimeSpan Timeout => LongTimeout ? LongTimeoutLength : NormalTimeout;
}

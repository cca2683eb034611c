namespace WebMessaging.Cli;

/// <summary>The exit codes of <c>webmsg</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The pages ran and no script threw an uncaught error.</summary>
    public const int Success = 0;

    /// <summary>A page script threw an uncaught error, or the run hit a limit (--timeout, an endless loop of tasks).</summary>
    public const int PageError = 1;

    /// <summary>Bad input: a bad option, or a site map, HTML file or report path that is missing, unreadable or invalid.</summary>
    public const int BadInput = 2;

    /// <summary>webmsg itself failed (a bug, or a feature this build lacks).</summary>
    public const int InternalError = 3;
}

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// Why a script or callback of a page was stopped by a limit of <see cref="ScriptedBrowserOptions"/>:
/// the <see cref="PageDiagnostic.Exception"/> of a <see cref="PageDiagnosticKind.ScriptLimit"/>
/// diagnostic (the page goes on; its next task runs normally). The engine's own exception is the
/// <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ScriptLimitExceededException : Exception
{
    /// <summary>Creates the exception for <paramref name="limit"/> with its message and the engine's exception.</summary>
    public ScriptLimitExceededException(ScriptLimit limit, string message, Exception? innerException)
        : base(message, innerException)
    {
        Limit = limit;
    }

    /// <summary>The limit that stopped the script.</summary>
    public ScriptLimit Limit { get; }
}

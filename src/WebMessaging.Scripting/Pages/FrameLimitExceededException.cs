namespace WebMessaging.Scripting.Pages;

/// <summary>
/// Thrown when an iframe would give a page more frames than
/// <see cref="ScriptedBrowserOptions.MaxFramesPerPage"/> allows (e.g. a page that frames itself).
/// </summary>
public sealed class FrameLimitExceededException : InvalidOperationException
{
    /// <summary>Creates the exception with its message.</summary>
    public FrameLimitExceededException(string message)
        : base(message)
    {
    }
}

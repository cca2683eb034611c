namespace WebMessaging.Cli.Running;

/// <summary>A page runner could not load the entry page (its file is missing or cannot be read); the message is one line naming the URL and the problem.</summary>
internal sealed class PageLoadException : Exception
{
    /// <summary>Creates the error with its one-line message.</summary>
    public PageLoadException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

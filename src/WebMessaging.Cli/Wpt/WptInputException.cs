namespace WebMessaging.Cli.Wpt;

/// <summary>Bad input to <c>webmsg wpt</c>: a missing or invalid checkout, test path or output file; the message names it and the problem.</summary>
internal sealed class WptInputException : Exception
{
    /// <summary>Creates the exception with its message.</summary>
    public WptInputException(string message)
        : base(message)
    {
    }
}

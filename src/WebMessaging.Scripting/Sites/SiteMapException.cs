namespace WebMessaging.Scripting.Sites;

/// <summary>
/// A site map could not be made: its file is missing, unreadable or invalid. The message is
/// one line that names the file and the problem.
/// </summary>
public sealed class SiteMapException : Exception
{
    /// <summary>Creates the error for <paramref name="filePath"/> with the given problem.</summary>
    public SiteMapException(string filePath, string problem, Exception? innerException = null)
        : base($"{DisplayText.Quote(filePath)}: {problem}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
    }

    /// <summary>The file the problem is in, as the caller named it.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong with the file, without the file's name.</summary>
    public string Problem { get; }
}

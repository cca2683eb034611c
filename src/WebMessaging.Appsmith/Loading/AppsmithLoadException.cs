namespace WebMessaging.Appsmith.Loading;

/// <summary>
/// An Appsmith application could not be loaded: the file is missing or unreadable, is not
/// JSON, lacks a key the loader needs, or has a schema version this runtime does not read.
/// The message names the file and the key, as in
/// <c>IframeOnSrcDocChange.json: pageList[0].unpublishedPage.layouts: missing</c>.
/// </summary>
public sealed class AppsmithLoadException : Exception
{
    /// <summary>Creates the error for <paramref name="file"/> at <paramref name="key"/> (a JSON path, or null for the file as a whole).</summary>
    public AppsmithLoadException(string file, string? key, string problem, Exception? innerException = null)
        : base(Format(file, key, problem), innerException)
    {
        File = file;
        Key = key;
        Problem = problem;
    }

    /// <summary>The file (or folder) that could not be loaded, as it was given.</summary>
    public string File { get; }

    /// <summary>The JSON path of the key at fault, e.g. <c>pageList[0].unpublishedPage</c>; null when the file as a whole is at fault.</summary>
    public string? Key { get; }

    /// <summary>What is wrong, without the file and key.</summary>
    public string Problem { get; }

    private static string Format(string file, string? key, string problem) =>
        key is null ? $"{file}: {problem}" : $"{file}: {key}: {problem}";
}

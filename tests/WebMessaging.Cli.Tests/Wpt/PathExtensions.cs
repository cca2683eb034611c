namespace WebMessaging.Cli.Tests.Wpt;

/// <summary>Small path helpers for building test checkouts.</summary>
internal static class PathExtensions
{
    /// <summary>Creates the folder <paramref name="file"/> goes in and returns the file's path.</summary>
    public static string EnsureFolder(this string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return file;
    }
}

using System.Text;

namespace WebMessaging.Scripting.Tests.Sites;

/// <summary>A throwaway folder on disk for site map tests, deleted on dispose.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "webmsg-sites-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The full path of the folder.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> as UTF-8 to the relative path, creating folders; returns the full path.</summary>
    public string Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>Creates the folder at the relative path; returns the full path.</summary>
    public string Folder(string relativePath) => Directory.CreateDirectory(PathOf(relativePath)).FullName;

    /// <summary>The full path of a relative path ('/' separated) inside the folder.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder must not fail the test that made it.
        }
    }
}

using WebMessaging.Scripting.Sites;

namespace WebMessaging.Appsmith.Tests;

/// <summary>A parent site on disk (a temporary folder) whose page embeds the app: what --embed takes.</summary>
internal sealed class ParentSite : IDisposable
{
    public const string Origin = "https://parent.example";

    private readonly string _folder;

    /// <summary>Writes <paramref name="html"/> as the parent's index.html.</summary>
    public ParentSite(string html)
    {
        _folder = Path.Join(Path.GetTempPath(), "webmsg-appsmith-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Join(_folder, "index.html"), html);
        Sites = new SiteMapBuilder().AddOrigin(Origin, _folder).SetEntry(Origin + "/").Build();
    }

    /// <summary>The site map: the parent origin, entry its index.html.</summary>
    public SiteMap Sites { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

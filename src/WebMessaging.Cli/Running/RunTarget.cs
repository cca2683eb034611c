using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Running;

/// <summary>The site a run opens, and how the run's header names it.</summary>
/// <param name="Site">The site map whose entry is opened.</param>
/// <param name="Description">What was given: a path, or the built-in sample.</param>
internal sealed record RunTarget(SiteMap Site, string Description)
{
    /// <summary>
    /// The site for the command's input: the built-in sample when <paramref name="path"/> is
    /// null, an HTML file served at <paramref name="origin"/>, or a sites.json (or a folder
    /// holding one).
    /// </summary>
    /// <exception cref="SiteMapException">The input is missing, unreadable or invalid, or --origin is missing or misplaced; the message is one line naming the file.</exception>
    public static RunTarget Resolve(string? path, string? origin)
    {
        if (path is null)
        {
            if (origin is not null)
            {
                throw new SiteMapException("--origin", "serves an HTML file: give the file too, as in 'webmsg run page.html --origin https://app.example'");
            }

            return new RunTarget(DefaultSample.Create(), DefaultSample.Description);
        }

        if (IsHtmlFile(path))
        {
            if (origin is null)
            {
                throw new SiteMapException(path, "an HTML file needs --origin, the origin to serve it at (e.g. --origin https://app.example)");
            }

            return new RunTarget(SiteMap.FromFile(path, origin), path);
        }

        if (origin is not null)
        {
            throw new SiteMapException(path, "--origin is only for an HTML file: a site map names its own origins");
        }

        return new RunTarget(SiteMap.Load(path), path);
    }

    private static bool IsHtmlFile(string path) =>
        !Directory.Exists(path)
        && (path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));
}

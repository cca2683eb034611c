using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// A web-platform-tests checkout the user points at: its root folder, and the site map that
/// serves it on every wpt host and port (<see cref="WptHosts"/>), each its own origin.
/// </summary>
internal sealed class WptCheckout
{
    private WptCheckout(string root, SiteMap sites)
    {
        Root = root;
        Sites = sites;
    }

    /// <summary>The checkout's root folder (a full path).</summary>
    public string Root { get; }

    /// <summary>The site map: every wpt origin served from <see cref="Root"/>, with wptserve's generated content.</summary>
    public SiteMap Sites { get; }

    /// <summary>Opens the checkout at <paramref name="root"/>.</summary>
    /// <exception cref="WptInputException">The folder does not exist or has no resources/testharness.js.</exception>
    public static WptCheckout Open(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        string full;
        try
        {
            full = Path.GetFullPath(root);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new WptInputException($"--root '{root}' is not a valid path: {e.Message}");
        }

        if (!Directory.Exists(full))
        {
            throw new WptInputException($"--root '{root}': no such folder.");
        }

        if (!File.Exists(Path.Combine(full, "resources", "testharness.js")))
        {
            throw new WptInputException($"--root '{root}' is not a web-platform-tests checkout: it has no resources/testharness.js.");
        }

        var builder = new SiteMapBuilder();
        foreach (var origin in WptHosts.AllOrigins())
        {
            builder.AddOrigin(origin, full);
        }

        builder.AddContentProvider(new WptContentProvider());
        builder.SetEntry("http://" + WptHosts.Host + "/");
        return new WptCheckout(full, builder.Build());
    }
}

using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Running;

/// <summary>
/// The site <c>webmsg run</c> runs when given nothing: a page that hands one port of a
/// MessageChannel to its iframe, and the iframe that answers "Hello from the iframe!" over it.
/// The two files are resources of this assembly.
/// </summary>
internal static class DefaultSample
{
    /// <summary>The URL of the sample's page.</summary>
    public const string EntryUrl = "https://app.example/";

    /// <summary>The URL of the sample's iframe.</summary>
    public const string FrameUrl = "https://app.example/page2.html";

    /// <summary>What the run's header calls the sample.</summary>
    public const string Description = "the built-in channel messaging sample (a page and its iframe talking over a MessageChannel)";

    /// <summary>The sample as a site map served from memory.</summary>
    public static SiteMap Create() =>
        new SiteMapBuilder()
            .AddPage(EntryUrl, ReadResource("index.html"))
            .AddPage(FrameUrl, ReadResource("page2.html"))
            .SetEntry(EntryUrl)
            .Build();

    /// <summary>One of the sample's files, by name.</summary>
    public static string ReadResource(string name)
    {
        var resourceName = "WebMessaging.Cli.Samples." + name;
        using var stream = typeof(DefaultSample).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is missing from the webmsg assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

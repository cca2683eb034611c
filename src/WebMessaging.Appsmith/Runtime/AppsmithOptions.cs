using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>How an <see cref="AppsmithSession"/> runs an app: at which origin, on which page, alone or embedded in a parent page.</summary>
public sealed class AppsmithOptions
{
    /// <summary>The origin the app is served at unless <see cref="Origin"/> says otherwise.</summary>
    public const string DefaultOrigin = "https://app.appsmith.test";

    /// <summary>The origin the app's pages are served at: an http or https origin, e.g. https://app.example.</summary>
    public string Origin { get; init; } = DefaultOrigin;

    /// <summary>The page to open, by name; the application's default page when null.</summary>
    public string? Page { get; init; }

    /// <summary>
    /// Where everything but the app comes from: the Iframe widgets' <c>source</c> URLs and, with
    /// <see cref="Embedded"/>, the parent page. Only origins served from folders are taken over.
    /// </summary>
    public SiteMap? Sites { get; init; }

    /// <summary>
    /// Whether <see cref="Sites"/>'s entry is a parent page that embeds the app in an iframe
    /// whose src is on <see cref="Origin"/>; false runs the app as a top-level window.
    /// </summary>
    public bool Embedded { get; init; }

    /// <summary>The browser's options (limits, clock, console and diagnostic hooks); <see cref="ScriptedBrowserOptions.OnWindowCreated"/> still runs for every document.</summary>
    public ScriptedBrowserOptions? Browser { get; init; }

    /// <summary>Called for each app event as it happens, from the first evaluation on.</summary>
    public Action<AppsmithEvent>? OnEvent { get; init; }
}

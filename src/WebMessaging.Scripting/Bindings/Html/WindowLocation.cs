using Jint;
using WebMessaging.Browsing;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// What a Location object stands for (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-location-interface):
/// the URL of its window's document, read at each access, cut into the URL standard's parts.
/// </summary>
internal sealed class WindowLocation
{
    public WindowLocation(Window window) => Window = window;

    /// <summary>The window whose document's URL this is (the Location's relevant global object).</summary>
    public Window Window { get; }

    // "A Location object has an associated relevant Document, which is its relevant global
    //  object's browsing context's active document ... Its url is this's relevant Document's URL."
    private Url Url => Window.Url;

    /// <summary>"The href getter steps are: ... Return this's url, serialized."</summary>
    public string Href => Url.Href;

    /// <summary>"The origin getter steps are: ... Return the serialization of this's url's origin."</summary>
    public string Origin => Url.Origin.Serialize();

    /// <summary>"The protocol getter steps are: ... Return this's url's scheme, followed by ":"."</summary>
    public string Protocol => Url.Scheme + ":";

    /// <summary>
    /// "The host getter steps are: ... 2. Let url be this's url. 3. If url's host is null, return
    /// the empty string. 4. If url's port is null, return url's host, serialized. 5. Return url's
    /// host, serialized, followed by ":" and url's port, serialized."
    /// </summary>
    public string Host => Url.Host is not { } host ? "" : Url.Port is { } port ? host + ":" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) : host;

    /// <summary>"The hostname getter steps are: ... 2. If this's url's host is null, return the empty string. 3. Return this's url's host, serialized."</summary>
    public string Hostname => Url.Host ?? "";

    /// <summary>"The port getter steps are: ... 2. If this's url's port is null, return the empty string. 3. Return this's url's port, serialized."</summary>
    public string Port => Url.Port is { } port ? port.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    /// <summary>"The pathname getter steps are: ... Return the result of URL path serializing this Location object's url."</summary>
    public string Pathname => Url.Path;

    /// <summary>"The search getter steps are: ... 2. If this's url's query is either null or the empty string, return the empty string. 3. Return "?", followed by this's url's query."</summary>
    public string Search => string.IsNullOrEmpty(Url.Query) ? "" : "?" + Url.Query;

    /// <summary>"The hash getter steps are: ... 2. If this's url's fragment is either null or the empty string, return the empty string. 3. Return "#", followed by this's url's fragment."</summary>
    public string Hash => string.IsNullOrEmpty(Url.Fragment) ? "" : "#" + Url.Fragment;
}

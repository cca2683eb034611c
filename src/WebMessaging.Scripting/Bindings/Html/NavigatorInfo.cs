namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>What a window's Navigator object tells scripts about the user agent (https://html.spec.whatwg.org/multipage/system-state.html#the-navigator-object).</summary>
internal sealed class NavigatorInfo
{
    /// <summary>The user agent string unless the page host sets another: a Chromium-like string that names this runtime.</summary>
    public const string DefaultUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) WebMessaging/1.0 Safari/537.36";

    public NavigatorInfo(string userAgent)
    {
        UserAgent = userAgent;
    }

    /// <summary>navigator.userAgent.</summary>
    public string UserAgent { get; }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/system-state.html#dom-navigator-appversion
    /// "Must return the appropriate string that starts with "5.0 (", as follows: Let trail be the
    /// substring of default `User-Agent` value that follows the "Mozilla/" prefix."
    /// </summary>
    public string AppVersion => UserAgent.StartsWith("Mozilla/", StringComparison.Ordinal) ? UserAgent["Mozilla/".Length..] : UserAgent;
}

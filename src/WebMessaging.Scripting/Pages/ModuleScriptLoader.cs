using Jint;
using Jint.Runtime.Modules;
using WebMessaging.Scripting.Bindings.WebIdl;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// The module map of one document's realm: resolves module specifiers the way the HTML standard
/// does (without import maps) and fetches module scripts through the site map, for module script
/// elements, their static imports and dynamic <c>import()</c> from any script of the realm.
/// </summary>
/// <remarks>
/// Jint keeps the module map itself (a module is fetched and evaluated once per realm); this
/// loader answers its two questions. An inline module script has no URL of its own: it is
/// registered under a key of its own (<see cref="RegisterInline"/>) whose base URL is the
/// document's, so that its relative imports and its <c>import.meta.url</c> are the document's.
/// </remarks>
internal sealed class ModuleScriptLoader : ModuleLoader
{
    private readonly Func<Engine> _engine;
    private readonly Func<Url> _baseUrl;
    private readonly Func<Url, (string? Text, string? Error)> _fetch;
    private readonly Action<Url, string> _onNetworkError;
    private readonly Dictionary<string, Url> _inlineBaseUrls = new(StringComparer.Ordinal);
    private int _inlineCount;

    /// <param name="engine">The realm's engine (made after this loader, which its options take).</param>
    /// <param name="baseUrl">The settings object's API base URL: the document's base URL, or the worker's URL.</param>
    /// <param name="fetch">Fetches a module script's text, or says why it could not.</param>
    /// <param name="onNetworkError">Told of every module script that could not be fetched (for the console).</param>
    public ModuleScriptLoader(Func<Engine> engine, Func<Url> baseUrl, Func<Url, (string? Text, string? Error)> fetch, Action<Url, string> onNetworkError)
    {
        _engine = engine;
        _baseUrl = baseUrl;
        _fetch = fetch;
        _onNetworkError = onNetworkError;
    }

    /// <summary>The module map of a document: module scripts come from the site map; failures go to the page's console.</summary>
    public static ModuleScriptLoader ForDocument(ScriptedWindow window) => new(
        () => window.Engine,
        () => window.BaseUrl,
        url =>
        {
            var response = window.Browser.Sites.Fetch(url);
            return response.IsNetworkError ? (null, response.ErrorMessage) : (response.GetText(), null);
        },
        (url, message) => window.Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, message, window.Url.Href, url.Href)));

    /// <summary>The URL of a module script whose fetch failed since <see cref="ClearFetchFailure"/>, or null.</summary>
    public string? FailedFetchUrl { get; private set; }

    /// <summary>Forgets the last fetch failure, before a module graph is fetched.</summary>
    public void ClearFetchFailure() => FailedFetchUrl = null;

    /// <summary>Registers the source text of an inline module script and returns the key to import it by.</summary>
    public string RegisterInline(string sourceText, Url baseUrl)
    {
        var key = $"{baseUrl.HrefExcludingFragment}#<inline module {++_inlineCount}>";
        _inlineBaseUrls[key] = baseUrl;
        _engine().Modules.Add(key, sourceText);
        return key;
    }

    /// <summary>
    /// The URL a module's <c>import.meta.url</c> gives and its imports resolve against: the
    /// document's base URL for an inline module script, the module's own URL otherwise.
    /// </summary>
    public Url? BaseUrlOf(string? moduleLocation)
    {
        if (moduleLocation is null)
        {
            return _baseUrl();
        }

        if (_inlineBaseUrls.TryGetValue(moduleLocation, out var inlineBase))
        {
            return inlineBase;
        }

        return Url.TryParse(moduleLocation, null, out var url) ? url : null;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#resolve-a-module-specifier
    /// "resolve a module specifier", given a referring script's location and a specifier.
    /// </summary>
    public override ResolvedSpecifier Resolve(string? referencingModuleLocation, ModuleRequest moduleRequest)
    {
        var specifier = moduleRequest.Specifier;

        // A key from RegisterInline is the module's own name, not a specifier to resolve.
        if (_inlineBaseUrls.ContainsKey(specifier))
        {
            return new ResolvedSpecifier(moduleRequest, specifier, AsUri(_inlineBaseUrls[specifier]), SpecifierType.RelativeOrAbsolute);
        }

        // "4. Let baseURL be ... referringScript's base URL ... Otherwise, ... settingsObject's API base URL."
        var baseUrl = BaseUrlOf(referencingModuleLocation) ?? _baseUrl();

        // FIXME: "5. Let importMap be ... the import map of ... the global object", "7-11" (import maps).
        // "6. Let asURL be the result of resolving a URL-like module specifier given specifier and baseURL."
        // "12. Let result be asURL." "13. If result is null, throw a TypeError indicating that
        // specifier was a bare specifier, but was not remapped to anything by importMap."
        var url = ResolveUrlLikeSpecifier(specifier, baseUrl)
            ?? throw ScriptErrors.TypeError(_engine(), $"Failed to resolve module specifier \"{specifier}\". Relative references must start with either \"/\", \"./\", or \"../\".");

        return new ResolvedSpecifier(moduleRequest, url.Href, AsUri(url), SpecifierType.RelativeOrAbsolute);
    }

    private static Uri? AsUri(Url url) => Uri.TryCreate(url.Href, UriKind.Absolute, out var uri) ? uri : null;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#resolving-a-url-like-module-specifier
    /// "resolve a URL-like module specifier", given a string specifier and a URL baseURL.
    /// </summary>
    public static Url? ResolveUrlLikeSpecifier(string specifier, Url baseUrl)
    {
        // "1. If specifier starts with "/", "./", or "../", then: 1. Let url be the result of URL
        // parsing specifier with baseURL. 2. If url is failure, then return null. 3. Return url."
        if (specifier.StartsWith('/') || specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal))
        {
            return Url.TryParse(specifier, baseUrl, out var relative) ? relative : null;
        }

        // "2. Let url be the result of URL parsing specifier (with no base URL)."
        // "3. If url is failure, then return null." "4. Return url."
        return Url.TryParse(specifier, null, out var absolute) ? absolute : null;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-single-module-script
    /// The source text of the module script at the resolved URL, fetched through the site map.
    /// </summary>
    protected override string LoadModuleContents(Engine engine, ResolvedSpecifier resolved)
    {
        var url = Url.Parse(resolved.Key);
        var (text, error) = _fetch(url);

        // "9. If any of the following are true: response's type is "error"; ... response's status
        // is not an ok status, then set moduleMap[(url, moduleType)] to null, run onComplete given
        // null, and abort these steps."
        // IMPLEMENTATION DEFINED: the site map has no CORS headers; a module of another origin is
        // fetched as if its server allowed this page's origin.
        if (text is null)
        {
            FailedFetchUrl ??= url.Href;
            _onNetworkError(url, error ?? "Failed to load module script " + url.Href);
            throw new InvalidOperationException("Failed to fetch the module script " + url.Href);
        }

        // FIXME: "10. Let mimeType be the result of extracting a MIME type from response's header
        // list." and the check that a JavaScript module's MIME type is a JavaScript MIME type.
        return text;
    }
}

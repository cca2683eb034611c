namespace WebMessaging.Origins;

/// <summary>The states of the basic URL parser (https://url.spec.whatwg.org/#url-parsing), named as the standard names them.</summary>
internal enum UrlParserState
{
    /// <summary>https://url.spec.whatwg.org/#scheme-start-state</summary>
    SchemeStart,

    /// <summary>https://url.spec.whatwg.org/#scheme-state</summary>
    Scheme,

    /// <summary>https://url.spec.whatwg.org/#no-scheme-state</summary>
    NoScheme,

    /// <summary>https://url.spec.whatwg.org/#special-relative-or-authority-state</summary>
    SpecialRelativeOrAuthority,

    /// <summary>https://url.spec.whatwg.org/#path-or-authority-state</summary>
    PathOrAuthority,

    /// <summary>https://url.spec.whatwg.org/#relative-state</summary>
    Relative,

    /// <summary>https://url.spec.whatwg.org/#relative-slash-state</summary>
    RelativeSlash,

    /// <summary>https://url.spec.whatwg.org/#special-authority-slashes-state</summary>
    SpecialAuthoritySlashes,

    /// <summary>https://url.spec.whatwg.org/#special-authority-ignore-slashes-state</summary>
    SpecialAuthorityIgnoreSlashes,

    /// <summary>https://url.spec.whatwg.org/#authority-state</summary>
    Authority,

    /// <summary>https://url.spec.whatwg.org/#host-state</summary>
    Host,

    /// <summary>https://url.spec.whatwg.org/#port-state</summary>
    Port,

    /// <summary>https://url.spec.whatwg.org/#file-state</summary>
    File,

    /// <summary>https://url.spec.whatwg.org/#file-slash-state</summary>
    FileSlash,

    /// <summary>https://url.spec.whatwg.org/#file-host-state</summary>
    FileHost,

    /// <summary>https://url.spec.whatwg.org/#path-start-state</summary>
    PathStart,

    /// <summary>https://url.spec.whatwg.org/#path-state</summary>
    Path,

    /// <summary>https://url.spec.whatwg.org/#cannot-be-a-base-url-path-state</summary>
    OpaquePath,

    /// <summary>https://url.spec.whatwg.org/#query-state</summary>
    Query,

    /// <summary>https://url.spec.whatwg.org/#fragment-state</summary>
    Fragment,
}

namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/browsers.html#sandboxing
/// The allow- keywords of an iframe's sandbox attribute: a sandboxed document gets every
/// restriction except those its keywords lift. <see cref="None"/> is <c>sandbox=""</c>, the
/// strictest sandbox; not being sandboxed at all is a null <see cref="SandboxFlags"/>?.
/// </summary>
[Flags]
public enum SandboxFlags
{
    /// <summary>No keyword: every sandboxing flag is set.</summary>
    None = 0,

    /// <summary>allow-same-origin: keeps the document's own origin; without it the document gets a fresh opaque origin.</summary>
    AllowSameOrigin = 1 << 0,

    /// <summary>allow-scripts: lets the document run scripts.</summary>
    AllowScripts = 1 << 1,

    /// <summary>allow-popups: lets the document open new windows with window.open.</summary>
    AllowPopups = 1 << 2,

    /// <summary>allow-popups-to-escape-sandbox: windows the document opens are not sandboxed.</summary>
    AllowPopupsToEscapeSandbox = 1 << 3,

    /// <summary>allow-top-navigation: lets the document navigate its top-level traversable.</summary>
    AllowTopNavigation = 1 << 4,

    /// <summary>allow-forms: lets the document submit forms.</summary>
    AllowForms = 1 << 5,

    /// <summary>allow-modals: lets the document open modal dialogs (alert, confirm, print).</summary>
    AllowModals = 1 << 6,
}

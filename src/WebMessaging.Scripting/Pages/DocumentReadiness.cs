namespace WebMessaging.Scripting.Pages;

/// <summary>
/// https://html.spec.whatwg.org/multipage/dom.html#current-document-readiness
/// A document's current document readiness, as document.readyState reads it.
/// </summary>
public enum DocumentReadiness
{
    /// <summary>"loading": the document is being parsed.</summary>
    Loading,

    /// <summary>"interactive": parsing is over; deferred scripts and subframes may still be loading.</summary>
    Interactive,

    /// <summary>"complete": the document and its subframes have loaded (the load event fires next).</summary>
    Complete,
}

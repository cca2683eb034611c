namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/document-sequences.html#the-rules-for-choosing-a-navigable
/// The windowType the rules for choosing a navigable return.
/// </summary>
internal enum WindowType
{
    /// <summary>"existing or none": an existing navigable was chosen, or none.</summary>
    ExistingOrNone,

    /// <summary>"new and unrestricted": a new top-level traversable with an opener.</summary>
    NewAndUnrestricted,

    /// <summary>"new with no opener": a new top-level traversable without an opener.</summary>
    NewWithNoOpener,
}

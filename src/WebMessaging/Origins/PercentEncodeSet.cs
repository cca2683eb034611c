namespace WebMessaging.Origins;

/// <summary>
/// The percent-encode sets of the URL standard
/// (https://url.spec.whatwg.org/#percent-encoded-bytes). Each set contains the one before it
/// in this list, except that the query set does not contain the fragment set's U+0060 (`).
/// </summary>
internal enum PercentEncodeSet
{
    /// <summary>"The C0 control percent-encode set are the C0 controls and all code points greater than U+007E (~)."</summary>
    C0Control,

    /// <summary>"The fragment percent-encode set is the C0 control percent-encode set and U+0020 SPACE, U+0022 ("), U+003C (&lt;), U+003E (&gt;), and U+0060 (`)."</summary>
    Fragment,

    /// <summary>"The query percent-encode set is the C0 control percent-encode set and U+0020 SPACE, U+0022 ("), U+0023 (#), U+003C (&lt;), and U+003E (&gt;)."</summary>
    Query,

    /// <summary>"The special-query percent-encode set is the query percent-encode set and U+0027 (')."</summary>
    SpecialQuery,

    /// <summary>"The path percent-encode set is the query percent-encode set and U+003F (?), U+005E (^), U+0060 (`), U+007B ({), and U+007D (})."</summary>
    Path,

    /// <summary>"The userinfo percent-encode set is the path percent-encode set and U+002F (/), U+003A (:), U+003B (;), U+003D (=), U+0040 (@), U+005B ([) to U+005E (^), inclusive, and U+007C (|)."</summary>
    Userinfo,
}

using WebMessaging.Browsing;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// https://html.spec.whatwg.org/multipage/iframe-embed-object.html#attr-iframe-sandbox
/// Reads an iframe's sandbox attribute into <see cref="SandboxFlags"/>.
/// </summary>
internal static class SandboxAttribute
{
    /// <summary>
    /// https://html.spec.whatwg.org/multipage/browsers.html#parse-a-sandboxing-directive
    /// The allow- keywords of <paramref name="value"/>; any other token (and a keyword this
    /// runtime has no flag for) leaves its restriction in place.
    /// </summary>
    public static SandboxFlags Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);

        // "1. Split input on ASCII whitespace, to obtain tokens."
        // "2. Let output be empty." (here: the keywords that lift a flag)
        var allowed = SandboxFlags.None;
        foreach (var token in value.Split(AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            // "3. Add the following flags to output: ..." every flag except those whose
            // keyword is in tokens; keywords are ASCII case-insensitive.
            allowed |= token.ToLowerInvariant() switch
            {
                "allow-same-origin" => SandboxFlags.AllowSameOrigin,
                "allow-scripts" => SandboxFlags.AllowScripts,
                "allow-popups" => SandboxFlags.AllowPopups,
                "allow-popups-to-escape-sandbox" => SandboxFlags.AllowPopupsToEscapeSandbox,
                "allow-top-navigation" => SandboxFlags.AllowTopNavigation,
                "allow-forms" => SandboxFlags.AllowForms,
                "allow-modals" => SandboxFlags.AllowModals,

                // FIXME: allow-downloads, allow-orientation-lock, allow-pointer-lock,
                // allow-presentation, allow-storage-access-by-user-activation,
                // allow-top-navigation-by-user-activation and
                // allow-top-navigation-to-custom-protocols: nothing here is restricted by them yet.
                _ => SandboxFlags.None,
            };
        }

        return allowed;
    }

    // https://infra.spec.whatwg.org/#ascii-whitespace: "U+0009 TAB, U+000A LF, U+000C FF, U+000D CR, or U+0020 SPACE."
    private static readonly char[] AsciiWhitespace = ['\t', '\n', '\f', '\r', ' '];
}

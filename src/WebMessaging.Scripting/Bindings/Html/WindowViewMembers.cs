using Jint.Native;
using WebMessaging.Browsing;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// What a window's script can read about its environment that has no layout behind it here:
/// isSecureContext and crossOriginIsolated, and the CSSOM View numbers of a headless viewport.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the viewport is a fixed 1280×720 at a device pixel ratio of 1 that
/// never scrolls (headless Chromium's default size under automation).
/// </remarks>
internal static class WindowViewMembers
{
    /// <summary>The viewport's width in CSS pixels.</summary>
    public const int ViewportWidth = 1280;

    /// <summary>The viewport's height in CSS pixels.</summary>
    public const int ViewportHeight = 720;

    /// <summary>Defines the members on the global object.</summary>
    public static void Define(WindowGlobal global)
    {
        var realm = global.Bindings;
        var target = global.GlobalObject;

        // readonly attribute boolean isSecureContext;
        // https://html.spec.whatwg.org/multipage/webappapis.html#dom-issecurecontext
        // "The isSecureContext getter steps are to return true if this's relevant settings object
        // is a secure context, or false otherwise."
        var secure = IsSecureContext(global.Window) ? JsBoolean.True : JsBoolean.False;
        InterfaceMembers.DefineAttribute(realm, target, "isSecureContext", _ => secure);

        // readonly attribute boolean crossOriginIsolated;
        // "return this's relevant settings object's cross-origin isolated capability": no page
        // here is served with COOP and COEP headers, so none is.
        InterfaceMembers.DefineAttribute(realm, target, "crossOriginIsolated", _ => JsBoolean.False);

        // https://drafts.csswg.org/cssom-view/#extensions-to-the-window-interface
        // [Replaceable] readonly attribute long innerWidth, innerHeight, scrollX, pageXOffset,
        // scrollY, pageYOffset, screenX, screenLeft, screenY, screenTop, outerWidth, outerHeight;
        // [Replaceable] readonly attribute double devicePixelRatio;
        foreach (var (name, value) in (ReadOnlySpan<(string, double)>)
        [
            ("innerWidth", ViewportWidth), ("innerHeight", ViewportHeight), ("outerWidth", ViewportWidth), ("outerHeight", ViewportHeight),
            ("scrollX", 0), ("pageXOffset", 0), ("scrollY", 0), ("pageYOffset", 0),
            ("screenX", 0), ("screenLeft", 0), ("screenY", 0), ("screenTop", 0), ("devicePixelRatio", 1),
        ])
        {
            var number = JsNumber.Create(value);
            var attributeName = name;
            InterfaceMembers.DefineAttribute(
                realm,
                target,
                attributeName,
                _ => number,
                (_, replacement) => target.DefineOwnProperty(attributeName, new Jint.Runtime.Descriptors.PropertyDescriptor(replacement, Jint.Runtime.Descriptors.PropertyFlag.ConfigurableEnumerableWritable)));
        }

        // undefined scroll(...), scrollTo(...), scrollBy(...): nothing scrolls.
        foreach (var name in (string[])["scroll", "scrollTo", "scrollBy"])
        {
            InterfaceMembers.DefineOperation(realm, target, name, 0, (_, _) => JsValue.Undefined);
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#secure-context
    /// Whether the window's environment is a secure context: its origin is potentially
    /// trustworthy, and so is every ancestor's.
    /// </summary>
    public static bool IsSecureContext(Window window)
    {
        // "1. If environment is an environment settings object, then: 1. Let global be
        // environment's global object. 2. If global is a WorkerGlobalScope, ... 3. If global is a
        // Window, then: 1. If global's navigable's top-level traversable's active document is ...
        // (each ancestor must be secure as well)"
        for (Window? current = window; current is not null; current = current.IsClosedOrTop() ? null : current.Parent)
        {
            if (!IsPotentiallyTrustworthy(current))
            {
                return false;
            }
        }

        return true;
    }

    // https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
    private static bool IsPotentiallyTrustworthy(Window window)
    {
        // An about:blank or about:srcdoc document is as trustworthy as the document it came from
        // (its ancestors are checked by the caller); a sandboxed one keeps its URL's answer.
        var url = window.Url;
        if (url.Scheme == "about")
        {
            return true;
        }

        // "1. If origin is an opaque origin, return "Not Trustworthy"." (the URL's origin decides
        // for a sandboxed document, whose own origin is opaque)
        var origin = url.Origin;
        if (origin.IsOpaque)
        {
            return url.Scheme == "file";
        }

        // "3. If origin's scheme is either "https" or "wss", return "Potentially Trustworthy"."
        // "4. If origin's host matches one of the CIDR notations 127.0.0.0/8 or ::1/128, return "Potentially Trustworthy"."
        // "5. If the user agent conforms to the name resolution rules in [let-localhost-be-localhost]
        // and one of the following is true: origin's host is "localhost" or "localhost.", origin's
        // host ends with ".localhost" or ".localhost.", then return "Potentially Trustworthy"."
        // "6. If origin's scheme is "file", return "Potentially Trustworthy"."
        var scheme = origin.Scheme;
        var host = origin.Host ?? "";
        return scheme is "https" or "wss" or "file"
            || host.StartsWith("127.", StringComparison.Ordinal) || host == "[::1]"
            || host is "localhost" or "localhost." || host.EndsWith(".localhost", StringComparison.Ordinal) || host.EndsWith(".localhost.", StringComparison.Ordinal);
    }

    // A top-level window is its own parent; a closed one has none.
    private static bool IsClosedOrTop(this Window window) => window.Parent is not { } parent || ReferenceEquals(parent, window);
}

namespace WebMessaging.Origins;

/// <summary>
/// The targetOrigin argument of window.postMessage after the window post message steps have
/// processed it (https://html.spec.whatwg.org/multipage/web-messaging.html#window-post-message-steps):
/// either the wildcard "*" or an origin.
/// </summary>
public sealed class TargetOrigin
{
    /// <summary>The wildcard target origin "*", which matches every document.</summary>
    private static readonly TargetOrigin Wildcard = new(null);

    private TargetOrigin(Origin? origin)
    {
        Origin = origin;
    }

    /// <summary>Whether the argument was "*", so the message is delivered whatever the target document's origin.</summary>
    public bool IsWildcard => Origin is null;

    /// <summary>The origin the target document must be same origin with, or null for the wildcard.</summary>
    public Origin? Origin { get; }

    /// <summary>Processes the targetOrigin argument as the window post message steps do, with <paramref name="callerOrigin"/> as the incumbent settings object's origin.</summary>
    /// <exception cref="OriginSyntaxException">The argument is neither "*", "/", nor a valid URL (a "SyntaxError" DOMException).</exception>
    public static TargetOrigin Parse(string targetOrigin, Origin callerOrigin)
    {
        ArgumentNullException.ThrowIfNull(targetOrigin);
        ArgumentNullException.ThrowIfNull(callerOrigin);

        // https://html.spec.whatwg.org/multipage/web-messaging.html#window-post-message-steps
        // "4. If targetOrigin is a single U+002F SOLIDUS character (/), then set targetOrigin to
        // incumbentSettings's origin."
        if (targetOrigin == "/")
        {
            return new TargetOrigin(callerOrigin);
        }

        // "5. Otherwise, if targetOrigin is not a single U+002A ASTERISK character (*), then:"
        if (targetOrigin == "*")
        {
            return Wildcard;
        }

        // "1. Let parsedURL be the result of running the URL parser on targetOrigin."
        // "2. If parsedURL is failure, then throw a "SyntaxError" DOMException."
        var parsedUrl = UrlParser.Parse(targetOrigin, null, out var error)
            ?? throw new OriginSyntaxException(targetOrigin, error!);

        // "3. Set targetOrigin to parsedURL's origin."
        return new TargetOrigin(parsedUrl.Origin);
    }

    /// <summary>
    /// The delivery-time check of the posted message task: true when the target is the wildcard
    /// or <paramref name="targetDocumentOrigin"/> is same origin with the target origin (so an
    /// opaque origin parsed from a URL never matches).
    /// </summary>
    public bool Matches(Origin targetDocumentOrigin)
    {
        ArgumentNullException.ThrowIfNull(targetDocumentOrigin);

        // "If the targetOrigin argument is not a single literal U+002A ASTERISK character (*)
        // and targetWindow's associated Document's origin is not same origin with
        // targetOrigin, then return."
        return Origin is null || targetDocumentOrigin.IsSameOrigin(Origin);
    }

    /// <summary>Returns "*" for the wildcard, otherwise the target origin's serialization (e.g. "https://a.example").</summary>
    public override string ToString() => Origin is null ? "*" : Origin.Serialize();
}

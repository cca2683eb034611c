using System.Globalization;

namespace WebMessaging.Origins;

/// <summary>
/// An origin (https://html.spec.whatwg.org/multipage/browsers.html#concept-origin): either an
/// opaque origin, equal only to itself, or a tuple origin of scheme, host, port and domain.
/// </summary>
/// <remarks>
/// <see cref="Equals(Origin?)"/>, <c>==</c> and <see cref="GetHashCode"/> mean "same origin"
/// (<see cref="IsSameOrigin"/>): the domain is ignored, and an opaque origin equals only the
/// very same instance.
/// </remarks>
public sealed class Origin : IEquatable<Origin>
{
    private readonly string? scheme;
    private readonly string? host;
    private readonly int? port;

    // The ASCII serialization, made on first use: MessageEvent.origin reads it for every message.
    private string? serialized;

    private Origin(string? scheme, string? host, int? port)
    {
        this.scheme = scheme;
        this.host = host;
        this.port = port;
    }

    /// <summary>Whether this is an opaque origin (serialized as "null").</summary>
    public bool IsOpaque => scheme is null;

    /// <summary>The tuple origin's scheme (e.g. "https"), or null when opaque.</summary>
    public string? Scheme => scheme;

    /// <summary>The tuple origin's serialized host (e.g. "example.com", "[::1]"), or null when opaque.</summary>
    public string? Host => host;

    /// <summary>The tuple origin's port, or null when it is the scheme's default or the origin is opaque.</summary>
    public int? Port => port;

    /// <summary>The tuple origin's domain, set through document.domain, or null.</summary>
    public string? Domain { get; private set; }

    /// <summary>Creates a new opaque origin, same origin only with itself.</summary>
    public static Origin CreateOpaque() => new(null, null, null);

    /// <summary>Creates a tuple origin from a scheme, a serialized host and a port (null for the scheme's default port).</summary>
    /// <exception cref="ArgumentException">The scheme is empty or not an ASCII lowercase URL scheme, the host is empty, or the port is outside 0-65535.</exception>
    public static Origin CreateTuple(string scheme, string host, int? port)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentException.ThrowIfNullOrEmpty(host);
        foreach (var c in scheme)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '+' or '-' or '.'))
            {
                throw new ArgumentException($"The scheme '{scheme}' is not an ASCII lowercase URL scheme.", nameof(scheme));
            }
        }

        if (port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(port), port, $"The port {port} is outside 0-65535.");
        }

        return new Origin(scheme, host, port);
    }

    /// <summary>Returns the origin of the URL <paramref name="url"/> (<see cref="Url.Parse"/> then <see cref="Url.Origin"/>).</summary>
    /// <exception cref="OriginSyntaxException">The input is not a valid URL.</exception>
    public static Origin Parse(string url) => Url.Parse(url).Origin;

    /// <summary>
    /// The ASCII serialization of the origin
    /// (https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin),
    /// e.g. "https://example.com:8443", or "null" when opaque.
    /// </summary>
    public string Serialize() => serialized ??= SerializeCore();

    // https://html.spec.whatwg.org/multipage/browsers.html#ascii-serialisation-of-an-origin
    private string SerializeCore()
    {
        // "1. If origin is an opaque origin, then return "null"."
        if (scheme is null)
        {
            return "null";
        }

        // "2. Let result be origin's scheme."
        // "3. Append "://" to result."
        // "4. Append origin's host, serialized, to result."
        // "5. If origin's port is non-null, append a U+003A COLON character (:), and origin's
        // port, serialized, to result."
        // "6. Return result."
        return port is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{scheme}://{host}:{p}")
            : string.Concat(scheme, "://", host);
    }

    /// <summary>Returns <see cref="Serialize"/>.</summary>
    public override string ToString() => Serialize();

    /// <summary>Whether this origin and <paramref name="other"/> are same origin (https://html.spec.whatwg.org/multipage/browsers.html#same-origin).</summary>
    public bool IsSameOrigin(Origin other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // "1. If A and B are the same opaque origin, then return true."
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        // "2. If A and B are both tuple origins and their schemes, hosts, and port are
        // identical, then return true."
        // "3. Return false."
        return scheme is not null && other.scheme is not null
            && scheme == other.scheme && host == other.host && port == other.port;
    }

    /// <summary>Whether this origin and <paramref name="other"/> are same origin-domain (https://html.spec.whatwg.org/multipage/browsers.html#same-origin-domain).</summary>
    public bool IsSameOriginDomain(Origin other)
    {
        ArgumentNullException.ThrowIfNull(other);

        // "1. If A and B are the same opaque origin, then return true."
        if (ReferenceEquals(this, other) && IsOpaque)
        {
            return true;
        }

        // "2. If A and B are both tuple origins, run these substeps:"
        if (scheme is not null && other.scheme is not null)
        {
            // "1. If A and B's schemes are identical, and their domains are identical and
            // non-null, then return true."
            if (scheme == other.scheme && Domain is not null && Domain == other.Domain)
            {
                return true;
            }

            // "2. Otherwise, if A and B are same origin and their domains are identical and null,
            // then return true."
            if (IsSameOrigin(other) && Domain is null && other.Domain is null)
            {
                return true;
            }
        }

        // "3. Return false."
        return false;
    }

    /// <summary>Same as <see cref="IsSameOrigin"/>; false for null.</summary>
    public bool Equals(Origin? other) => other is not null && IsSameOrigin(other);

    /// <summary>Same as <see cref="IsSameOrigin"/> when <paramref name="obj"/> is an <see cref="Origin"/>.</summary>
    public override bool Equals(object? obj) => obj is Origin other && IsSameOrigin(other);

    /// <summary>A hash code consistent with same origin: from scheme, host and port, or the instance when opaque.</summary>
    public override int GetHashCode() =>
        scheme is null ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this) : HashCode.Combine(scheme, host, port);

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are same origin (both null counts as equal).</summary>
    public static bool operator ==(Origin? left, Origin? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether <paramref name="left"/> and <paramref name="right"/> are not same origin.</summary>
    public static bool operator !=(Origin? left, Origin? right) => !(left == right);

    /// <summary>
    /// Sets the tuple origin's domain, as document.domain's setter does
    /// (https://html.spec.whatwg.org/multipage/browsers.html#dom-document-domain: "Set this's
    /// origin's domain to the result of parsing the given value.").
    /// </summary>
    internal void SetDomain(string? domain)
    {
        if (IsOpaque)
        {
            throw new InvalidOperationException("An opaque origin has no domain.");
        }

        Domain = domain;
    }

    /// <summary>Creates a tuple origin from parts the URL parser has already made canonical.</summary>
    internal static Origin CreateTupleUnchecked(string scheme, string host, int? port) => new(scheme, host, port);
}

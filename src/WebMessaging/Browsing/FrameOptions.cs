namespace WebMessaging.Browsing;

/// <summary>How <see cref="Browser.CreateFrame"/> creates a nested frame, as an iframe element's attributes would.</summary>
public sealed class FrameOptions
{
    /// <summary>The frame's name (the iframe's name attribute, its target name); empty by default.</summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// The iframe's sandbox attribute as its allow- keywords, or null (the default) when the frame
    /// is not sandboxed. A sandbox without <see cref="SandboxFlags.AllowSameOrigin"/> gives the
    /// frame's documents fresh opaque origins.
    /// </summary>
    public SandboxFlags? Sandbox { get; init; }

    /// <summary>
    /// Whether the frame shows srcdoc content (an iframe with a srcdoc attribute, which wins over
    /// src): its URL is about:srcdoc whatever URL is given, and it inherits the parent's origin.
    /// </summary>
    public bool Srcdoc { get; init; }
}

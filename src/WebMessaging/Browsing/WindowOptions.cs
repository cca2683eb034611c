namespace WebMessaging.Browsing;

/// <summary>How <see cref="Browser.OpenWindow"/> opens a top-level window.</summary>
public sealed class WindowOptions
{
    /// <summary>The window's name (its target name, as window.name reads it); empty by default.</summary>
    public string Name { get; init; } = "";

    /// <summary>
    /// The sandbox the window's documents run in (as a CSP <c>sandbox</c> directive would set), or
    /// null (the default) for none.
    /// </summary>
    public SandboxFlags? Sandbox { get; init; }
}

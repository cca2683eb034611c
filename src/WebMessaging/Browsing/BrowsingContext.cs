namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/document-sequences.html#browsing-context
/// A browsing context together with the navigable that shows it: where a window sits in the
/// tree of frames (parent, document-tree children, top-level traversable), its target name,
/// its opener, its sandbox and whether it is closing.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: there is no session history here, so a navigable and its browsing
/// context are one object, and each has one <see cref="Window"/> for its whole life: a
/// navigation replaces the window's document (its URL, origin and realm) instead of making a
/// new Window. That is why a <see cref="Window"/> can also serve as its WindowProxy: a
/// reference to it keeps following the navigable, as a WindowProxy does. A later layer that
/// needs one Window per document sets <see cref="ActiveWindow"/> to the new one here and gives
/// WindowProxy a type of its own.
/// </remarks>
internal sealed class BrowsingContext
{
    // Guards the recursion of "familiar with" through opener chains that loop.
    private const int MaxOpenerDepth = 64;

    public BrowsingContext(BrowsingContext? parent, BrowsingContext? opener, string targetName, SandboxFlags? sandbox, bool isCreatedByWebContent)
    {
        Parent = parent;
        OpenerBrowsingContext = opener;
        TargetName = targetName;
        Sandbox = sandbox;
        IsCreatedByWebContent = isCreatedByWebContent;
    }

    /// <summary>The navigable's active window (set once the window is made).</summary>
    public Window ActiveWindow { get; set; } = null!;

    /// <summary>The parent navigable, or null for a top-level traversable.</summary>
    public BrowsingContext? Parent { get; }

    /// <summary>
    /// The document-tree child navigables of the active document, in tree order.
    /// IMPLEMENTATION DEFINED: with no DOM, tree order is the order the frames were created in.
    /// </summary>
    public List<BrowsingContext> Children { get; } = [];

    /// <summary>"A navigable has a target name": window.name.</summary>
    public string TargetName { get; set; }

    /// <summary>"A browsing context has an opener browsing context, which is null or a browsing context."</summary>
    public BrowsingContext? OpenerBrowsingContext { get; set; }

    /// <summary>The active sandboxing flag set, as the allow- keywords left (null when not sandboxed).</summary>
    public SandboxFlags? Sandbox { get; }

    /// <summary>"A top-level traversable has an is created by web content boolean": true for window.open.</summary>
    public bool IsCreatedByWebContent { get; }

    /// <summary>"A navigable has an is closing boolean."</summary>
    public bool IsClosing { get; set; }

    /// <summary>Whether this is a top-level traversable (it has no parent).</summary>
    public bool IsTopLevel => Parent is null;

    /// <summary>The top-level traversable this navigable is in.</summary>
    public BrowsingContext Top
    {
        get
        {
            var context = this;
            while (context.Parent is { } parent)
            {
                context = parent;
            }

            return context;
        }
    }

    /// <summary>The sandbox of a document whose container says <paramref name="own"/>, inside a document sandboxed by <paramref name="inherited"/>.</summary>
    public static SandboxFlags? CombineSandbox(SandboxFlags? inherited, SandboxFlags? own) =>
        inherited is null ? own : own is null ? inherited : inherited.Value & own.Value;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/document-sequences.html#familiar-with
    /// "A browsing context A is familiar with a second browsing context B if the following
    /// algorithm returns true:"
    /// </summary>
    public bool IsFamiliarWith(BrowsingContext b) => IsFamiliarWith(b, MaxOpenerDepth);

    private bool IsFamiliarWith(BrowsingContext b, int depth)
    {
        var a = this;

        // "1. If A's active document's origin is same origin with B's active document's origin,
        // then return true."
        if (a.ActiveWindow.Origin.IsSameOrigin(b.ActiveWindow.Origin))
        {
            return true;
        }

        // "2. If A's top-level browsing context is B, then return true."
        if (ReferenceEquals(a.Top, b))
        {
            return true;
        }

        // "3. If B is an auxiliary browsing context and A is familiar with B's opener browsing
        // context, then return true."
        if (b.OpenerBrowsingContext is { } opener && depth > 0 && a.IsFamiliarWith(opener, depth - 1))
        {
            return true;
        }

        // "4. If there exists an ancestor browsing context of B whose active document has the
        // same origin as the active document of A, then return true."
        for (var ancestor = b.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ancestor.ActiveWindow.Origin.IsSameOrigin(a.ActiveWindow.Origin))
            {
                return true;
            }
        }

        // "5. Return false."
        return false;
    }
}

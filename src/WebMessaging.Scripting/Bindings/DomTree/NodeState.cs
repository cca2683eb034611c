using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Jint.Native.Object;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// What the bindings keep per DOM node beside AngleSharp's own state: the [SameObject]
/// collections and token lists, the inert style object, and the script and click flags of
/// https://html.spec.whatwg.org/multipage/scripting.html#already-started and
/// https://html.spec.whatwg.org/multipage/interaction.html#click-in-progress-flag.
/// </summary>
internal sealed class NodeState
{
    private static readonly ConditionalWeakTable<INode, NodeState> s_states = new();

    /// <summary>node.childNodes, made on first use.</summary>
    public NodeCollection? ChildNodes { get; set; }

    /// <summary>parentNode.children, made on first use.</summary>
    public NodeCollection? Children { get; set; }

    /// <summary>element.classList, made on first use.</summary>
    public DomTokenList? ClassList { get; set; }

    /// <summary>iframe.sandbox, made on first use.</summary>
    public DomTokenList? Sandbox { get; set; }

    /// <summary>element.style (an inert object for now), made on first use.</summary>
    public ObjectInstance? Style { get; set; }

    /// <summary>The element's dataset (a DOMStringMap), made at first use.</summary>
    public ObjectInstance? Dataset { get; set; }

    /// <summary>A select element's options collection, made at first use.</summary>
    public NodeCollection? Options { get; set; }

    /// <summary>A document's forms collection, made at first use.</summary>
    public NodeCollection? Forms { get; set; }

    /// <summary>A form's "firing submission events" flag.</summary>
    public bool FiringSubmissionEvents { get; set; }

    /// <summary>A script element's "already started" flag: it never runs (again).</summary>
    public bool ScriptStarted { get; set; }

    /// <summary>An element's "click in progress flag": click() does nothing while it is set.</summary>
    public bool ClickInProgress { get; set; }

    /// <summary>The state of <paramref name="node"/>, made on first use.</summary>
    public static NodeState Of(INode node) => s_states.GetValue(node, static _ => new NodeState());

    /// <summary>The state of <paramref name="node"/> when it has one.</summary>
    public static NodeState? Find(INode node) => s_states.TryGetValue(node, out NodeState? state) ? state : null;
}

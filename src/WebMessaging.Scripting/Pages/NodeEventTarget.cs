using AngleSharp.Dom;
using WebMessaging.Events;
using EventTarget = WebMessaging.Events.EventTarget;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// The event target of a DOM node (the document, an iframe or script element, ...): events the
/// page layer fires at nodes (DOMContentLoaded, readystatechange, an iframe's load, a script's
/// load and error) are dispatched here, and the DOM bindings add the page's listeners here.
/// </summary>
/// <remarks>
/// AngleSharp's own event system is not used: it knows nothing of the event loop, of running
/// listeners as script or of reporting their exceptions, which the core
/// <see cref="EventTarget"/> does. <see cref="ScriptedWindow.GetEventTarget"/> gives each node one target.
/// </remarks>
public sealed class NodeEventTarget : EventTarget
{
    internal NodeEventTarget(ScriptedWindow window, INode node)
        : base(window.Window)
    {
        ScriptedWindow = window;
        Node = node;
    }

    /// <summary>The node this is the event target of.</summary>
    public INode Node { get; }

    /// <summary>The window whose document holds the node.</summary>
    public ScriptedWindow ScriptedWindow { get; }

    /// <inheritdoc />
    protected override EventTarget? GetTheParent(Event evt)
    {
        if (Node is IDocument)
        {
            // https://dom.spec.whatwg.org/#interface-document
            // "A document's get the parent algorithm, given an event, returns null if event's
            // type attribute value is "load" or document does not have a browsing context;
            // otherwise the document's relevant global object."
            return evt.Type == "load" || !ScriptedWindow.IsActive ? null : ScriptedWindow.Window;
        }

        // https://dom.spec.whatwg.org/#interface-node
        // "A node's get the parent algorithm, given an event, returns the node's assigned slot,
        // if node is assigned; otherwise node's parent."
        // (No shadow trees here, so no node is assigned to a slot.)
        return Node.Parent is { } parent ? ScriptedWindow.GetEventTarget(parent) : null;
    }
}

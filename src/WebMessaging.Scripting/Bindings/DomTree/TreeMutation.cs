using AngleSharp.Dom;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The HTML steps that follow one DOM mutation made by script: the removing steps of iframes
/// (https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element: "destroy a
/// child navigable") and the post-connection steps of inserted iframes and scripts
/// (https://dom.spec.whatwg.org/#concept-node-insert, step 13). Note what leaves the tree before
/// the AngleSharp call, what entered it after, then <see cref="Complete"/>.
/// </summary>
internal sealed class TreeMutation
{
    private readonly DomTreeRealm _realm;
    private List<(ScriptedWindow Window, IElement Iframe)>? _removedFrames;
    private List<INode>? _inserted;
    private IElement? _changedScript;

    public TreeMutation(DomTreeRealm realm)
    {
        _realm = realm;
    }

    /// <summary>Before the change: <paramref name="node"/> is about to leave its parent (removed, replaced or moved).</summary>
    public void Removing(INode node)
    {
        if (node.Parent is null || !DomTreeRealm.IsConnected(node))
        {
            return;
        }

        if (node is IElement { LocalName: "iframe" } iframe)
        {
            (_removedFrames ??= []).Add((_realm.HomeOf(iframe).Window, iframe));
        }

        if (node is IParentNode parent && node.HasChildNodes)
        {
            foreach (IElement descendant in parent.QuerySelectorAll("iframe"))
            {
                (_removedFrames ??= []).Add((_realm.HomeOf(descendant).Window, descendant));
            }
        }
    }

    /// <summary>Before the change: every child of <paramref name="parent"/> is about to be removed (textContent, innerHTML, replaceChildren).</summary>
    public void RemovingChildren(INode parent)
    {
        INodeList children = parent.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            Removing(children[i]);
        }
    }

    /// <summary>Before the change: the nodes an insertion of <paramref name="node"/> will insert (a fragment's children, or the node itself), noting a move out of its old place.</summary>
    public IReadOnlyList<INode> Inserting(INode node)
    {
        if (node is IDocumentFragment fragment)
        {
            var children = new INode[fragment.ChildNodes.Length];
            for (int i = 0; i < children.Length; i++)
            {
                children[i] = fragment.ChildNodes[i];
            }

            return children;
        }

        Removing(node);
        return [node];
    }

    /// <summary>After the change: <paramref name="nodes"/> were inserted.</summary>
    public void Inserted(IReadOnlyList<INode> nodes)
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            (_inserted ??= []).Add(nodes[i]);
        }
    }

    /// <summary>After the change: <paramref name="node"/> was inserted.</summary>
    public void Inserted(INode node) => (_inserted ??= []).Add(node);

    /// <summary>After the change: the children of <paramref name="parent"/> changed (its "children changed steps").</summary>
    public void ChildrenChanged(INode parent)
    {
        if (parent is IElement { LocalName: "script" } script && script.NamespaceUri == NamespaceNames.HtmlUri)
        {
            _changedScript = script;
        }
    }

    /// <summary>Runs the removing steps, then the post-connection steps, of this mutation.</summary>
    public void Complete()
    {
        if (_removedFrames is not null)
        {
            foreach (var (window, iframe) in _removedFrames)
            {
                // "When an iframe element is removed from a document, the user agent must destroy
                //  a child navigable given the element." (a moved iframe is removed, then inserted)
                window.DetachIframe(iframe);
            }
        }

        if (_inserted is not null)
        {
            // https://dom.spec.whatwg.org/#concept-node-insert
            // "11. Let staticNodeList be a list of nodes, initially « »." "12. For each node of
            //  nodes, in tree order: For each shadow-including inclusive descendant
            //  inclusiveDescendant of node, in shadow-including tree order, append
            //  inclusiveDescendant to staticNodeList." (only iframes and scripts have
            //  post-connection steps here)
            var staticNodeList = new List<IElement>();
            foreach (INode node in _inserted)
            {
                if (!DomTreeRealm.IsConnected(node))
                {
                    continue;
                }

                if (node is IElement { LocalName: "iframe" or "script" } element)
                {
                    staticNodeList.Add(element);
                }

                if (node is IParentNode parent && node.HasChildNodes)
                {
                    staticNodeList.AddRange(parent.QuerySelectorAll("iframe, script"));
                }
            }

            // "13. For each node of staticNodeList, if node is connected, then run the
            //  post-connection steps with node."
            foreach (IElement element in staticNodeList)
            {
                if (element.NamespaceUri == NamespaceNames.HtmlUri && DomTreeRealm.IsConnected(element))
                {
                    PostConnection(element);
                }
            }
        }

        // https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model
        // "The script element's children changed steps are: 1. Run the script element
        //  post-connection steps, given the script element." (which prepare it if connected)
        if (_changedScript is { } changed && DomTreeRealm.IsConnected(changed))
        {
            ScriptElementRunner.Prepare(_realm.HomeOf(changed), changed);
        }
    }

    private void PostConnection(IElement element)
    {
        DomTreeRealm home = _realm.HomeOf(element);
        if (element.LocalName == "script")
        {
            // "The script HTML element post-connection steps, given insertedNode, are: ...
            //  If insertedNode is connected, then prepare the script element insertedNode."
            ScriptElementRunner.Prepare(home, element);
            return;
        }

        // "The iframe HTML element post-connection steps, given insertedNode, are: 1. Create a
        //  new child navigable for insertedNode. ... 3. Process the iframe attributes for
        //  insertedNode, with initialInsertion set to true."
        try
        {
            home.Window.AttachIframe(element);
        }
        catch (FrameLimitExceededException exception)
        {
            home.Window.Browser.ReportFrameLimit(home.Window, exception);
        }
    }
}

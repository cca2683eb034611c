using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The DOM algorithms the bindings run for script: AngleSharp changes the tree, and each change
/// is followed by the HTML steps it triggers (<see cref="TreeMutation"/>, <see cref="AttributeChangeSteps"/>).
/// </summary>
internal static class DomOperations
{
    /// <summary>https://dom.spec.whatwg.org/#concept-node-pre-insert (insertBefore, appendChild): returns <paramref name="node"/>.</summary>
    public static INode PreInsert(DomTreeRealm realm, string context, INode parent, INode node, INode? child)
    {
        var mutation = new TreeMutation(realm);
        IReadOnlyList<INode> inserted = mutation.Inserting(node);
        AngleSharpErrors.Run(context, () => parent.InsertBefore(node, child));
        mutation.Inserted(inserted);
        mutation.ChildrenChanged(parent);
        mutation.Complete();
        return node;
    }

    /// <summary>https://dom.spec.whatwg.org/#concept-node-replace (replaceChild): returns <paramref name="child"/>.</summary>
    public static INode Replace(DomTreeRealm realm, string context, INode parent, INode node, INode child)
    {
        var mutation = new TreeMutation(realm);
        if (ReferenceEquals(child.Parent, parent))
        {
            mutation.Removing(child);
        }

        IReadOnlyList<INode> inserted = mutation.Inserting(node);
        AngleSharpErrors.Run(context, () => parent.ReplaceChild(node, child));
        mutation.Inserted(inserted);
        mutation.ChildrenChanged(parent);
        mutation.Complete();
        return child;
    }

    /// <summary>https://dom.spec.whatwg.org/#concept-node-pre-remove (removeChild): returns <paramref name="child"/>.</summary>
    public static INode PreRemove(DomTreeRealm realm, string context, INode parent, INode child)
    {
        // "1. If child's parent is not parent, then throw a "NotFoundError" DOMException."
        if (!ReferenceEquals(child.Parent, parent))
        {
            throw new DomException("NotFoundError", $"{context}: The node to be removed is not a child of this node.");
        }

        var mutation = new TreeMutation(realm);
        mutation.Removing(child);
        AngleSharpErrors.Run(context, () => parent.RemoveChild(child));
        mutation.ChildrenChanged(parent);
        mutation.Complete();
        return child;
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-childnode-remove: removes <paramref name="node"/> from its parent, if any.</summary>
    public static void Remove(DomTreeRealm realm, INode node)
    {
        // "1. If this's parent is null, then return."
        if (node.Parent is not { } parent)
        {
            return;
        }

        // "2. Remove this."
        PreRemove(realm, "Failed to execute 'remove' on 'Element'", parent, node);
    }

    /// <summary>
    /// https://dom.spec.whatwg.org/#converting-nodes-into-a-node: the node to insert for
    /// append, prepend, before, after, replaceWith and replaceChildren (strings become Text nodes,
    /// several nodes a fragment).
    /// </summary>
    public static INode ConvertNodesIntoNode(IDocument document, IReadOnlyList<object> nodes)
    {
        // "1. Replace each string of nodes with a new Text node whose data is the string and node document is document."
        // "2. If nodes contains one node, then return nodes[0]."
        if (nodes.Count == 1)
        {
            return nodes[0] as INode ?? document.CreateTextNode((string)nodes[0]);
        }

        // "3. Let node be a new DocumentFragment node whose node document is document."
        // "4. For each n of nodes, append n to node."
        IDocumentFragment fragment = document.CreateDocumentFragment();
        foreach (object item in nodes)
        {
            fragment.AppendChild(item as INode ?? document.CreateTextNode((string)item));
        }

        // "5. Return node."
        return fragment;
    }

    /// <summary>Sets the textContent of <paramref name="node"/> (https://dom.spec.whatwg.org/#set-text-content).</summary>
    public static void SetTextContent(DomTreeRealm realm, INode node, string value)
    {
        switch (node)
        {
            case IDocument or IDocumentType:
                // "Document, DocumentType: Do nothing."
                return;
            case ICharacterData data:
                // "CharacterData: Replace data with node this, offset 0, count this's length, and data the given value."
                data.Data = value;
                if (data.Parent is { } parent)
                {
                    var textMutation = new TreeMutation(realm);
                    textMutation.ChildrenChanged(parent);
                    textMutation.Complete();
                }

                return;
        }

        // "DocumentFragment, Element: String replace all with the given value within this."
        var mutation = new TreeMutation(realm);
        mutation.RemovingChildren(node);
        node.TextContent = value;
        mutation.ChildrenChanged(node);
        mutation.Complete();
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-element-innerhtml
    /// Replaces the children of <paramref name="element"/> with the fragment parsed from <paramref name="html"/>:
    /// its scripts never run, its iframes load, its handler attributes are compiled.
    /// </summary>
    public static void SetInnerHtml(DomTreeRealm realm, IElement element, string html)
    {
        var mutation = new TreeMutation(realm);
        mutation.RemovingChildren(element);

        // "3. Let fragment be the result of invoking the fragment parsing algorithm steps with
        //  context and compliantString." (template contents: FIXME)
        // "5. Replace all with fragment within context."
        AngleSharpErrors.Run("Failed to set the 'innerHTML' property on 'Element'", () => element.InnerHtml = html);
        AfterFragmentInserted(realm, mutation, element.ChildNodes);
        mutation.ChildrenChanged(element);
        mutation.Complete();
    }

    /// <summary>https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-element-outerhtml (setter).</summary>
    public static void SetOuterHtml(DomTreeRealm realm, IElement element, string html)
    {
        // "2. Let parent be this's parent. 3. If parent is null, return."
        if (element.Parent is not { } parent)
        {
            return;
        }

        // "4. If parent is a Document, throw a "NoModificationAllowedError" DOMException."
        if (parent is IDocument)
        {
            throw new DomException("NoModificationAllowedError", "Failed to set the 'outerHTML' property on 'Element': This element's parent is of type '#document', which is not an element node.");
        }

        // "5. If parent is a DocumentFragment, set parent to the result of creating an element
        //  given this's node document, "body", and the HTML namespace."
        // "6. Let fragment be the result of invoking the fragment parsing algorithm steps given parent and compliantString."
        // "7. Replace this with fragment within this's parent."
        INode? previous = element.PreviousSibling;
        INode? next = element.NextSibling;
        var mutation = new TreeMutation(realm);
        mutation.Removing(element);
        AngleSharpErrors.Run("Failed to set the 'outerHTML' property on 'Element'", () => element.OuterHtml = html);

        var inserted = new List<INode>();
        for (INode? node = previous is null ? parent.FirstChild : previous.NextSibling; node is not null && !ReferenceEquals(node, next); node = node.NextSibling)
        {
            inserted.Add(node);
        }

        AfterFragmentInserted(realm, mutation, inserted);
        mutation.ChildrenChanged(parent);
        mutation.Complete();
    }

    /// <summary>https://html.spec.whatwg.org/multipage/dynamic-markup-insertion.html#dom-element-insertadjacenthtml</summary>
    public static void InsertAdjacentHtml(DomTreeRealm realm, IElement element, string position, string html)
    {
        INode? parentOfInserted = position.ToLowerInvariant() switch
        {
            "beforebegin" or "afterend" => element.Parent,
            "afterbegin" or "beforeend" => element,
            _ => throw new DomException("SyntaxError", $"Failed to execute 'insertAdjacentHTML' on 'Element': The value provided ('{position}') is not one of 'beforeBegin', 'afterBegin', 'beforeEnd', or 'afterEnd'."),
        };
        if (parentOfInserted is null || parentOfInserted is IDocument)
        {
            throw new DomException("NoModificationAllowedError", "Failed to execute 'insertAdjacentHTML' on 'Element': The element has no parent.");
        }

        var before = new HashSet<INode>(ReferenceEqualityComparer.Instance);
        foreach (INode child in parentOfInserted.ChildNodes)
        {
            before.Add(child);
        }

        var mutation = new TreeMutation(realm);
        AngleSharpErrors.Run("Failed to execute 'insertAdjacentHTML' on 'Element'", () => element.Insert(ToAdjacentPosition(position), html));
        var inserted = new List<INode>();
        foreach (INode child in parentOfInserted.ChildNodes)
        {
            if (!before.Contains(child))
            {
                inserted.Add(child);
            }
        }

        AfterFragmentInserted(realm, mutation, inserted);
        mutation.ChildrenChanged(parentOfInserted);
        mutation.Complete();
    }

    /// <summary>https://dom.spec.whatwg.org/#concept-node-clone: a copy of <paramref name="node"/> whose handler attributes are compiled and whose scripts keep their started flag.</summary>
    public static INode Clone(DomTreeRealm realm, INode node, bool deep)
    {
        INode copy = node.Clone(deep);
        InlineEventHandlers.CompileSubtree(realm.HomeOf(copy), copy);

        // https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model
        // "The cloning steps for script elements given node, copy, and subtree are to set
        //  copy's already started to node's already started."
        if (node is IElement { LocalName: "script" } script && NodeState.Find(script) is { ScriptStarted: true })
        {
            ScriptElementRunner.MarkStarted((IElement)copy);
        }

        if (deep && node is IParentNode source && copy is IParentNode target && node.HasChildNodes)
        {
            IHtmlCollection<IElement> sourceScripts = source.QuerySelectorAll("script");
            IHtmlCollection<IElement> targetScripts = target.QuerySelectorAll("script");
            for (int i = 0; i < sourceScripts.Length && i < targetScripts.Length; i++)
            {
                if (NodeState.Find(sourceScripts[i]) is { ScriptStarted: true })
                {
                    ScriptElementRunner.MarkStarted(targetScripts[i]);
                }
            }
        }

        return copy;
    }

    /// <summary>Sets an attribute as script does (setAttribute, reflected IDL attributes), then runs its change steps.</summary>
    public static void SetAttribute(DomTreeRealm realm, IElement element, string qualifiedName, string value)
    {
        // https://dom.spec.whatwg.org/#dom-element-setattribute
        // "2. If this is in the HTML namespace and its node document is an HTML document, then
        //  set qualifiedName to qualifiedName in ASCII lowercase."
        string name = element.NamespaceUri == NamespaceNames.HtmlUri && element.Owner is IHtmlDocument ? AsciiLowercase(qualifiedName) : qualifiedName;
        AngleSharpErrors.Run("Failed to execute 'setAttribute' on 'Element'", () => element.SetAttribute(name, value));
        AttributeChangeSteps.Run(realm, element, name, value);
    }

    /// <summary>Removes an attribute as script does (removeAttribute, toggleAttribute), then runs its change steps.</summary>
    public static void RemoveAttribute(DomTreeRealm realm, IElement element, string qualifiedName)
    {
        string name = element.NamespaceUri == NamespaceNames.HtmlUri && element.Owner is IHtmlDocument ? AsciiLowercase(qualifiedName) : qualifiedName;
        if (element.RemoveAttribute(name))
        {
            AttributeChangeSteps.Run(realm, element, name, null);
        }
    }

    /// <summary>ASCII lowercase (https://infra.spec.whatwg.org/#ascii-lowercase): other letters keep their case.</summary>
    public static string AsciiLowercase(string text)
    {
        foreach (char c in text)
        {
            if (c is >= 'A' and <= 'Z')
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (int i = 0; i < source.Length; i++)
                    {
                        char ch = source[i];
                        span[i] = ch is >= 'A' and <= 'Z' ? (char)(ch + 32) : ch;
                    }
                });
            }
        }

        return text;
    }

    // Nodes the fragment parser made: their scripts are marked already started (they never
    // run), their handler attributes compiled, and they are inserted (iframes load).
    private static void AfterFragmentInserted(DomTreeRealm realm, TreeMutation mutation, IEnumerable<INode> inserted)
    {
        var nodes = new List<INode>(inserted);
        foreach (INode node in nodes)
        {
            // https://html.spec.whatwg.org/multipage/parsing.html#parsing-html-fragments
            // "... script elements ... are marked as already started" (scripting is disabled
            // for the fragment parser's document, so it never runs them).
            ScriptElementRunner.MarkSubtreeStarted(node);
            InlineEventHandlers.CompileSubtree(realm.HomeOf(node), node);
        }

        mutation.Inserted(nodes);
    }

    private static AdjacentPosition ToAdjacentPosition(string position) => position.ToLowerInvariant() switch
    {
        "beforebegin" => AdjacentPosition.BeforeBegin,
        "afterbegin" => AdjacentPosition.AfterBegin,
        "beforeend" => AdjacentPosition.BeforeEnd,
        _ => AdjacentPosition.AfterEnd,
    };
}

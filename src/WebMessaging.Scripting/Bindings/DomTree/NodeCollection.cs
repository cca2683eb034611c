using AngleSharp.Dom;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The list behind a NodeList (https://dom.spec.whatwg.org/#interface-nodelist) or an
/// HTMLCollection (https://dom.spec.whatwg.org/#interface-htmlcollection): live (read from
/// AngleSharp's live list at each access) or static (a snapshot), as the method that made it says.
/// </summary>
internal sealed class NodeCollection
{
    private readonly INodeList? _liveNodes;
    private readonly IHtmlCollection<IElement>? _liveElements;
    private readonly INode[]? _snapshot;

    private NodeCollection(DomTreeRealm home, bool isHtmlCollection, INodeList? liveNodes, IHtmlCollection<IElement>? liveElements, INode[]? snapshot)
    {
        Home = home;
        IsHtmlCollection = isHtmlCollection;
        _liveNodes = liveNodes;
        _liveElements = liveElements;
        _snapshot = snapshot;
    }

    /// <summary>The realm of the nodes' document: the collection's wrapper lives there.</summary>
    public DomTreeRealm Home { get; }

    /// <summary>True for an HTMLCollection (elements only, namedItem), false for a NodeList.</summary>
    public bool IsHtmlCollection { get; }

    /// <summary>The number of nodes in the collection now.</summary>
    public int Length => _liveNodes?.Length ?? _liveElements?.Length ?? _snapshot!.Length;

    /// <summary>A live NodeList over AngleSharp's live node list (childNodes).</summary>
    public static NodeCollection LiveNodeList(DomTreeRealm home, INodeList nodes) => new(home, isHtmlCollection: false, nodes, null, null);

    /// <summary>A live HTMLCollection over AngleSharp's live element collection (children, getElementsByTagName).</summary>
    public static NodeCollection LiveHtmlCollection(DomTreeRealm home, IHtmlCollection<IElement> elements) => new(home, isHtmlCollection: true, null, elements, null);

    /// <summary>A static NodeList of the nodes <paramref name="nodes"/> holds now (querySelectorAll).</summary>
    public static NodeCollection StaticNodeList(DomTreeRealm home, IEnumerable<INode> nodes) => new(home, isHtmlCollection: false, null, null, [.. nodes]);

    /// <summary>The node at <paramref name="index"/>, or null when the index is out of range.</summary>
    public INode? Item(long index)
    {
        if (index < 0 || index >= Length)
        {
            return null;
        }

        int i = (int)index;
        return _liveNodes is not null ? _liveNodes[i] : _liveElements is not null ? _liveElements[i] : _snapshot![i];
    }

    /// <summary>
    /// https://dom.spec.whatwg.org/#dom-htmlcollection-nameditem
    /// The first element whose ID or (for HTML elements that have one) name attribute is <paramref name="key"/>, or null.
    /// </summary>
    public IElement? NamedItem(string key)
    {
        // "1. If key is the empty string, return null."
        if (key.Length == 0)
        {
            return null;
        }

        // "2. Return the first element in the collection for which at least one of the following
        //  is true: it has an ID which is key; it is in the HTML namespace and has a name
        //  attribute whose value is key; or null if there is no such element."
        int length = Length;
        for (int i = 0; i < length; i++)
        {
            if (Item(i) is IElement element
                && (string.Equals(element.Id, key, StringComparison.Ordinal)
                    || (element.NamespaceUri == NamespaceNames.HtmlUri && string.Equals(element.GetAttribute("name"), key, StringComparison.Ordinal))))
            {
                return element;
            }
        }

        return null;
    }
}

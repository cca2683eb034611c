using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The DOM tree bindings of one document's realm: its window, the resolvers the Window
/// bindings supply, and the wrapping of nodes. A node's wrapper lives in the realm of its node
/// document, so a parent reaching into a same-origin child's document sees the child's objects
/// (as in browsers); each realm caches the foreign wrappers it hands out, so identity holds everywhere.
/// </summary>
internal sealed class DomTreeRealm
{
    private static readonly ConditionalWeakTable<IDocument, DomTreeRealm> s_byDocument = new();

    private readonly Dictionary<string, ObjectInstance> _elementPrototypes = new(StringComparer.Ordinal);

    public DomTreeRealm(BindingRealm realm, ScriptedWindow window, Func<Window, JsValue> windowProxy, Func<Window, JsValue>? location)
    {
        Realm = realm;
        Window = window;
        WindowProxy = windowProxy;
        Location = location;
        s_byDocument.AddOrUpdate(window.Document, this);
    }

    public BindingRealm Realm { get; }

    public Engine Engine => Realm.Engine;

    public ScriptedWindow Window { get; }

    /// <summary>The WindowProxy of a core window in this realm (iframe.contentWindow, document.defaultView).</summary>
    public Func<Window, JsValue> WindowProxy { get; }

    /// <summary>The Location object of a core window (document.location), or null when the Window bindings gave none.</summary>
    public Func<Window, JsValue>? Location { get; }

    /// <summary>The realm whose document is <paramref name="node"/>'s node document (this realm when that document has no bindings).</summary>
    public DomTreeRealm HomeOf(INode node)
    {
        IDocument? document = node as IDocument ?? node.Owner;
        return document is not null && s_byDocument.TryGetValue(document, out DomTreeRealm? home) ? home : this;
    }

    /// <summary>The wrapper of <paramref name="node"/> (in its node document's realm), or null.</summary>
    public JsValue Wrap(INode? node)
    {
        if (node is null)
        {
            return JsValue.Null;
        }

        DomTreeRealm home = HomeOf(node);
        return home.Realm.GetWrapper(home.Window.GetEventTarget(node));
    }

    /// <summary>The wrapper of a NodeList or HTMLCollection (in its nodes' realm).</summary>
    public static JsValue Wrap(NodeCollection collection) => collection.Home.Realm.GetWrapper(collection);

    /// <summary>The wrapper of a DOMTokenList (in its element's realm).</summary>
    public static JsValue Wrap(DomTokenList tokenList) => tokenList.Home.Realm.GetWrapper(tokenList);

    /// <summary>The wrapper factory of node event targets: a node of another realm's document gets that realm's wrapper.</summary>
    public PlatformObject CreateNodeWrapper(NodeEventTarget target)
    {
        DomTreeRealm home = target.ScriptedWindow.TryGetBinding(out DomTreeRealm? owner) ? owner : this;
        if (!ReferenceEquals(home, this))
        {
            return home.Realm.GetWrapper(target);
        }

        return new PlatformObject(Realm, target, PrototypeOf(target.Node));
    }

    /// <summary>The wrapper of a node made by a constructor (new Text()), with the prototype of new.target.</summary>
    public PlatformObject CreateConstructed(INode node, ObjectInstance prototype) =>
        new(Realm, Window.GetEventTarget(node), prototype);

    /// <summary>The wrapper factory of NodeLists and HTMLCollections.</summary>
    public PlatformObject CreateCollectionWrapper(NodeCollection collection) =>
        new IndexedPlatformObject(Realm, collection, Prototype(collection.IsHtmlCollection ? "HTMLCollection" : "NodeList"), () => collection.Length, index => Wrap(collection.Item(index)));

    /// <summary>The wrapper factory of DOMTokenLists.</summary>
    public PlatformObject CreateTokenListWrapper(DomTokenList tokenList) =>
        new IndexedPlatformObject(Realm, tokenList, Prototype("DOMTokenList"), () => tokenList.Length, index => tokenList.Item(index) is { } token ? new JsString(token) : JsValue.Undefined);

    /// <summary>The node behind <paramref name="value"/>, a Node wrapper of any realm; a TypeError otherwise.</summary>
    public INode ToNode(JsValue value, string context) =>
        value is PlatformObject { Impl: NodeEventTarget target }
            ? target.Node
            : throw ScriptErrors.TypeError(Engine, $"{context} is not of type 'Node'.");

    /// <summary>The brand check of a member of an interface implemented by <typeparamref name="T"/> nodes.</summary>
    public T This<T>(JsValue thisValue)
        where T : class, INode =>
        thisValue is PlatformObject { Impl: NodeEventTarget { Node: T node } } ? node : throw ScriptErrors.IllegalInvocation(Engine);

    /// <summary>True when <paramref name="node"/> is connected (its root is a document).</summary>
    public static bool IsConnected(INode node)
    {
        INode current = node;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return current is IDocument;
    }

    private ObjectInstance PrototypeOf(INode node) => node switch
    {
        IElement element => ElementPrototype(element),
        IDocument document => Prototype(document is AngleSharp.Html.Dom.IHtmlDocument ? "HTMLDocument" : "Document"),
        IText => Prototype("Text"),
        IComment => Prototype("Comment"),
        IDocumentFragment => Prototype("DocumentFragment"),
        IDocumentType => Prototype("DocumentType"),
        ICharacterData => Prototype("CharacterData"),
        _ => Prototype("Node"),
    };

    private ObjectInstance ElementPrototype(IElement element)
    {
        string key = element.NamespaceUri == NamespaceNames.HtmlUri ? element.LocalName : "";
        if (!_elementPrototypes.TryGetValue(key, out ObjectInstance? prototype))
        {
            prototype = Prototype(key.Length == 0 ? "Element" : ElementInterfaces.InterfaceOf(element));
            _elementPrototypes.Add(key, prototype);
        }

        return prototype;
    }

    private ObjectInstance Prototype(string interfaceName) => Realm.RequireInterface(interfaceName).PrototypeObject;
}

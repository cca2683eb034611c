using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of Node and Node.prototype (https://dom.spec.whatwg.org/#interface-node).</summary>
internal static class NodeMembers
{
    public static void DefineConstants(ObjectInstance interfaceObject, ObjectInstance prototype)
    {
        (string Name, int Value)[] constants =
        [
            ("ELEMENT_NODE", 1), ("ATTRIBUTE_NODE", 2), ("TEXT_NODE", 3), ("CDATA_SECTION_NODE", 4),
            ("ENTITY_REFERENCE_NODE", 5), ("ENTITY_NODE", 6), ("PROCESSING_INSTRUCTION_NODE", 7), ("COMMENT_NODE", 8),
            ("DOCUMENT_NODE", 9), ("DOCUMENT_TYPE_NODE", 10), ("DOCUMENT_FRAGMENT_NODE", 11), ("NOTATION_NODE", 12),
            ("DOCUMENT_POSITION_DISCONNECTED", 0x01), ("DOCUMENT_POSITION_PRECEDING", 0x02), ("DOCUMENT_POSITION_FOLLOWING", 0x04),
            ("DOCUMENT_POSITION_CONTAINS", 0x08), ("DOCUMENT_POSITION_CONTAINED_BY", 0x10), ("DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC", 0x20),
        ];
        foreach (var (name, value) in constants)
        {
            InterfaceMembers.DefineConstant(interfaceObject, prototype, name, value);
        }
    }

    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // readonly attribute unsigned short nodeType;
        InterfaceMembers.DefineAttribute(binding, prototype, "nodeType", thisValue => JsNumber.Create((int)realm.This<INode>(thisValue).NodeType));

        // readonly attribute DOMString nodeName;
        InterfaceMembers.DefineAttribute(binding, prototype, "nodeName", thisValue => new JsString(realm.This<INode>(thisValue).NodeName));

        // readonly attribute USVString baseURI;
        InterfaceMembers.DefineAttribute(binding, prototype, "baseURI", thisValue => new JsString(realm.HomeOf(realm.This<INode>(thisValue)).Window.BaseUrl.Href));

        // readonly attribute boolean isConnected;
        InterfaceMembers.DefineAttribute(binding, prototype, "isConnected", thisValue => DomValues.Boolean(DomTreeRealm.IsConnected(realm.This<INode>(thisValue))));

        // readonly attribute Document? ownerDocument;
        InterfaceMembers.DefineAttribute(binding, prototype, "ownerDocument", thisValue =>
        {
            // "The ownerDocument getter steps are to return null, if this is a document; otherwise this's node document."
            INode node = realm.This<INode>(thisValue);
            return node is IDocument ? JsValue.Null : realm.Wrap(node.Owner);
        });

        // Node getRootNode(optional GetRootNodeOptions options = {});
        InterfaceMembers.DefineOperation(binding, prototype, "getRootNode", 0, (thisValue, _) =>
        {
            // (no shadow trees here, so the root is the root)
            INode node = realm.This<INode>(thisValue);
            while (node.Parent is { } parent)
            {
                node = parent;
            }

            return realm.Wrap(node);
        });

        // readonly attribute Node? parentNode;
        InterfaceMembers.DefineAttribute(binding, prototype, "parentNode", thisValue => realm.Wrap(realm.This<INode>(thisValue).Parent));

        // readonly attribute Element? parentElement;
        InterfaceMembers.DefineAttribute(binding, prototype, "parentElement", thisValue => realm.Wrap(realm.This<INode>(thisValue).ParentElement));

        // boolean hasChildNodes();
        InterfaceMembers.DefineOperation(binding, prototype, "hasChildNodes", 0, (thisValue, _) => DomValues.Boolean(realm.This<INode>(thisValue).HasChildNodes));

        // [SameObject] readonly attribute NodeList childNodes;
        InterfaceMembers.DefineAttribute(binding, prototype, "childNodes", thisValue =>
        {
            INode node = realm.This<INode>(thisValue);
            NodeState state = NodeState.Of(node);
            state.ChildNodes ??= NodeCollection.LiveNodeList(realm.HomeOf(node), node.ChildNodes);
            return DomTreeRealm.Wrap(state.ChildNodes);
        });

        // readonly attribute Node? firstChild; lastChild; previousSibling; nextSibling;
        InterfaceMembers.DefineAttribute(binding, prototype, "firstChild", thisValue => realm.Wrap(realm.This<INode>(thisValue).FirstChild));
        InterfaceMembers.DefineAttribute(binding, prototype, "lastChild", thisValue => realm.Wrap(realm.This<INode>(thisValue).LastChild));
        InterfaceMembers.DefineAttribute(binding, prototype, "previousSibling", thisValue => realm.Wrap(realm.This<INode>(thisValue).PreviousSibling));
        InterfaceMembers.DefineAttribute(binding, prototype, "nextSibling", thisValue => realm.Wrap(realm.This<INode>(thisValue).NextSibling));

        // [CEReactions] attribute DOMString? nodeValue;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "nodeValue",
            thisValue => realm.This<INode>(thisValue) is ICharacterData data ? new JsString(data.Data) : JsValue.Null,
            (thisValue, value) =>
            {
                // "If the given value is null, act as if it was the empty string instead, and then
                //  do as described below, switching on the interface this implements: ...
                //  CharacterData: Replace data ... Otherwise: Do nothing."
                INode node = realm.This<INode>(thisValue);
                if (node is ICharacterData)
                {
                    string text = value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'nodeValue' property on 'Node'");
                    DomOperations.SetTextContent(realm, node, text);
                }
            });

        // [CEReactions] attribute DOMString? textContent;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "textContent",
            thisValue =>
            {
                // "The textContent getter steps are to return the following, switching on the
                //  interface this implements: DocumentFragment, Element: The descendant text
                //  content of this. Attr: ... CharacterData: this's data. Otherwise: Null."
                INode node = realm.This<INode>(thisValue);
                return node is IDocument or IDocumentType ? JsValue.Null : new JsString(node.TextContent);
            },
            (thisValue, value) =>
            {
                // "If the given value is null, act as if it was the empty string instead."
                INode node = realm.This<INode>(thisValue);
                string text = value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'textContent' property on 'Node'");
                DomOperations.SetTextContent(realm, node, text);
            });

        // [CEReactions] undefined normalize();
        InterfaceMembers.DefineOperation(binding, prototype, "normalize", 0, (thisValue, _) =>
        {
            realm.This<INode>(thisValue).Normalize();
            return JsValue.Undefined;
        });

        // [CEReactions, NewObject] Node cloneNode(optional boolean subtree = false);
        InterfaceMembers.DefineOperation(binding, prototype, "cloneNode", 0, (thisValue, arguments) =>
        {
            INode node = realm.This<INode>(thisValue);

            // "1. If this is a shadow root, then throw a "NotSupportedError" DOMException." (none here)
            // "2. Return the result of cloning a node given this with subtree set to subtree."
            bool deep = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 0));
            return realm.Wrap(DomOperations.Clone(realm, node, deep));
        });

        // boolean isEqualNode(Node? otherNode);
        InterfaceMembers.DefineOperation(binding, prototype, "isEqualNode", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'isEqualNode' on 'Node'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            INode? other = DomValues.NullableNode(realm, arguments[0], context + ": parameter 1");
            return DomValues.Boolean(other is not null && node.Equals(other));
        });

        // boolean isSameNode(Node? otherNode);
        InterfaceMembers.DefineOperation(binding, prototype, "isSameNode", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'isSameNode' on 'Node'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return DomValues.Boolean(ReferenceEquals(node, DomValues.NullableNode(realm, arguments[0], context + ": parameter 1")));
        });

        // unsigned short compareDocumentPosition(Node other);
        InterfaceMembers.DefineOperation(binding, prototype, "compareDocumentPosition", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'compareDocumentPosition' on 'Node'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            INode other = realm.ToNode(arguments[0], context + ": parameter 1");
            return ReferenceEquals(node, other) ? JsNumber.Create(0) : JsNumber.Create((int)node.CompareDocumentPosition(other));
        });

        // boolean contains(Node? other);
        InterfaceMembers.DefineOperation(binding, prototype, "contains", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'contains' on 'Node'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);

            // "The contains(other) method steps are to return true if other is an inclusive
            //  descendant of this; otherwise false (including when other is null)."
            INode? other = DomValues.NullableNode(realm, arguments[0], context + ": parameter 1");
            for (INode? current = other; current is not null; current = current.Parent)
            {
                if (ReferenceEquals(current, node))
                {
                    return JsBoolean.True;
                }
            }

            return JsBoolean.False;
        });

        // [CEReactions] Node insertBefore(Node node, Node? child);
        InterfaceMembers.DefineOperation(binding, prototype, "insertBefore", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'insertBefore' on 'Node'";
            INode parent = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            INode node = realm.ToNode(arguments[0], context + ": parameter 1");
            INode? child = DomValues.NullableNode(realm, arguments[1], context + ": parameter 2");
            return realm.Wrap(DomOperations.PreInsert(realm, context, parent, node, child));
        });

        // [CEReactions] Node appendChild(Node node);
        InterfaceMembers.DefineOperation(binding, prototype, "appendChild", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'appendChild' on 'Node'";
            INode parent = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            INode node = realm.ToNode(arguments[0], context + ": parameter 1");

            // "The appendChild(node) method steps are to return the result of appending node to this."
            return realm.Wrap(DomOperations.PreInsert(realm, context, parent, node, null));
        });

        // [CEReactions] Node replaceChild(Node node, Node child);
        InterfaceMembers.DefineOperation(binding, prototype, "replaceChild", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'replaceChild' on 'Node'";
            INode parent = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            INode node = realm.ToNode(arguments[0], context + ": parameter 1");
            INode child = realm.ToNode(arguments[1], context + ": parameter 2");
            return realm.Wrap(DomOperations.Replace(realm, context, parent, node, child));
        });

        // [CEReactions] Node removeChild(Node child);
        InterfaceMembers.DefineOperation(binding, prototype, "removeChild", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'removeChild' on 'Node'";
            INode parent = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            INode child = realm.ToNode(arguments[0], context + ": parameter 1");
            return realm.Wrap(DomOperations.PreRemove(realm, context, parent, child));
        });
    }
}

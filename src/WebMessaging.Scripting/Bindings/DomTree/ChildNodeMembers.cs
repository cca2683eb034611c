using AngleSharp.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The ChildNode mixin (https://dom.spec.whatwg.org/#interface-childnode) of DocumentType,
/// Element and CharacterData, and NonDocumentTypeChildNode's element siblings.
/// </summary>
internal static class ChildNodeMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype, string interfaceName, bool nonDocumentType)
    {
        BindingRealm binding = realm.Realm;

        // [CEReactions, Unscopable] undefined before((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "before", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'before' on '{interfaceName}'";
            INode node = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let parent be this's parent. 2. If parent is null, then return."
            if (node.Parent is not { } parent)
            {
                return JsValue.Undefined;
            }

            // "3. Let viablePreviousSibling be this's first preceding sibling not in nodes; otherwise null."
            INode? viablePrevious = node.PreviousSibling;
            while (viablePrevious is not null && nodes.Contains(viablePrevious))
            {
                viablePrevious = viablePrevious.PreviousSibling;
            }

            // "4. Let node be the result of converting nodes into a node, given nodes and this's node document."
            // "5. If viablePreviousSibling is null, then set it to parent's first child;
            //  otherwise to viablePreviousSibling's next sibling."
            // "6. Pre-insert node into parent before viablePreviousSibling."
            if (nodes.Count > 0)
            {
                INode converted = DomOperations.ConvertNodesIntoNode(node.Owner!, nodes);
                INode? before = viablePrevious is null ? parent.FirstChild : viablePrevious.NextSibling;
                DomOperations.PreInsert(realm, context, parent, converted, before);
            }

            return JsValue.Undefined;
        });

        // [CEReactions, Unscopable] undefined after((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "after", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'after' on '{interfaceName}'";
            INode node = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let parent be this's parent. 2. If parent is null, then return."
            if (node.Parent is not { } parent)
            {
                return JsValue.Undefined;
            }

            // "3. Let viableNextSibling be this's first following sibling not in nodes; otherwise null."
            INode? viableNext = node.NextSibling;
            while (viableNext is not null && nodes.Contains(viableNext))
            {
                viableNext = viableNext.NextSibling;
            }

            // "4. Let node be the result of converting nodes into a node ..."
            // "5. Pre-insert node into parent before viableNextSibling."
            if (nodes.Count > 0)
            {
                DomOperations.PreInsert(realm, context, parent, DomOperations.ConvertNodesIntoNode(node.Owner!, nodes), viableNext);
            }

            return JsValue.Undefined;
        });

        // [CEReactions, Unscopable] undefined replaceWith((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "replaceWith", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'replaceWith' on '{interfaceName}'";
            INode node = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let parent be this's parent. 2. If parent is null, then return."
            if (node.Parent is not { } parent)
            {
                return JsValue.Undefined;
            }

            // "3. Let viableNextSibling be this's first following sibling not in nodes; otherwise null."
            INode? viableNext = node.NextSibling;
            while (viableNext is not null && nodes.Contains(viableNext))
            {
                viableNext = viableNext.NextSibling;
            }

            // "4. Let node be the result of converting nodes into a node ..."
            INode? converted = nodes.Count == 0 ? null : DomOperations.ConvertNodesIntoNode(node.Owner!, nodes);

            // "5. If this's parent is parent, replace this with node within parent."
            // "6. Otherwise, pre-insert node into parent before viableNextSibling."
            if (converted is null)
            {
                DomOperations.PreRemove(realm, context, parent, node);
            }
            else if (ReferenceEquals(node.Parent, parent))
            {
                DomOperations.Replace(realm, context, parent, converted, node);
            }
            else
            {
                DomOperations.PreInsert(realm, context, parent, converted, viableNext);
            }

            return JsValue.Undefined;
        });

        // [CEReactions, Unscopable] undefined remove();
        InterfaceMembers.DefineOperation(binding, prototype, "remove", 0, (thisValue, _) =>
        {
            DomOperations.Remove(realm, realm.This<INode>(thisValue));
            return JsValue.Undefined;
        });

        if (nonDocumentType)
        {
            // readonly attribute Element? previousElementSibling; nextElementSibling;
            InterfaceMembers.DefineAttribute(binding, prototype, "previousElementSibling", thisValue => realm.Wrap(PreviousElement(realm.This<INode>(thisValue))));
            InterfaceMembers.DefineAttribute(binding, prototype, "nextElementSibling", thisValue => realm.Wrap(NextElement(realm.This<INode>(thisValue))));
        }
    }

    private static IElement? PreviousElement(INode node)
    {
        for (INode? sibling = node.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
        {
            if (sibling is IElement element)
            {
                return element;
            }
        }

        return null;
    }

    private static IElement? NextElement(INode node)
    {
        for (INode? sibling = node.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling is IElement element)
            {
                return element;
            }
        }

        return null;
    }
}

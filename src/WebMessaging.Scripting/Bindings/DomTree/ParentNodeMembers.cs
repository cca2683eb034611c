using AngleSharp.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The ParentNode mixin (https://dom.spec.whatwg.org/#interface-parentnode) of Document,
/// DocumentFragment and Element, and NonElementParentNode's getElementById.
/// </summary>
internal static class ParentNodeMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype, string interfaceName)
    {
        BindingRealm binding = realm.Realm;

        // [SameObject] readonly attribute HTMLCollection children;
        InterfaceMembers.DefineAttribute(binding, prototype, "children", thisValue =>
        {
            IParentNode node = realm.This<INode>(thisValue) as IParentNode ?? throw ScriptErrors.IllegalInvocation(realm.Engine);
            NodeState state = NodeState.Of((INode)node);
            state.Children ??= NodeCollection.LiveHtmlCollection(realm.HomeOf((INode)node), node.Children);
            return DomTreeRealm.Wrap(state.Children);
        });

        // readonly attribute Element? firstElementChild; lastElementChild;
        InterfaceMembers.DefineAttribute(binding, prototype, "firstElementChild", thisValue => realm.Wrap(This(realm, thisValue).FirstElementChild));
        InterfaceMembers.DefineAttribute(binding, prototype, "lastElementChild", thisValue => realm.Wrap(This(realm, thisValue).LastElementChild));

        // readonly attribute unsigned long childElementCount;
        InterfaceMembers.DefineAttribute(binding, prototype, "childElementCount", thisValue => JsNumber.Create(This(realm, thisValue).ChildElementCount));

        // [CEReactions, Unscopable] undefined prepend((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "prepend", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'prepend' on '{interfaceName}'";
            INode parent = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let node be the result of converting nodes into a node given nodes and this's node document."
            // "2. Pre-insert node into this before this's first child."
            if (nodes.Count > 0)
            {
                INode node = DomOperations.ConvertNodesIntoNode(parent as IDocument ?? parent.Owner!, nodes);
                DomOperations.PreInsert(realm, context, parent, node, parent.FirstChild);
            }

            return JsValue.Undefined;
        });

        // [CEReactions, Unscopable] undefined append((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "append", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'append' on '{interfaceName}'";
            INode parent = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let node be the result of converting nodes into a node given nodes and this's node document."
            // "2. Append node to this."
            if (nodes.Count > 0)
            {
                INode node = DomOperations.ConvertNodesIntoNode(parent as IDocument ?? parent.Owner!, nodes);
                DomOperations.PreInsert(realm, context, parent, node, null);
            }

            return JsValue.Undefined;
        });

        // [CEReactions, Unscopable] undefined replaceChildren((Node or DOMString)... nodes);
        InterfaceMembers.DefineOperation(binding, prototype, "replaceChildren", 0, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'replaceChildren' on '{interfaceName}'";
            INode parent = realm.This<INode>(thisValue);
            List<object> nodes = DomValues.NodesOrStrings(realm, arguments, context);

            // "1. Let node be the result of converting nodes into a node given nodes and this's node document."
            // "2. Ensure pre-insert validity of node into this before null."
            // "3. Replace all with node within this."
            var mutation = new TreeMutation(realm);
            INode? node = nodes.Count == 0 ? null : DomOperations.ConvertNodesIntoNode(parent as IDocument ?? parent.Owner!, nodes);
            IReadOnlyList<INode> inserted = node is null ? [] : mutation.Inserting(node);
            mutation.RemovingChildren(parent);
            AngleSharpErrors.Run(context, () =>
            {
                while (parent.FirstChild is { } child)
                {
                    parent.RemoveChild(child);
                }

                if (node is not null)
                {
                    parent.AppendChild(node);
                }
            });
            mutation.Inserted(inserted);
            mutation.ChildrenChanged(parent);
            mutation.Complete();
            return JsValue.Undefined;
        });

        // Element? querySelector(DOMString selectors);
        InterfaceMembers.DefineOperation(binding, prototype, "querySelector", 1, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'querySelector' on '{interfaceName}'";
            IParentNode node = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string selectors = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            return realm.Wrap(AngleSharpErrors.Run(context, () => node.QuerySelector(selectors)));
        });

        // [NewObject] NodeList querySelectorAll(DOMString selectors);
        InterfaceMembers.DefineOperation(binding, prototype, "querySelectorAll", 1, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'querySelectorAll' on '{interfaceName}'";
            IParentNode node = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string selectors = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");

            // "The querySelectorAll(selectors) method steps are to return the static result of
            //  running scope-match a selectors string selectors against this."
            IHtmlCollection<IElement> found = AngleSharpErrors.Run(context, () => node.QuerySelectorAll(selectors));
            return DomTreeRealm.Wrap(NodeCollection.StaticNodeList(realm.HomeOf((INode)node), found));
        });

        if (interfaceName != "Element")
        {
            // NonElementParentNode: Element? getElementById(DOMString elementId);
            InterfaceMembers.DefineOperation(binding, prototype, "getElementById", 1, (thisValue, arguments) =>
            {
                string context = $"Failed to execute 'getElementById' on '{interfaceName}'";
                INode node = realm.This<INode>(thisValue);
                WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
                string id = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");

                // "The getElementById(elementId) method steps are to return the first element, in
                //  tree order, within this's descendants, whose ID is elementId; otherwise null."
                return realm.Wrap(FindById(node, id));
            });
        }
    }

    /// <summary>The first element in tree order among the descendants of <paramref name="root"/> whose ID is <paramref name="id"/>.</summary>
    public static IElement? FindById(INode root, string id)
    {
        if (id.Length == 0)
        {
            return null;
        }

        if (root is IDocument document)
        {
            return document.GetElementById(id);
        }

        foreach (INode child in root.ChildNodes)
        {
            if (child is IElement element)
            {
                if (string.Equals(element.Id, id, StringComparison.Ordinal))
                {
                    return element;
                }

                if (FindById(element, id) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static IParentNode This(DomTreeRealm realm, JsValue thisValue) =>
        realm.This<INode>(thisValue) as IParentNode ?? throw ScriptErrors.IllegalInvocation(realm.Engine);
}

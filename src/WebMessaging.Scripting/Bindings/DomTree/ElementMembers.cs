using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of Element.prototype (https://dom.spec.whatwg.org/#interface-element) and the HTML parts of it (innerHTML, outerHTML, insertAdjacentHTML).</summary>
internal static class ElementMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        var engine = realm.Engine;

        // readonly attribute DOMString? namespaceURI; prefix; localName; tagName;
        InterfaceMembers.DefineAttribute(binding, prototype, "namespaceURI", thisValue => DomValues.NullableString(This(realm, thisValue).NamespaceUri));
        InterfaceMembers.DefineAttribute(binding, prototype, "prefix", thisValue => DomValues.NullableString(This(realm, thisValue).Prefix));
        InterfaceMembers.DefineAttribute(binding, prototype, "localName", thisValue => new JsString(This(realm, thisValue).LocalName));
        InterfaceMembers.DefineAttribute(binding, prototype, "tagName", thisValue => new JsString(This(realm, thisValue).TagName));

        // [CEReactions] attribute DOMString id; className; (reflecting id and class)
        DefineReflectedString(realm, prototype, "id", "id");
        DefineReflectedString(realm, prototype, "className", "class");

        // [SameObject, PutForwards=value] readonly attribute DOMTokenList classList;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "classList",
            thisValue => DomTreeRealm.Wrap(ClassList(realm, This(realm, thisValue))),
            (thisValue, value) => ClassList(realm, This(realm, thisValue)).Value = WebIdlConversions.ToDomString(engine, value, "Failed to set the 'value' property on 'DOMTokenList'"));

        // boolean hasAttributes();
        InterfaceMembers.DefineOperation(binding, prototype, "hasAttributes", 0, (thisValue, _) => DomValues.Boolean(This(realm, thisValue).Attributes.Length > 0));

        // sequence<DOMString> getAttributeNames();
        InterfaceMembers.DefineOperation(binding, prototype, "getAttributeNames", 0, (thisValue, _) =>
        {
            INamedNodeMap attributes = This(realm, thisValue).Attributes;
            var names = new JsValue[attributes.Length];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = new JsString(attributes[i]!.Name);
            }

            return new JsArray(engine, names);
        });

        // DOMString? getAttribute(DOMString qualifiedName);
        InterfaceMembers.DefineOperation(binding, prototype, "getAttribute", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'getAttribute' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return DomValues.NullableString(element.GetAttribute(AttributeName(element, WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1"))));
        });

        // boolean hasAttribute(DOMString qualifiedName);
        InterfaceMembers.DefineOperation(binding, prototype, "hasAttribute", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'hasAttribute' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return DomValues.Boolean(element.HasAttribute(AttributeName(element, WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1"))));
        });

        // [CEReactions] undefined setAttribute(DOMString qualifiedName, DOMString value);
        InterfaceMembers.DefineOperation(binding, prototype, "setAttribute", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'setAttribute' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 2, context);
            string name = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            string value = WebIdlConversions.ToDomString(engine, arguments[1], context + ": parameter 2");
            DomOperations.SetAttribute(realm, element, name, value);
            return JsValue.Undefined;
        });

        // [CEReactions] undefined removeAttribute(DOMString qualifiedName);
        InterfaceMembers.DefineOperation(binding, prototype, "removeAttribute", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'removeAttribute' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            DomOperations.RemoveAttribute(realm, element, WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1"));
            return JsValue.Undefined;
        });

        // [CEReactions] boolean toggleAttribute(DOMString qualifiedName, optional boolean force);
        InterfaceMembers.DefineOperation(binding, prototype, "toggleAttribute", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'toggleAttribute' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string name = AttributeName(element, WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1"));
            JsValue forceValue = WebIdlConversions.Argument(arguments, 1);
            bool? force = forceValue.IsUndefined() ? null : WebIdlConversions.ToBoolean(forceValue);

            // "4. If attribute is null: 1. If force is not given or is true, create an attribute
            //  whose local name is qualifiedName, value is the empty string ... return true.
            //  2. Return false."
            if (!element.HasAttribute(name))
            {
                if (force == false)
                {
                    return JsBoolean.False;
                }

                DomOperations.SetAttribute(realm, element, name, "");
                return JsBoolean.True;
            }

            // "5. Otherwise, if force is not given or is false, remove an attribute given
            //  qualifiedName and this, and then return false." "6. Return true."
            if (force == true)
            {
                return JsBoolean.True;
            }

            DomOperations.RemoveAttribute(realm, element, name);
            return JsBoolean.False;
        });

        // Element? closest(DOMString selectors);
        InterfaceMembers.DefineOperation(binding, prototype, "closest", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'closest' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string selectors = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            return realm.Wrap(AngleSharpErrors.Run(context, () => element.Closest(selectors)));
        });

        // boolean matches(DOMString selectors); boolean webkitMatchesSelector(DOMString selectors); // legacy alias of .matches
        foreach (string name in new[] { "matches", "webkitMatchesSelector" })
        {
            string context = $"Failed to execute '{name}' on 'Element'";
            InterfaceMembers.DefineOperation(binding, prototype, name, 1, (thisValue, arguments) =>
            {
                IElement element = This(realm, thisValue);
                WebIdlConversions.RequireArguments(engine, arguments, 1, context);
                string selectors = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
                return DomValues.Boolean(AngleSharpErrors.Run(context, () => element.Matches(selectors)));
            });
        }

        DefineGetElementsBy(realm, prototype, "Element");

        // [CEReactions] Element? insertAdjacentElement(DOMString where, Element element);
        InterfaceMembers.DefineOperation(binding, prototype, "insertAdjacentElement", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'insertAdjacentElement' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 2, context);
            string where = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            INode inserted = realm.ToNode(arguments[1], context + ": parameter 2") as IElement ?? throw ScriptErrors.TypeError(engine, context + ": parameter 2 is not of type 'Element'.");
            return realm.Wrap(InsertAdjacent(realm, context, element, where, inserted));
        });

        // undefined insertAdjacentText(DOMString where, DOMString data);
        InterfaceMembers.DefineOperation(binding, prototype, "insertAdjacentText", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'insertAdjacentText' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 2, context);
            string where = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            string data = WebIdlConversions.ToDomString(engine, arguments[1], context + ": parameter 2");
            InsertAdjacent(realm, context, element, where, element.Owner!.CreateTextNode(data));
            return JsValue.Undefined;
        });

        // [CEReactions] undefined insertAdjacentHTML(DOMString position, (TrustedHTML or DOMString) string);
        InterfaceMembers.DefineOperation(binding, prototype, "insertAdjacentHTML", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'insertAdjacentHTML' on 'Element'";
            IElement element = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 2, context);
            string position = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            string html = WebIdlConversions.ToDomString(engine, arguments[1], context + ": parameter 2");
            DomOperations.InsertAdjacentHtml(realm, element, position, html);
            return JsValue.Undefined;
        });

        // [CEReactions] attribute (TrustedHTML or [LegacyNullToEmptyString] DOMString) innerHTML;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "innerHTML",
            thisValue => new JsString(This(realm, thisValue).InnerHtml),
            (thisValue, value) => DomOperations.SetInnerHtml(realm, This(realm, thisValue), value.IsNull() ? "" : WebIdlConversions.ToDomString(engine, value, "Failed to set the 'innerHTML' property on 'Element'")));

        // [CEReactions] attribute (TrustedHTML or [LegacyNullToEmptyString] DOMString) outerHTML;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "outerHTML",
            thisValue => new JsString(This(realm, thisValue).OuterHtml),
            (thisValue, value) => DomOperations.SetOuterHtml(realm, This(realm, thisValue), value.IsNull() ? "" : WebIdlConversions.ToDomString(engine, value, "Failed to set the 'outerHTML' property on 'Element'")));

        ParentNodeMembers.DefineMembers(realm, prototype, "Element");
        ChildNodeMembers.DefineMembers(realm, prototype, "Element", nonDocumentType: true);
    }

    /// <summary>getElementsByTagName and getElementsByClassName (live HTMLCollections) of Document or Element.</summary>
    public static void DefineGetElementsBy(DomTreeRealm realm, ObjectInstance prototype, string interfaceName)
    {
        BindingRealm binding = realm.Realm;

        // HTMLCollection getElementsByTagName(DOMString qualifiedName);
        InterfaceMembers.DefineOperation(binding, prototype, "getElementsByTagName", 1, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'getElementsByTagName' on '{interfaceName}'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string name = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            IHtmlCollection<IElement> found = node switch
            {
                IDocument document => document.GetElementsByTagName(name),
                IElement element => element.GetElementsByTagName(name),
                _ => throw ScriptErrors.IllegalInvocation(realm.Engine),
            };
            return DomTreeRealm.Wrap(NodeCollection.LiveHtmlCollection(realm.HomeOf(node), found));
        });

        // HTMLCollection getElementsByClassName(DOMString classNames);
        InterfaceMembers.DefineOperation(binding, prototype, "getElementsByClassName", 1, (thisValue, arguments) =>
        {
            string context = $"Failed to execute 'getElementsByClassName' on '{interfaceName}'";
            INode node = realm.This<INode>(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            string names = WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1");
            IHtmlCollection<IElement> found = node switch
            {
                IDocument document => document.GetElementsByClassName(names),
                IElement element => element.GetElementsByClassName(names),
                _ => throw ScriptErrors.IllegalInvocation(realm.Engine),
            };
            return DomTreeRealm.Wrap(NodeCollection.LiveHtmlCollection(realm.HomeOf(node), found));
        });
    }

    /// <summary>Defines a DOMString attribute reflecting the content attribute <paramref name="contentAttribute"/> (https://html.spec.whatwg.org/multipage/common-dom-interfaces.html#reflect).</summary>
    public static void DefineReflectedString(DomTreeRealm realm, ObjectInstance prototype, string name, string contentAttribute)
    {
        InterfaceMembers.DefineAttribute(
            realm.Realm,
            prototype,
            name,
            thisValue => new JsString(This(realm, thisValue).GetAttribute(contentAttribute) ?? ""),
            (thisValue, value) => DomOperations.SetAttribute(realm, This(realm, thisValue), contentAttribute, WebIdlConversions.ToDomString(realm.Engine, value, $"Failed to set the '{name}' property")));
    }

    /// <summary>Defines a boolean attribute reflecting the presence of the content attribute <paramref name="contentAttribute"/>.</summary>
    public static void DefineReflectedBoolean(DomTreeRealm realm, ObjectInstance prototype, string name, string contentAttribute)
    {
        InterfaceMembers.DefineAttribute(
            realm.Realm,
            prototype,
            name,
            thisValue => DomValues.Boolean(This(realm, thisValue).HasAttribute(contentAttribute)),
            (thisValue, value) =>
            {
                IElement element = This(realm, thisValue);
                if (WebIdlConversions.ToBoolean(value))
                {
                    DomOperations.SetAttribute(realm, element, contentAttribute, "");
                }
                else
                {
                    DomOperations.RemoveAttribute(realm, element, contentAttribute);
                }
            });
    }

    /// <summary>The brand check of Element members.</summary>
    public static IElement This(DomTreeRealm realm, JsValue thisValue) => realm.This<IElement>(thisValue);

    private static DomTokenList ClassList(DomTreeRealm realm, IElement element)
    {
        NodeState state = NodeState.Of(element);
        return state.ClassList ??= new DomTokenList(realm.HomeOf(element), element, "class");
    }

    // The qualified name getAttribute and hasAttribute look for: lowercased on HTML elements of an HTML document.
    private static string AttributeName(IElement element, string qualifiedName) =>
        element.NamespaceUri == NamespaceNames.HtmlUri && element.Owner is AngleSharp.Html.Dom.IHtmlDocument ? DomOperations.AsciiLowercase(qualifiedName) : qualifiedName;

    // https://dom.spec.whatwg.org/#insert-adjacent
    private static INode? InsertAdjacent(DomTreeRealm realm, string context, IElement element, string where, INode node)
    {
        switch (DomOperations.AsciiLowercase(where))
        {
            case "beforebegin":
                // "If element's parent is null, return null. Return the result of pre-inserting node into element's parent before element."
                return element.Parent is { } parent ? DomOperations.PreInsert(realm, context, parent, node, element) : null;
            case "afterbegin":
                // "Return the result of pre-inserting node into element before element's first child."
                return DomOperations.PreInsert(realm, context, element, node, element.FirstChild);
            case "beforeend":
                // "Return the result of pre-inserting node into element before null."
                return DomOperations.PreInsert(realm, context, element, node, null);
            case "afterend":
                // "If element's parent is null, return null. Return the result of pre-inserting node into element's parent before element's next sibling."
                return element.Parent is { } after ? DomOperations.PreInsert(realm, context, after, node, element.NextSibling) : null;
            default:
                // "Otherwise: Throw a "SyntaxError" DOMException."
                throw new DomException("SyntaxError", $"{context}: The value provided ('{where}') is not one of 'beforebegin', 'afterbegin', 'beforeend', or 'afterend'.");
        }
    }
}

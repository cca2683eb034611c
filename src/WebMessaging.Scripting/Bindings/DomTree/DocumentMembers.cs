using AngleSharp.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The members of Document.prototype (https://dom.spec.whatwg.org/#interface-document) with the
/// HTML standard's partial interface (https://html.spec.whatwg.org/multipage/dom.html#the-document-object).
/// </summary>
internal static class DocumentMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        var engine = realm.Engine;

        // readonly attribute USVString URL; documentURI;
        InterfaceMembers.DefineAttribute(binding, prototype, "URL", thisValue => new JsString(Window(realm, thisValue).Url.Href));
        InterfaceMembers.DefineAttribute(binding, prototype, "documentURI", thisValue => new JsString(Window(realm, thisValue).Url.Href));

        // readonly attribute DOMString compatMode; characterSet; charset; inputEncoding; contentType;
        // FIXME: the document's quirks mode as the parser set it; a document with a doctype reads as no-quirks.
        InterfaceMembers.DefineAttribute(binding, prototype, "compatMode", thisValue => new JsString(This(realm, thisValue).Doctype is null ? "BackCompat" : "CSS1Compat"));
        foreach (string name in new[] { "characterSet", "charset", "inputEncoding" })
        {
            // FIXME: the document's encoding; site-map documents are decoded as UTF-8.
            InterfaceMembers.DefineAttribute(binding, prototype, name, thisValue =>
            {
                This(realm, thisValue);
                return new JsString("UTF-8");
            });
        }

        InterfaceMembers.DefineAttribute(binding, prototype, "contentType", thisValue =>
        {
            This(realm, thisValue);
            return new JsString("text/html");
        });

        // readonly attribute DocumentType? doctype; readonly attribute Element? documentElement;
        InterfaceMembers.DefineAttribute(binding, prototype, "doctype", thisValue => realm.Wrap(This(realm, thisValue).Doctype));
        InterfaceMembers.DefineAttribute(binding, prototype, "documentElement", thisValue => realm.Wrap(This(realm, thisValue).DocumentElement));

        ElementMembers.DefineGetElementsBy(realm, prototype, "Document");

        // [CEReactions, NewObject] Element createElement(DOMString localName, optional (DOMString or ElementCreationOptions) options = {});
        InterfaceMembers.DefineOperation(binding, prototype, "createElement", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'createElement' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string localName = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");

            // "1. If localName is not a valid element local name, then throw an "InvalidCharacterError" DOMException."
            // "2. If this is an HTML document, then set localName to localName in ASCII lowercase."
            // FIXME: custom elements (the "is" option, custom element registries).
            if (document is AngleSharp.Html.Dom.IHtmlDocument)
            {
                localName = DomOperations.AsciiLowercase(localName);
            }

            return realm.Wrap(AngleSharpErrors.Run(context, () => document.CreateElement(localName)));
        });

        // [NewObject] DocumentFragment createDocumentFragment(); Text createTextNode(DOMString data); Comment createComment(DOMString data);
        InterfaceMembers.DefineOperation(binding, prototype, "createDocumentFragment", 0, (thisValue, _) => realm.Wrap(This(realm, thisValue).CreateDocumentFragment()));
        InterfaceMembers.DefineOperation(binding, prototype, "createTextNode", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'createTextNode' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return realm.Wrap(document.CreateTextNode(WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1")));
        });
        InterfaceMembers.DefineOperation(binding, prototype, "createComment", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'createComment' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return realm.Wrap(document.CreateComment(WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1")));
        });

        // [NewObject] Event createEvent(DOMString interface);
        InterfaceMembers.DefineOperation(binding, prototype, "createEvent", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'createEvent' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string interfaceName = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");

            // https://dom.spec.whatwg.org/#dom-document-createevent
            // "1. Let constructor be null." "2. If interface is an ASCII case-insensitive match for
            //  any of the strings in the first column in the following table, then set constructor
            //  to the interface in the second column on the same row as the matching string."
            // "3. If constructor is null, then throw a "NotSupportedError" DOMException."
            // FIXME: the other rows (CustomEvent, MessageEvent, MouseEvent, UIEvent, ...).
            string lower = DomOperations.AsciiLowercase(interfaceName);
            if (lower is not ("event" or "events" or "htmlevents" or "svgevents"))
            {
                throw new DomException("NotSupportedError", $"{context}: The provided event type ('{interfaceName}') is invalid.");
            }

            // "5. Let event be the result of creating an event given constructor."
            // "6. Initialize event's type attribute to the empty string."
            // "7. Initialize event's timeStamp attribute to the result of calling current high resolution time with this's relevant global object."
            // "8. Initialize event's isTrusted attribute to false." "9. Unset event's initialized flag."
            return realm.Realm.Wrap(new CreatedEvent(realm.HomeOf(document).Window.Window.EventLoop.Now));
        });

        // [CEReactions, NewObject] Node importNode(Node node, optional boolean subtree = false);
        InterfaceMembers.DefineOperation(binding, prototype, "importNode", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'importNode' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            INode node = realm.ToNode(arguments[0], context + ": parameter 1");

            // "1. If node is a document or shadow root, then throw a "NotSupportedError" DOMException."
            if (node is IDocument)
            {
                throw new DomException("NotSupportedError", $"{context}: The node provided is a document, which may not be imported.");
            }

            // "2. Return a clone of node, with this and the clone children flag set if subtree is true."
            // FIXME: the clone's scripts keep no "already started" flag of the original.
            bool subtree = WebIdlConversions.ToBoolean(WebIdlConversions.Argument(arguments, 1));
            INode copy = AngleSharpErrors.Run(context, () => document.Import(node, subtree));
            InlineEventHandlers.CompileSubtree(realm.HomeOf(copy), copy);
            return realm.Wrap(copy);
        });

        // [LegacyUnforgeable] readonly attribute Location? location;
        InterfaceMembers.DefineAttribute(binding, prototype, "location", thisValue =>
        {
            // "The Document object's location getter steps are to return this's relevant global
            //  object's Location object, if this is fully active, and null otherwise."
            ScriptedWindow window = Window(realm, thisValue);
            DomTreeRealm home = realm.HomeOf(window.Document);
            return window.IsActive && home.Location is { } location ? location(window.Window) : JsValue.Null;
        });

        // attribute USVString domain;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "domain",
            thisValue =>
            {
                // https://html.spec.whatwg.org/multipage/browsers.html#dom-document-domain
                // "1. Let effectiveDomain be this's origin's effective domain."
                // "2. If effectiveDomain is null, then return the empty string."
                // "3. Return effectiveDomain, serialized."
                var origin = Window(realm, thisValue).Origin;
                return new JsString(origin.IsOpaque ? "" : origin.Domain ?? origin.Host ?? "");
            },
            (thisValue, _) =>
            {
                // FIXME: the document.domain setter (relaxing the origin's domain); it is ignored.
                Window(realm, thisValue);
            });

        // readonly attribute USVString referrer;
        // FIXME: the referrer of the document's navigation.
        InterfaceMembers.DefineAttribute(binding, prototype, "referrer", thisValue =>
        {
            This(realm, thisValue);
            return JsString.Empty;
        });

        // attribute USVString cookie;
        // FIXME: cookies; the cookie string is always empty, and writes are ignored.
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "cookie",
            thisValue =>
            {
                This(realm, thisValue);
                return JsString.Empty;
            },
            (thisValue, _) => This(realm, thisValue));

        // readonly attribute DOMString lastModified;  (not kept)
        // readonly attribute DocumentReadyState readyState;
        InterfaceMembers.DefineAttribute(binding, prototype, "readyState", thisValue => new JsString(Window(realm, thisValue).Readiness switch
        {
            DocumentReadiness.Loading => "loading",
            DocumentReadiness.Interactive => "interactive",
            _ => "complete",
        }));

        // [CEReactions] attribute DOMString title;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "title",
            thisValue => new JsString(This(realm, thisValue).Title ?? ""),
            (thisValue, value) => This(realm, thisValue).Title = WebIdlConversions.ToDomString(engine, value, "Failed to set the 'title' property on 'Document'"));

        // [CEReactions] attribute HTMLElement? body; readonly attribute HTMLHeadElement? head;
        // FIXME: the body setter (replacing the body element).
        InterfaceMembers.DefineAttribute(binding, prototype, "body", thisValue => realm.Wrap(This(realm, thisValue).Body));
        InterfaceMembers.DefineAttribute(binding, prototype, "head", thisValue => realm.Wrap(This(realm, thisValue).Head));

        // NodeList getElementsByName([LegacyNullToEmptyString] DOMString elementName);
        // FIXME: a live NodeList; this one is a snapshot.
        InterfaceMembers.DefineOperation(binding, prototype, "getElementsByName", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'getElementsByName' on 'Document'";
            IDocument document = This(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string name = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            var found = new List<INode>();
            foreach (IElement element in document.QuerySelectorAll("[name]"))
            {
                if (element.NamespaceUri == NamespaceNames.HtmlUri && element.GetAttribute("name") == name)
                {
                    found.Add(element);
                }
            }

            return DomTreeRealm.Wrap(NodeCollection.StaticNodeList(realm.HomeOf(document), found));
        });

        // readonly attribute HTMLOrSVGScriptElement? currentScript;
        InterfaceMembers.DefineAttribute(binding, prototype, "currentScript", thisValue => realm.Wrap(Window(realm, thisValue).CurrentScript));

        // readonly attribute WindowProxy? defaultView;
        InterfaceMembers.DefineAttribute(binding, prototype, "defaultView", thisValue =>
        {
            // "The defaultView getter steps are: 1. If this's browsing context is null, then
            //  return null. 2. Return this's browsing context's WindowProxy object."
            ScriptedWindow window = Window(realm, thisValue);
            return window.IsActive ? realm.HomeOf(window.Document).WindowProxy(window.Window) : JsValue.Null;
        });

        // readonly attribute boolean hidden; readonly attribute DocumentVisibilityState visibilityState;
        // IMPLEMENTATION DEFINED: a headless page is always shown, as a foreground tab.
        InterfaceMembers.DefineAttribute(binding, prototype, "hidden", thisValue =>
        {
            This(realm, thisValue);
            return JsBoolean.False;
        });
        InterfaceMembers.DefineAttribute(binding, prototype, "visibilityState", thisValue =>
        {
            This(realm, thisValue);
            return new JsString("visible");
        });

        // [SameObject] readonly attribute HTMLCollection forms;
        InterfaceMembers.DefineAttribute(binding, prototype, "forms", thisValue =>
        {
            IDocument document = This(realm, thisValue);
            return DomTreeRealm.Wrap(NodeState.Of(document).Forms ??= NodeCollection.LiveHtmlCollection(realm.HomeOf(document), document.GetElementsByTagName("form")));
        });

        // readonly attribute Element? activeElement;  boolean hasFocus();
        // https://html.spec.whatwg.org/multipage/interaction.html#dom-documentorshadowroot-activeelement:
        // the focused element, else the body element, else the document element.
        InterfaceMembers.DefineAttribute(binding, prototype, "activeElement", thisValue =>
        {
            IDocument document = This(realm, thisValue);
            // (the focus fixup: a focused element that left the document no longer counts)
            var focused = realm.Window.Document == document && realm.Window.FocusedElement is { } element && DomTreeRealm.IsConnected(element) ? element : null;
            return realm.Wrap(focused ?? (INode?)document.Body ?? document.DocumentElement);
        });
        InterfaceMembers.DefineOperation(binding, prototype, "hasFocus", 0, (thisValue, _) => DomValues.Boolean(Window(realm, thisValue).IsActive));

        // attribute EventHandler onreadystatechange; onvisibilitychange; and GlobalEventHandlers.
        EventHandlerAttribute.Define(binding, prototype, "onreadystatechange", "readystatechange");
        EventHandlerAttribute.Define(binding, prototype, "onvisibilitychange", "visibilitychange");
        HtmlElementMembers.DefineEventHandlers(realm, prototype);

        ParentNodeMembers.DefineMembers(realm, prototype, "Document");
    }

    private static IDocument This(DomTreeRealm realm, JsValue thisValue) => realm.This<IDocument>(thisValue);

    // The window whose document this is (the document's own realm's).
    private static ScriptedWindow Window(DomTreeRealm realm, JsValue thisValue) => realm.HomeOf(This(realm, thisValue)).Window;
}

using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// Installs the DOM tree that page scripts use to find and fill elements and frames: Node,
/// Document, Element, the HTML element interfaces, Text, Comment, DocumentFragment, NodeList,
/// HTMLCollection and DOMTokenList, over the window's AngleSharp document; and the global
/// <c>document</c>. Every node has one wrapper; listeners go to the node's core event target
/// (<see cref="ScriptedWindow.GetEventTarget"/>), so events bubble to the document and window.
/// </summary>
public static class DocumentBindings
{
    /// <summary>
    /// Installs the DOM tree interfaces for <paramref name="window"/> in <paramref name="realm"/>
    /// (after <see cref="Dom.DomBindings.Install"/>, which provides EventTarget and Event),
    /// exposes them and <c>document</c> on <paramref name="globalObject"/>, and compiles the
    /// document's event handler content attributes. Call it from
    /// <see cref="ScriptedBrowserOptions.OnWindowCreated"/>, before any script of the document runs.
    /// </summary>
    /// <param name="realm">The window's binding realm (of <see cref="ScriptedWindow.Engine"/>).</param>
    /// <param name="globalObject">The global object (usually <c>window.Engine.Global</c>).</param>
    /// <param name="window">The window whose document this realm's scripts see.</param>
    /// <param name="windowProxy">The WindowProxy of a core window, as this realm's scripts see it (iframe.contentWindow, document.defaultView).</param>
    /// <param name="location">The Location object of a core window (document.location), or null while there is none (document.location is then null).</param>
    public static void Install(BindingRealm realm, ObjectInstance globalObject, ScriptedWindow window, Func<Window, JsValue> windowProxy, Func<Window, JsValue>? location = null)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(globalObject);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(windowProxy);
        if (!ReferenceEquals(realm.Engine, window.Engine))
        {
            throw new ArgumentException("The binding realm must be the realm of the window's own engine.", nameof(realm));
        }

        var tree = new DomTreeRealm(realm, window, windowProxy, location);
        window.SetBinding(tree);

        // https://dom.spec.whatwg.org/#interface-node
        NodeInterfaceConstructor node = NodeInterfaceConstructor.Install(realm, globalObject, "Node", "EventTarget", prototype => NodeMembers.DefineMembers(tree, prototype));
        NodeMembers.DefineConstants(node, node.PrototypeObject);

        // https://dom.spec.whatwg.org/#interface-document
        // IMPLEMENTATION DEFINED: new Document() throws "Illegal constructor": documents come from pages only.
        NodeInterfaceConstructor.Install(realm, globalObject, "Document", "Node", prototype => DocumentMembers.DefineMembers(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLDocument", "Document");

        // https://dom.spec.whatwg.org/#interface-documentfragment: constructor();
        NodeInterfaceConstructor.Install(
            realm,
            globalObject,
            "DocumentFragment",
            "Node",
            prototype => ParentNodeMembers.DefineMembers(tree, prototype, "DocumentFragment"),
            construct: (_, prototype) => tree.CreateConstructed(window.Document.CreateDocumentFragment(), prototype));

        // https://dom.spec.whatwg.org/#interface-documenttype
        NodeInterfaceConstructor.Install(realm, globalObject, "DocumentType", "Node", prototype =>
        {
            InterfaceMembers.DefineAttribute(realm, prototype, "name", thisValue => new JsString(tree.This<IDocumentType>(thisValue).Name));
            InterfaceMembers.DefineAttribute(realm, prototype, "publicId", thisValue => new JsString(tree.This<IDocumentType>(thisValue).PublicIdentifier));
            InterfaceMembers.DefineAttribute(realm, prototype, "systemId", thisValue => new JsString(tree.This<IDocumentType>(thisValue).SystemIdentifier));
            ChildNodeMembers.DefineMembers(tree, prototype, "DocumentType", nonDocumentType: false);
        });

        // https://dom.spec.whatwg.org/#interface-characterdata, #interface-text, #interface-comment
        NodeInterfaceConstructor.Install(realm, globalObject, "CharacterData", "Node", prototype => CharacterDataMembers.DefineMembers(tree, prototype));
        NodeInterfaceConstructor.Install(
            realm,
            globalObject,
            "Text",
            "CharacterData",
            prototype => CharacterDataMembers.DefineTextMembers(tree, prototype),
            construct: (arguments, prototype) => tree.CreateConstructed(window.Document.CreateTextNode(OptionalData(realm, arguments, "Text")), prototype));
        NodeInterfaceConstructor.Install(
            realm,
            globalObject,
            "Comment",
            "CharacterData",
            construct: (arguments, prototype) => tree.CreateConstructed(window.Document.CreateComment(OptionalData(realm, arguments, "Comment")), prototype));

        // https://dom.spec.whatwg.org/#interface-element and https://html.spec.whatwg.org/multipage/dom.html#htmlelement
        NodeInterfaceConstructor.Install(realm, globalObject, "Element", "Node", prototype => ElementMembers.DefineMembers(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLElement", "Element", prototype => HtmlElementMembers.DefineMembers(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLUnknownElement", "HTMLElement");
        foreach (var (interfaceName, _) in ElementInterfaces.PlainInterfaces)
        {
            NodeInterfaceConstructor.Install(realm, globalObject, interfaceName, "HTMLElement");
        }

        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLIFrameElement", "HTMLElement", prototype => IframeMembers.DefineMembers(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLInputElement", "HTMLElement", prototype => FormControlMembers.DefineInput(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLTextAreaElement", "HTMLElement", prototype => FormControlMembers.DefineTextArea(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLSelectElement", "HTMLElement", prototype => FormControlMembers.DefineSelect(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLButtonElement", "HTMLElement", prototype => FormControlMembers.DefineButton(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLOptionElement", "HTMLElement", prototype => FormControlMembers.DefineOption(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLFormElement", "HTMLElement", prototype => FormMembers.DefineMembers(tree, prototype));

        // https://html.spec.whatwg.org/multipage/scripting.html#htmltemplateelement
        // readonly attribute DocumentFragment content; "return this's template contents."
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLTemplateElement", "HTMLElement", prototype =>
            InterfaceMembers.DefineAttribute(realm, prototype, "content", thisValue => tree.Wrap(tree.This<AngleSharp.Html.Dom.IHtmlTemplateElement>(thisValue).Content)));

        // https://xhr.spec.whatwg.org/#dom-formdata: new FormData(form, submitter) reads a form of this realm's tree.
        Html.FormDataConstructor.Install(realm, globalObject, (formValue, submitterValue, context) =>
        {
            if (tree.ToNode(formValue, context + ": parameter 1") is not AngleSharp.Html.Dom.IHtmlFormElement form)
            {
                throw ScriptErrors.TypeError(realm.Engine, context + ": parameter 1 is not of type 'HTMLFormElement'.");
            }

            // "2. If submitter is non-null, then: 1. If submitter is not a submit button, then throw
            // a TypeError. 2. If submitter's form owner is not form, then throw a "NotFoundError" DOMException."
            IElement? submitter = null;
            if (!WebIdlConversions.IsNullish(submitterValue))
            {
                submitter = tree.ToNode(submitterValue, context + ": parameter 2") as IElement;
                if (submitter is null || !FormSubmission.IsSubmitButton(submitter))
                {
                    throw ScriptErrors.TypeError(realm.Engine, context + ": The specified element is not a submit button.");
                }

                if (!ReferenceEquals(FormSubmission.FormOwner(submitter), form))
                {
                    throw ScriptErrors.DomException(realm, "NotFoundError", context + ": The specified element is not owned by this form element.");
                }
            }

            return FormSubmission.ConstructEntryList(form, submitter);
        });
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLScriptElement", "HTMLElement", prototype => ScriptElementMembers.DefineMembers(tree, prototype));

        // https://html.spec.whatwg.org/multipage/sections.html#htmlbodyelement
        // HTMLBodyElement includes WindowEventHandlers; its Window-reflecting handlers are the Window's.
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLBodyElement", "HTMLElement", prototype => HtmlElementMembers.DefineWindowReflectingEventHandlers(tree, prototype));

        // https://html.spec.whatwg.org/multipage/semantics.html#htmlmetaelement
        // [CEReactions, Reflect] attribute DOMString name; [Reflect="http-equiv"] httpEquiv; content; media; scheme
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLMetaElement", "HTMLElement", prototype =>
        {
            ElementMembers.DefineReflectedString(tree, prototype, "name", "name");
            ElementMembers.DefineReflectedString(tree, prototype, "httpEquiv", "http-equiv");
            ElementMembers.DefineReflectedString(tree, prototype, "content", "content");
            ElementMembers.DefineReflectedString(tree, prototype, "media", "media");
            ElementMembers.DefineReflectedString(tree, prototype, "scheme", "scheme");
        });

        // https://dom.spec.whatwg.org/#interface-nodelist, #interface-htmlcollection, #interface-domtokenlist
        NodeInterfaceConstructor.Install(realm, globalObject, "NodeList", null, prototype => CollectionMembers.DefineNodeList(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "HTMLCollection", null, prototype => CollectionMembers.DefineHtmlCollection(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "DOMTokenList", null, prototype => CollectionMembers.DefineTokenList(tree, prototype));
        NodeInterfaceConstructor.Install(realm, globalObject, "DOMStringMap", null, _ => { });

        realm.RegisterWrapperFactory(typeof(NodeEventTarget), impl => tree.CreateNodeWrapper((NodeEventTarget)impl));
        realm.RegisterWrapperFactory(typeof(NodeCollection), impl => tree.CreateCollectionWrapper((NodeCollection)impl));
        realm.RegisterWrapperFactory(typeof(DomTokenList), impl => tree.CreateTokenListWrapper((DomTokenList)impl));

        // https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-window-object
        // [LegacyUnforgeable] readonly attribute Document document; (unless the Window bindings defined it)
        if (globalObject.GetOwnProperty("document") == PropertyDescriptor.Undefined)
        {
            Jint.Runtime.Interop.ClrFunction documentGetter = InterfaceMembers.Getter(realm, "document", _ => tree.Wrap(window.Document));
            globalObject.DefineOwnProperty("document", new GetSetPropertyDescriptor(documentGetter, JsValue.Undefined, enumerable: true, configurable: false));
        }

        // [CEReactions] readonly attribute Element? frameElement;
        InterfaceMembers.DefineAttribute(realm, globalObject, "frameElement", thisValue =>
        {
            WebIdlConversions.This<Window>(realm.Engine, thisValue);
            return FrameElement(tree, window);
        });

        // The parser-inserted scripts belong to the page loader; they must never run again if
        // script moves them. Then the handler content attributes the parser met are compiled.
        ScriptElementRunner.MarkSubtreeStarted(window.Document);
        InlineEventHandlers.CompileSubtree(tree, window.Document);
    }

    /// <summary>The document wrapper of <paramref name="window"/> in its own realm, for the Window bindings' <c>document</c> attribute.</summary>
    /// <exception cref="InvalidOperationException">The DOM tree bindings were not installed for <paramref name="window"/>.</exception>
    public static JsValue GetDocument(ScriptedWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        DomTreeRealm tree = window.GetBinding<DomTreeRealm>();
        return tree.Wrap(window.Document);
    }

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-frameelement
    private static JsValue FrameElement(DomTreeRealm tree, ScriptedWindow window)
    {
        // "1. Let current be this's node navigable." "2. If current is null, then return null."
        // "3. Let container be current's container." "4. If container is null, then return null."
        if (!window.IsActive || window.Window.Closed || window.ContainerElement is not { } container || window.ContainerDocument is not { } containerDocument)
        {
            return JsValue.Null;
        }

        // "5. If container's node document's origin is not same origin-domain with the current
        //  settings object's origin, then return null." (the getter is this window's own, so
        //  the current settings object is this window's)
        if (!containerDocument.Origin.IsSameOriginDomain(window.Origin))
        {
            return JsValue.Null;
        }

        // "6. Return container." (its wrapper in the container document's realm)
        return tree.Wrap(container);
    }

    private static string OptionalData(BindingRealm realm, JsValue[] arguments, string interfaceName)
    {
        // constructor(optional DOMString data = "");
        JsValue data = WebIdlConversions.Argument(arguments, 0);
        return data.IsUndefined() ? "" : WebIdlConversions.ToDomString(realm.Engine, data, $"Failed to construct '{interfaceName}': parameter 1");
    }
}

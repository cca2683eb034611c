using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of HTMLIFrameElement.prototype (https://html.spec.whatwg.org/multipage/iframe-embed-object.html#htmliframeelement).</summary>
internal static class IframeMembers
{
    // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#attr-iframe-sandbox
    // "The supported tokens for sandbox's DOMTokenList are the allowed values defined in the sandbox attribute."
    private static readonly string[] SandboxTokens =
    [
        "allow-downloads", "allow-forms", "allow-modals", "allow-orientation-lock", "allow-pointer-lock",
        "allow-popups", "allow-popups-to-escape-sandbox", "allow-presentation", "allow-same-origin",
        "allow-scripts", "allow-top-navigation", "allow-top-navigation-by-user-activation",
        "allow-top-navigation-to-custom-protocols",
    ];

    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // [CEReactions, ReflectURL] attribute USVString src;
        UrlReflection.Define(realm, prototype, "src", "src");

        // [CEReactions, Reflect] attribute (TrustedHTML or DOMString) srcdoc; DOMString name; allow; width; height;
        ElementMembers.DefineReflectedString(realm, prototype, "srcdoc", "srcdoc");
        ElementMembers.DefineReflectedString(realm, prototype, "name", "name");
        ElementMembers.DefineReflectedString(realm, prototype, "allow", "allow");
        ElementMembers.DefineReflectedString(realm, prototype, "width", "width");
        ElementMembers.DefineReflectedString(realm, prototype, "height", "height");

        // [SameObject, PutForwards=value] readonly attribute DOMTokenList sandbox;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "sandbox",
            thisValue => DomTreeRealm.Wrap(Sandbox(realm, This(realm, thisValue))),
            (thisValue, value) => Sandbox(realm, This(realm, thisValue)).Value = WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'DOMTokenList'"));

        // readonly attribute Document? contentDocument;
        InterfaceMembers.DefineAttribute(binding, prototype, "contentDocument", thisValue =>
        {
            IElement iframe = This(realm, thisValue);
            ScriptedWindow home = realm.HomeOf(iframe).Window;

            // https://html.spec.whatwg.org/multipage/document-sequences.html#concept-bcc-content-document
            // "1. If container's content navigable is null, then return null."
            // "2. Let document be container's content navigable's active document."
            if (home.GetContentDocument(iframe) is not { } child)
            {
                return JsValue.Null;
            }

            // "3. If document's origin and container's node document's origin are not same
            //  origin-domain, then return null."
            if (!child.Origin.IsSameOriginDomain(home.Origin))
            {
                return JsValue.Null;
            }

            // "4. Return document."
            return realm.Wrap(child.Document);
        });

        // readonly attribute WindowProxy? contentWindow;
        InterfaceMembers.DefineAttribute(binding, prototype, "contentWindow", thisValue =>
        {
            // "The contentWindow getter steps are to return this's content window": "If
            //  container's content navigable is null, then return null. Return ... the active WindowProxy."
            IElement iframe = This(realm, thisValue);
            Window? frame = realm.HomeOf(iframe).Window.GetContentWindow(iframe);
            return frame is null ? JsValue.Null : realm.WindowProxy(frame);
        });

        // FIXME: loading, referrerPolicy, allowFullscreen and getSVGDocument().
        InterfaceMembers.DefineAttribute(binding, prototype, "loading", thisValue => new JsString(This(realm, thisValue).GetAttribute("loading") is { } loading && DomOperations.AsciiLowercase(loading) == "lazy" ? "lazy" : "eager"));
    }

    private static IHtmlInlineFrameElement This(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlInlineFrameElement>(thisValue);

    private static DomTokenList Sandbox(DomTreeRealm realm, IElement iframe)
    {
        NodeState state = NodeState.Of(iframe);
        return state.Sandbox ??= new DomTokenList(realm.HomeOf(iframe), iframe, "sandbox", SandboxTokens);
    }
}

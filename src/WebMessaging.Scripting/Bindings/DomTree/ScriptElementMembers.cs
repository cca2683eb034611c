using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of HTMLScriptElement.prototype (https://html.spec.whatwg.org/multipage/scripting.html#htmlscriptelement).</summary>
internal static class ScriptElementMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // [CEReactions, ReflectURL] attribute USVString src;
        UrlReflection.Define(realm, prototype, "src", "src");

        // [CEReactions, Reflect] attribute DOMString type; charset; boolean defer;
        ElementMembers.DefineReflectedString(realm, prototype, "type", "type");
        ElementMembers.DefineReflectedString(realm, prototype, "charset", "charset");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "defer", "defer");

        // [CEReactions] attribute boolean async;
        // FIXME: the force async flag ("The async getter steps are: If this's force async is
        // true, return true"): a script-inserted script reads async as true until set.
        ElementMembers.DefineReflectedBoolean(realm, prototype, "async", "async");

        // [CEReactions] attribute DOMString text;
        // "The text attribute's getter must return this script element's child text content.
        //  The text attribute's setter must string replace all with the given value within this element."
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "text",
            thisValue => new JsString(This(realm, thisValue).Text),
            (thisValue, value) => DomOperations.SetTextContent(realm, This(realm, thisValue), WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'text' property on 'HTMLScriptElement'")));
    }

    private static IHtmlScriptElement This(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlScriptElement>(thisValue);
}

using AngleSharp.Html.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of HTMLElement.prototype (https://html.spec.whatwg.org/multipage/dom.html#htmlelement) and its GlobalEventHandlers.</summary>
internal static class HtmlElementMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // [CEReactions, Reflect] attribute DOMString title; lang; dir (FIXME: dir's enumerated values)
        ElementMembers.DefineReflectedString(realm, prototype, "title", "title");
        ElementMembers.DefineReflectedString(realm, prototype, "lang", "lang");
        ElementMembers.DefineReflectedString(realm, prototype, "dir", "dir");

        // [CEReactions] attribute (boolean or unrestricted double or DOMString)? hidden;
        // FIXME: the "until-found" state; hidden reads and writes the attribute's presence.
        ElementMembers.DefineReflectedBoolean(realm, prototype, "hidden", "hidden");

        // [CEReactions] attribute [LegacyNullToEmptyString] DOMString innerText;
        // FIXME: the rendered text (https://html.spec.whatwg.org/multipage/dom.html#the-innertext-idl-attribute):
        // there is no layout here, so innerText is textContent and setting it sets textContent
        // (line breaks do not become br elements).
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "innerText",
            thisValue => new JsString(This(realm, thisValue).TextContent),
            (thisValue, value) => DomOperations.SetTextContent(realm, This(realm, thisValue), value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'innerText' property on 'HTMLElement'")));

        // undefined click();
        InterfaceMembers.DefineOperation(binding, prototype, "click", 0, (thisValue, _) =>
        {
            ClickSteps.Click(realm, This(realm, thisValue));
            return JsValue.Undefined;
        });

        // undefined focus(optional FocusOptions options = {}); undefined blur();
        InterfaceMembers.DefineOperation(binding, prototype, "focus", 0, (thisValue, _) =>
        {
            FocusSteps.Focus(realm, This(realm, thisValue));
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(binding, prototype, "blur", 0, (thisValue, _) =>
        {
            FocusSteps.Blur(realm, This(realm, thisValue));
            return JsValue.Undefined;
        });

        // https://drafts.csswg.org/cssom-view/#dom-element-getboundingclientrect
        // IMPLEMENTATION DEFINED: there is no layout, so every box is empty at the origin (an
        // object with DOMRect's members; DOMRect itself is not an interface here).
        InterfaceMembers.DefineOperation(binding, prototype, "getBoundingClientRect", 0, (thisValue, _) =>
        {
            This(realm, thisValue);
            var rect = new Jint.Native.JsObject(realm.Engine);
            foreach (var name in (string[])["x", "y", "width", "height", "top", "right", "bottom", "left"])
            {
                rect.Set(name, JsNumber.Create(0));
            }

            return rect;
        });

        // https://drafts.csswg.org/cssom-view/#dom-element-scrollintoview: nothing scrolls here.
        InterfaceMembers.DefineOperation(binding, prototype, "scrollIntoView", 0, (thisValue, _) =>
        {
            This(realm, thisValue);
            return JsValue.Undefined;
        });

        // [SameObject, PutForwards=cssText] readonly attribute CSSStyleDeclaration style;
        // FIXME: a CSSStyleDeclaration over the style attribute; this is an inert object that
        // keeps whatever script stores on it, so pages that set styles keep running.
        InterfaceMembers.DefineAttribute(binding, prototype, "style", thisValue =>
        {
            IHtmlElement element = This(realm, thisValue);
            NodeState state = NodeState.Of(element);
            return state.Style ??= new JsObject(realm.Engine);
        });

        // [SameObject] readonly attribute DOMStringMap dataset;
        // "The dataset getter steps are to return a DOMStringMap object, associated with this element."
        InterfaceMembers.DefineAttribute(binding, prototype, "dataset", thisValue =>
        {
            IHtmlElement element = This(realm, thisValue);
            NodeState state = NodeState.Of(element);
            DomTreeRealm home = realm.HomeOf(element);
            return state.Dataset ??= new DomStringMapObject(home, element, home.Realm.RequireInterface("DOMStringMap").PrototypeObject);
        });

        DefineEventHandlers(realm, prototype);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#window-reflecting-body-element-event-handler-set
    /// HTMLBodyElement's handlers of the Window-reflecting body element event handler set and of
    /// WindowEventHandlers (onload, onmessage, onmessageerror, ...): "exposed on the body element
    /// ... but ... reflected on the Window object", so they read and write the Window's handlers.
    /// </summary>
    public static void DefineWindowReflectingEventHandlers(DomTreeRealm realm, ObjectInstance prototype)
    {
        // FIXME: frameset's handlers, and body's onerror (an OnErrorEventHandler).
        foreach (string eventType in InlineEventHandlers.WindowReflectingBodyEventTypes)
        {
            EventHandlerAttribute.Define(realm.Realm, prototype, "on" + eventType, eventType, thisValue =>
            {
                // The element's node document's relevant global object: this realm's window.
                This(realm, thisValue);
                return realm.Window.Window;
            });
        }
    }

    /// <summary>The GlobalEventHandlers event handler IDL attributes (onclick, oninput, ...) on an interface prototype object.</summary>
    public static void DefineEventHandlers(DomTreeRealm realm, ObjectInstance prototype)
    {
        foreach (string eventType in InlineEventHandlers.ElementEventTypes)
        {
            EventHandlerAttribute.Define(realm.Realm, prototype, "on" + eventType, eventType);
        }
    }

    private static IHtmlElement This(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlElement>(thisValue);
}

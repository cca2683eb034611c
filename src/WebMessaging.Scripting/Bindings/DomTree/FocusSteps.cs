using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint.Native;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.UiEvents;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://html.spec.whatwg.org/multipage/interaction.html#focus
/// focus() and blur() for a document without a user: one focused element per document
/// (document.activeElement), with the blur, focusout, focus and focusin events.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the top-level traversable always has system focus, and focusing an
/// element does not move focus between documents (a frame's document keeps its own focused element).
/// </remarks>
internal static class FocusSteps
{
    /// <summary>https://html.spec.whatwg.org/multipage/interaction.html#focusing-steps for <paramref name="element"/>.</summary>
    public static void Focus(DomTreeRealm realm, IHtmlElement element)
    {
        var document = realm.HomeOf(element).Window;

        // "1. If new focus target is not a focusable area (and not a navigable container), then ... return."
        if (!IsFocusable(element) || !ReferenceEquals(element.Owner, document.Document))
        {
            return;
        }

        // "5. If new focus target is the currently focused area of a top-level traversable, then return."
        var old = document.FocusedElement;
        if (ReferenceEquals(old, element))
        {
            return;
        }

        // "10. Run the focus update steps with old chain, new chain, and new focus target."
        // (blur and focusout at the old target, with the new one as relatedTarget; then focus and
        // focusin at the new one, with the old one as relatedTarget)
        if (old is not null)
        {
            FireFocusEvents(document, old, "blur", "focusout", element);
        }

        document.FocusedElement = element;
        FireFocusEvents(document, element, "focus", "focusin", old);
    }

    /// <summary>https://html.spec.whatwg.org/multipage/interaction.html#unfocusing-steps for <paramref name="element"/>.</summary>
    public static void Blur(DomTreeRealm realm, IHtmlElement element)
    {
        var document = realm.HomeOf(element).Window;

        // "3. If old focus target is not the currently focused area of a top-level traversable, then return."
        if (!ReferenceEquals(document.FocusedElement, element))
        {
            return;
        }

        // "7. Otherwise, ... run the focusing steps for the viewport": the body becomes the active
        // element, after blur and focusout at the element.
        document.FocusedElement = null;
        FireFocusEvents(document, element, "blur", "focusout", null);
    }

    // https://html.spec.whatwg.org/multipage/interaction.html#focusable-area
    private static bool IsFocusable(IHtmlElement element)
    {
        if (element.HasAttribute("disabled") && element is IHtmlInputElement or IHtmlButtonElement or IHtmlSelectElement or IHtmlTextAreaElement)
        {
            return false;
        }

        return element switch
        {
            IHtmlInputElement input => input.Type != "hidden",
            IHtmlButtonElement or IHtmlSelectElement or IHtmlTextAreaElement or IHtmlInlineFrameElement => true,
            _ => element.HasAttribute("tabindex") || (element.LocalName is "a" or "area" && element.HasAttribute("href"))
                || element.GetAttribute("contenteditable") is "" or "true" || element.LocalName == "summary",
        };
    }

    private static void FireFocusEvents(ScriptedWindow document, IElement target, string type, string bubblingType, IElement? relatedTarget)
    {
        if (!document.TryGetBinding<WindowGlobal>(out var global) || global.Bindings.GetInterface("FocusEvent") is not DictionaryEventConstructor focusEvent)
        {
            return;
        }

        var eventTarget = document.GetEventTarget(target);
        foreach (var (eventType, bubbles) in (ReadOnlySpan<(string, bool)>)[(type, false), (bubblingType, true)])
        {
            var members = focusEvent.DefaultMembers();
            members["view"] = global.GlobalObject;
            members["relatedTarget"] = relatedTarget is null ? JsValue.Null : global.Bindings.Wrap(document.GetEventTarget(relatedTarget));
            eventTarget.FireEvent(new DictionaryEvent("FocusEvent", eventType, new EventInit { Bubbles = bubbles, Composed = true }, members) { TimeStamp = document.Window.EventLoop.Now });
        }
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using WebMessaging.Events;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://html.spec.whatwg.org/multipage/interaction.html#dom-click
/// HTMLElement.click(): a synthetic, untrusted click event, with the activation behavior of
/// checkboxes and radio buttons around it.
/// </summary>
internal static class ClickSteps
{
    public static void Click(DomTreeRealm realm, IHtmlElement element)
    {
        // "1. If this element is a form control that is disabled, then return."
        if (element is IHtmlInputElement or IHtmlButtonElement or IHtmlSelectElement or IHtmlTextAreaElement && element.HasAttribute("disabled"))
        {
            return;
        }

        // "2. If this element's click in progress flag is set, then return."
        NodeState state = NodeState.Of(element);
        if (state.ClickInProgress)
        {
            return;
        }

        // "3. Set this element's click in progress flag."
        state.ClickInProgress = true;
        try
        {
            // "4. Fire a synthetic pointer event named click at this element, with the not trusted flag set."
            FireSyntheticClick(realm.HomeOf(element).Window, element);
        }
        finally
        {
            // "5. Unset this element's click in progress flag."
            state.ClickInProgress = false;
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#fire-a-synthetic-pointer-event
    private static void FireSyntheticClick(ScriptedWindow window, IHtmlElement element)
    {
        // "1. Let event be the result of creating an event using PointerEvent."
        // "2. Initialize event's type attribute to e." "3. Initialize event's bubbles and
        //  cancelable attributes to true." "4. Set event's composed flag."
        // "5. If the not trusted flag is set, initialize event's isTrusted attribute to false."
        // "7. Initialize event's view attribute to target's node document's Window object."
        // (coordinates and modifier keys keep their defaults: no pointing device is involved)
        var init = new EventInit { Bubbles = true, Cancelable = true, Composed = true };
        var now = window.Window.EventLoop.Now;
        Event evt = new Event("click", init) { TimeStamp = now };
        if (window.TryGetBinding<Html.WindowGlobal>(out var global) && global.Bindings.GetInterface("PointerEvent") is UiEvents.DictionaryEventConstructor pointerEvent)
        {
            var members = pointerEvent.DefaultMembers();
            members["view"] = global.GlobalObject;
            evt = new UiEvents.DictionaryEvent("PointerEvent", "click", init, members) { TimeStamp = now };
        }
        NodeEventTarget target = window.GetEventTarget(element);

        // https://dom.spec.whatwg.org/#concept-event-dispatch
        // "5.5 If isActivationEvent is true and target has activation behavior, then set
        //  activationTarget to target." "11. If activationTarget is non-null and
        //  activationTarget has legacy-pre-activation behavior, then run activationTarget's
        //  legacy-pre-activation behavior."
        var input = element as IHtmlInputElement;
        string type = input?.Type ?? "";
        bool isCheckable = type is "checkbox" or "radio";
        bool oldChecked = input?.IsChecked ?? false;
        if (input is not null && isCheckable)
        {
            // https://html.spec.whatwg.org/multipage/input.html#checkbox-state-(type=checkbox)
            // "The legacy-pre-activation behavior is to set the element's checkedness to true if
            //  it was false and false if it was true." (a radio button's: set it to true)
            input.IsChecked = type == "checkbox" ? !oldChecked : true;
        }

        // "6. Return the result of dispatching event at target."
        bool notCanceled = target.DispatchEvent(evt);
        if (input is null || !isCheckable)
        {
            // https://html.spec.whatwg.org/multipage/form-elements.html#the-button-element
            // A submit button's "activation behavior is: ... 3. If element is a submit button, then
            // submit element's form owner from element ..." (not when the click was canceled)
            if (notCanceled && FormSubmission.IsSubmitButton(element) && DomTreeRealm.IsConnected(element) && FormSubmission.FormOwner(element) is { } form)
            {
                FormSubmission.Submit(window, form, element, submittedFromSubmitMethod: false);
            }

            // FIXME: the activation behavior of links, reset buttons, labels and other elements.
            return;
        }

        if (!notCanceled)
        {
            // "The legacy-canceled-activation behavior is to set the element's checkedness ...
            //  to the values they had before the legacy-pre-activation behavior was run."
            input.IsChecked = oldChecked;
            return;
        }

        // "The activation behavior is to: 1. If the element is not connected, then return.
        //  2. Fire an event named input at the element with the bubbles and composed
        //  attributes initialized to true. 3. Fire an event named change at the element with
        //  the bubbles attribute initialized to true."
        if (input.IsChecked == oldChecked || !DomTreeRealm.IsConnected(input))
        {
            return;
        }

        target.FireEvent(new Event("input", new EventInit { Bubbles = true, Composed = true }) { TimeStamp = window.Window.EventLoop.Now });
        target.FireEvent(new Event("change", new EventInit { Bubbles = true }) { TimeStamp = window.Window.EventLoop.Now });
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint.Native;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.UiEvents;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#form-submission-algorithm
/// Form submission as far as pages observe it: the submit event (a SubmitEvent with its
/// submitter), which a page usually cancels to post the data itself.
/// </summary>
internal static class FormSubmission
{
    /// <summary>Whether <paramref name="element"/> is a submit button: a button whose type is submit, or an input of type submit or image.</summary>
    public static bool IsSubmitButton(IElement element) => element switch
    {
        IHtmlButtonElement => (element.GetAttribute("type")?.ToLowerInvariant() ?? "submit") is not ("button" or "reset"),
        IHtmlInputElement input => input.Type is "submit" or "image",
        _ => false,
    };

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/forms.html#dom-fs-action: the form's action
    /// attribute parsed relative to the document, or the document's URL when it is missing or empty.
    /// </summary>
    public static string ActionOf(ScriptedWindow document, IHtmlFormElement form) =>
        form.GetAttribute("action") is { Length: > 0 } action && Origins.Url.TryParse(action, document.BaseUrl, out var url) ? url.Href : document.Url.Href;

    /// <summary>The form owner of <paramref name="element"/>: the form its form attribute names, else its nearest form ancestor.</summary>
    public static IHtmlFormElement? FormOwner(IElement element)
    {
        if (element.GetAttribute("form") is { } formId)
        {
            return element.Owner?.GetElementById(formId) as IHtmlFormElement;
        }

        return element.Closest("form") as IHtmlFormElement;
    }

    /// <summary>
    /// "Submit" <paramref name="form"/> from <paramref name="submitter"/> (the form itself for
    /// form.submit(), which fires no event when <paramref name="submittedFromSubmitMethod"/>).
    /// </summary>
    public static void Submit(ScriptedWindow document, IHtmlFormElement form, IElement submitter, bool submittedFromSubmitMethod)
    {
        // "1. If form cannot navigate, then return." "2. If form's constructing entry list is true, then return."
        // "4. If form's firing submission events is true, then return."
        var state = NodeState.Of(form);
        if (!DomTreeRealm.IsConnected(form) || state.FiringSubmissionEvents)
        {
            return;
        }

        // "6. If the submitted from submit() method flag is not set, then: 1. If form's firing
        // submission events is true, then return. 2. Set form's firing submission events to true.
        // 3. For each element field in the list of submittable elements whose form owner is
        // form, set field's user validity to true. 4. If the submitter element's no-validate
        // state is false, then interactively validate the constraints of form ... 5. Let
        // submitterButton be null if submitter is form. Otherwise, let submitterButton be
        // submitter. 6. Let shouldContinue be the result of firing an event named submit at form
        // using SubmitEvent, with the submitter attribute initialized to submitterButton, the
        // bubbles attribute initialized to true, and the cancelable attribute initialized to true.
        // 7. Set form's firing submission events to false. 8. If shouldContinue is false, then return."
        // FIXME: constraint validation (step 6.4).
        if (!submittedFromSubmitMethod)
        {
            state.FiringSubmissionEvents = true;
            bool shouldContinue;
            try
            {
                shouldContinue = FireSubmit(document, form, ReferenceEquals(submitter, form) ? null : submitter);
            }
            finally
            {
                state.FiringSubmissionEvents = false;
            }

            if (!shouldContinue)
            {
                return;
            }
        }

        // FIXME: "7-25": building the entry list (formdata event), and the navigation to the
        // form's action with its method and enctype. A page here that does not cancel the submit
        // event stays where it is; the console says so.
        document.Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Info, PageDiagnosticKind.Unsupported, $"Form submission to '{ActionOf(document, form)}' was not performed: form navigation is not supported yet.", document.Url.Href));
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#constructing-the-form-data-set
    /// "Constructing the entry list" given <paramref name="form"/> and <paramref name="submitter"/>.
    /// </summary>
    public static List<KeyValuePair<string, object>> ConstructEntryList(IHtmlFormElement form, IElement? submitter)
    {
        // "3. Let controls be a list of all the submittable elements whose form owner is form, in tree order."
        // "4. Let entry list be a new empty entry list."
        var entries = new List<KeyValuePair<string, object>>();
        foreach (var field in form.Owner!.QuerySelectorAll("button, input, object, select, textarea"))
        {
            if (!ReferenceEquals(FormOwner(field), form))
            {
                continue;
            }

            // "5. For each element field in controls, in tree order: 1. If any of the following are
            // true, then continue: The field element has a datalist element ancestor. The field
            // element is disabled. The field element is a button but it is not submitter. The field
            // element is an input element whose type attribute is in the Checkbox state and whose
            // checkedness is false. The field element is an input element whose type attribute is
            // in the Radio Button state and whose checkedness is false. The field element is an
            // object element that is not using a plugin."
            var input = field as IHtmlInputElement;
            var isButton = field is IHtmlButtonElement || (input is not null && input.Type is "submit" or "image" or "reset" or "button");
            if (field.Closest("datalist") is not null || field.HasAttribute("disabled") || field.Closest("fieldset[disabled]") is not null
                || (isButton && !ReferenceEquals(field, submitter)) || (input is not null && input.Type is "checkbox" or "radio" && !input.IsChecked)
                || field.LocalName == "object")
            {
                continue;
            }

            // "4. If the field element is not an input element whose type attribute is in the Image
            // Button state, and either the field element does not have a name attribute specified,
            // or its name attribute's value is the empty string, skip to the next field."
            // FIXME: "3. If the field element is an input element whose type attribute is in the
            // Image Button state" (the x and y coordinates), and file inputs.
            var name = field.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (field)
            {
                // "6. If the field element is a select element, then for each option element in
                // the select element's list of options whose selectedness is true and that is not
                // disabled, create an entry with name and the value of the option element, and
                // append it to entry list."
                case IHtmlSelectElement select:
                    foreach (var option in select.GetElementsByTagName("option").OfType<IHtmlOptionElement>())
                    {
                        if (option.IsSelected && !option.HasAttribute("disabled"))
                        {
                            entries.Add(new KeyValuePair<string, object>(name, option.Value));
                        }
                    }

                    break;

                // "7. Otherwise, if the field element is an input element whose type attribute is
                // in the Checkbox state or the Radio Button state, then: 1. If the field element
                // has a value attribute specified, then let value be the value of that attribute;
                // otherwise, let value be the string "on"."
                case IHtmlInputElement { Type: "checkbox" or "radio" } checkable:
                    entries.Add(new KeyValuePair<string, object>(name, checkable.GetAttribute("value") ?? "on"));
                    break;

                // "10. Otherwise, if the field element is a textarea element, append an entry ...
                // with name and the value of the field element" (newlines normalized)
                case IHtmlTextAreaElement textArea:
                    entries.Add(new KeyValuePair<string, object>(name, textArea.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')));
                    break;

                // "11. Otherwise, create an entry with name and the value of the field element, and append it to entry list."
                case IHtmlInputElement other:
                    entries.Add(new KeyValuePair<string, object>(name, other.Value));
                    break;
                case IHtmlButtonElement button:
                    entries.Add(new KeyValuePair<string, object>(name, button.Value));
                    break;
            }
        }

        // FIXME: "6. Let form data be a new FormData object associated with entry list. 7. Fire an
        // event named formdata at form using FormDataEvent ..."
        return entries;
    }

    private static bool FireSubmit(ScriptedWindow document, IHtmlFormElement form, IElement? submitter)
    {
        var target = document.GetEventTarget(form);
        var init = new EventInit { Bubbles = true, Cancelable = true };
        if (!document.TryGetBinding<WindowGlobal>(out var global) || global.Bindings.GetInterface("SubmitEvent") is not DictionaryEventConstructor submitEvent)
        {
            return target.FireEvent(new Event("submit", init) { TimeStamp = document.Window.EventLoop.Now });
        }

        var members = submitEvent.DefaultMembers();
        members["submitter"] = submitter is null ? JsValue.Null : global.Bindings.Wrap(document.GetEventTarget(submitter));
        return target.FireEvent(new DictionaryEvent("SubmitEvent", "submit", init, members) { TimeStamp = document.Window.EventLoop.Now });
    }
}

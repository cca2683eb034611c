using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of HTMLFormElement.prototype (https://html.spec.whatwg.org/multipage/forms.html#htmlformelement).</summary>
internal static class FormMembers
{
    // https://html.spec.whatwg.org/multipage/forms.html#category-listed: the listed elements
    // (HTMLFormControlsCollection's), other than form-associated custom elements.
    private const string ListedElements = "button, fieldset, input:not([type=image i]), object, output, select, textarea";

    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // [CEReactions] attribute DOMString acceptCharset, action (reflected), autocomplete,
        // enctype, encoding, method, name, noValidate, target, rel
        ElementMembers.DefineReflectedString(realm, prototype, "name", "name");
        ElementMembers.DefineReflectedString(realm, prototype, "target", "target");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "noValidate", "novalidate");

        // [CEReactions] attribute USVString action; "the document's URL when the attribute is
        // missing or empty, else the attribute's value parsed relative to the document."
        InterfaceMembers.DefineAttribute(binding, prototype, "action", thisValue =>
        {
            var form = Form(realm, thisValue);
            return new JsString(FormSubmission.ActionOf(realm.HomeOf(form).Window, form));
        });

        // [CEReactions] attribute DOMString method; enumerated: "get" (default), "post", "dialog".
        InterfaceMembers.DefineAttribute(binding, prototype, "method", thisValue =>
        {
            var method = Form(realm, thisValue).GetAttribute("method")?.ToLowerInvariant();
            return new JsString(method is "post" or "dialog" ? method : "get");
        });

        // [SameObject] readonly attribute HTMLFormControlsCollection elements;
        // readonly attribute unsigned long length;
        // IMPLEMENTATION DEFINED: elements is a NodeList of the form's listed descendants taken
        // at each read (controls associated by a form attribute from elsewhere are not in it).
        InterfaceMembers.DefineAttribute(binding, prototype, "elements", thisValue =>
        {
            var form = Form(realm, thisValue);
            return DomTreeRealm.Wrap(NodeCollection.StaticNodeList(realm.HomeOf(form), form.QuerySelectorAll(ListedElements)));
        });
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(Form(realm, thisValue).QuerySelectorAll(ListedElements).Length));

        // undefined submit();
        // "The submit() method steps are to submit this from this, with submitted from submit()
        // method set to true."
        InterfaceMembers.DefineOperation(binding, prototype, "submit", 0, (thisValue, _) =>
        {
            var form = Form(realm, thisValue);
            FormSubmission.Submit(realm.HomeOf(form).Window, form, form, submittedFromSubmitMethod: true);
            return JsValue.Undefined;
        });

        // undefined requestSubmit(optional HTMLElement? submitter = null);
        InterfaceMembers.DefineOperation(binding, prototype, "requestSubmit", 0, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'requestSubmit' on 'HTMLFormElement'";
            var form = Form(realm, thisValue);
            IElement submitter = form;

            // "1. If submitter is not null, then: 1. If submitter is not a submit button, then
            // throw a TypeError. 2. If submitter's form owner is not this form element, then throw
            // a "NotFoundError" DOMException." "2. Otherwise, set submitter to this form element."
            var submitterValue = WebIdlConversions.Argument(arguments, 0);
            if (!WebIdlConversions.IsNullish(submitterValue))
            {
                var node = realm.ToNode(submitterValue, context + ": parameter 1");
                if (node is not IElement element || !FormSubmission.IsSubmitButton(element))
                {
                    throw ScriptErrors.TypeError(realm.Engine, context + ": The specified element is not a submit button.");
                }

                if (!ReferenceEquals(FormSubmission.FormOwner(element), form))
                {
                    throw ScriptErrors.DomException(binding, "NotFoundError", context + ": The specified element is not owned by this form element.");
                }

                submitter = element;
            }

            // "3. Submit this from submitter."
            FormSubmission.Submit(realm.HomeOf(form).Window, form, submitter, submittedFromSubmitMethod: false);
            return JsValue.Undefined;
        });

        // FIXME: reset(), checkValidity(), reportValidity() and the form's named and indexed properties.
    }

    private static IHtmlFormElement Form(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlFormElement>(thisValue);
}

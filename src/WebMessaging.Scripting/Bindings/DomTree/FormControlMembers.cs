using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The members pages use to fill forms, of HTMLInputElement, HTMLTextAreaElement,
/// HTMLSelectElement and HTMLButtonElement (https://html.spec.whatwg.org/multipage/forms.html):
/// values, checkedness and the reflected attributes.
/// </summary>
internal static class FormControlMembers
{
    public static void DefineInput(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        DefineCommon(realm, prototype);

        // [CEReactions] attribute DOMString type;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "type",
            thisValue => new JsString(Input(realm, thisValue).Type),
            (thisValue, value) => DomOperations.SetAttribute(realm, Input(realm, thisValue), "type", WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'type' property on 'HTMLInputElement'")));

        // [CEReactions] attribute [LegacyNullToEmptyString] DOMString value;
        // https://html.spec.whatwg.org/multipage/input.html#dom-input-value
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "value",
            thisValue =>
            {
                // A checkbox or radio button is in the "default/on" value mode: "On getting, if the
                // element has a value content attribute, return that attribute's value; otherwise,
                // return the string "on"." (setting sets the value content attribute)
                var input = Input(realm, thisValue);
                return new JsString(input.Type is "checkbox" or "radio" ? input.GetAttribute("value") ?? "on" : input.Value ?? "");
            },
            (thisValue, value) =>
            {
                var input = Input(realm, thisValue);
                var text = value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'HTMLInputElement'");
                if (input.Type is "checkbox" or "radio")
                {
                    DomOperations.SetAttribute(realm, input, "value", text);
                }
                else
                {
                    input.Value = text;
                }
            });

        // attribute boolean checked;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "checked",
            thisValue => DomValues.Boolean(Input(realm, thisValue).IsChecked),
            (thisValue, value) => Input(realm, thisValue).IsChecked = WebIdlConversions.ToBoolean(value));

        // [CEReactions, Reflect="value"] attribute DOMString defaultValue;
        ElementMembers.DefineReflectedString(realm, prototype, "defaultValue", "value");

        // [CEReactions, Reflect="checked"] attribute boolean defaultChecked;
        ElementMembers.DefineReflectedBoolean(realm, prototype, "defaultChecked", "checked");

        // [CEReactions, Reflect] attribute DOMString placeholder; boolean readOnly; boolean required;
        ElementMembers.DefineReflectedString(realm, prototype, "placeholder", "placeholder");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "readOnly", "readonly");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "required", "required");
    }

    public static void DefineTextArea(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        DefineCommon(realm, prototype);

        // readonly attribute DOMString type; ("textarea")
        InterfaceMembers.DefineAttribute(binding, prototype, "type", thisValue =>
        {
            TextArea(realm, thisValue);
            return new JsString("textarea");
        });

        // [CEReactions] attribute DOMString defaultValue; (the child text content)
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "defaultValue",
            thisValue => new JsString(TextArea(realm, thisValue).TextContent),
            (thisValue, value) => DomOperations.SetTextContent(realm, TextArea(realm, thisValue), WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'defaultValue' property on 'HTMLTextAreaElement'")));

        // attribute [LegacyNullToEmptyString] DOMString value;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "value",
            thisValue => new JsString(TextArea(realm, thisValue).Value ?? ""),
            (thisValue, value) => TextArea(realm, thisValue).Value = value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'HTMLTextAreaElement'"));

        ElementMembers.DefineReflectedString(realm, prototype, "placeholder", "placeholder");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "readOnly", "readonly");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "required", "required");
    }

    public static void DefineSelect(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        DefineCommon(realm, prototype);

        // readonly attribute DOMString type; ("select-one" or "select-multiple")
        InterfaceMembers.DefineAttribute(binding, prototype, "type", thisValue => new JsString(Select(realm, thisValue).HasAttribute("multiple") ? "select-multiple" : "select-one"));

        // attribute DOMString value;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "value",
            thisValue => new JsString(Select(realm, thisValue).Value ?? ""),
            (thisValue, value) => Select(realm, thisValue).Value = WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'HTMLSelectElement'"));

        // attribute long selectedIndex;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "selectedIndex",
            thisValue => JsNumber.Create(Select(realm, thisValue).SelectedIndex),
            (thisValue, value) => Select(realm, thisValue).Options.SelectedIndex = WebIdlConversions.ToLong(realm.Engine, value, "Failed to set the 'selectedIndex' property on 'HTMLSelectElement'"));

        // readonly attribute unsigned long length;
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(Select(realm, thisValue).Length));

        // [SameObject] readonly attribute HTMLOptionsCollection options;
        // IMPLEMENTATION DEFINED: an HTMLCollection of the options (without HTMLOptionsCollection's
        // add, remove and length setter).
        // FIXME: selectedOptions, add() and remove(index).
        InterfaceMembers.DefineAttribute(binding, prototype, "options", thisValue =>
        {
            IHtmlSelectElement select = Select(realm, thisValue);
            return DomTreeRealm.Wrap(NodeState.Of(select).Options ??= NodeCollection.LiveHtmlCollection(realm.HomeOf(select), select.GetElementsByTagName("option")));
        });
        ElementMembers.DefineReflectedBoolean(realm, prototype, "multiple", "multiple");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "required", "required");
    }

    public static void DefineButton(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        DefineCommon(realm, prototype);

        // [CEReactions] attribute DOMString type;
        // https://html.spec.whatwg.org/multipage/form-elements.html#dom-button-type
        // "The type IDL attribute must reflect the content attribute of the same name, limited
        //  to only known values." (missing and invalid value default: the Submit Button state)
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "type",
            thisValue => new JsString(DomOperations.AsciiLowercase(Button(realm, thisValue).GetAttribute("type") ?? "") is var type && type is "reset" or "button" ? type : "submit"),
            (thisValue, value) => DomOperations.SetAttribute(realm, Button(realm, thisValue), "type", WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'type' property on 'HTMLButtonElement'")));

        // [CEReactions, Reflect] attribute DOMString value;
        ElementMembers.DefineReflectedString(realm, prototype, "value", "value");
    }

    // name and disabled, shared by the four controls: [CEReactions, Reflect] attribute DOMString name; boolean disabled;
    // FIXME: form (the form owner), labels, validity and the constraint validation API.
    private static void DefineCommon(DomTreeRealm realm, ObjectInstance prototype)
    {
        ElementMembers.DefineReflectedString(realm, prototype, "name", "name");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "disabled", "disabled");
    }

    private static IHtmlInputElement Input(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlInputElement>(thisValue);

    private static IHtmlTextAreaElement TextArea(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlTextAreaElement>(thisValue);

    /// <summary>The members of HTMLOptionElement.prototype (https://html.spec.whatwg.org/multipage/form-elements.html#htmloptionelement).</summary>
    public static void DefineOption(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // attribute DOMString value; "The value of an option element is the value of the value
        // content attribute, if there is one, or, if there is not, the value of the element's text IDL attribute."
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "value",
            thisValue => new JsString(Option(realm, thisValue).Value),
            (thisValue, value) => DomOperations.SetAttribute(realm, Option(realm, thisValue), "value", WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'HTMLOptionElement'")));

        // attribute DOMString text; "The text IDL attribute, on getting, must return the result of
        // stripping and collapsing ASCII whitespace from the concatenation of data of all the Text
        // node descendants of the option element, in tree order."
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "text",
            thisValue => new JsString(string.Join(' ', Option(realm, thisValue).TextContent.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))),
            (thisValue, value) => Option(realm, thisValue).TextContent = WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'text' property on 'HTMLOptionElement'"));

        // attribute boolean selected; [Reflect="selected"] attribute boolean defaultSelected;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "selected",
            thisValue => DomValues.Boolean(Option(realm, thisValue).IsSelected),
            (thisValue, value) => Option(realm, thisValue).IsSelected = WebIdlConversions.ToBoolean(value));
        ElementMembers.DefineReflectedBoolean(realm, prototype, "defaultSelected", "selected");
        ElementMembers.DefineReflectedBoolean(realm, prototype, "disabled", "disabled");

        // readonly attribute long index;
        InterfaceMembers.DefineAttribute(binding, prototype, "index", thisValue => JsNumber.Create(Option(realm, thisValue).Index));

        // attribute DOMString label; "the value of the label content attribute, if there is one and
        // its value is not the empty string, or, otherwise, the value of the element's text IDL attribute."
        InterfaceMembers.DefineAttribute(binding, prototype, "label", thisValue =>
        {
            var option = Option(realm, thisValue);
            return new JsString(option.GetAttribute("label") is { Length: > 0 } label ? label : option.Text);
        });
    }

    private static IHtmlOptionElement Option(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlOptionElement>(thisValue);

    private static IHtmlSelectElement Select(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlSelectElement>(thisValue);

    private static IElement Button(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlButtonElement>(thisValue);
}

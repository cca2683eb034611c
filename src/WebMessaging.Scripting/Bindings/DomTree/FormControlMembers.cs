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
            thisValue => new JsString(Input(realm, thisValue).Value ?? ""),
            (thisValue, value) => Input(realm, thisValue).Value = value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'value' property on 'HTMLInputElement'"));

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
        // FIXME: options (an HTMLOptionsCollection), selectedOptions, add() and remove(index).
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(Select(realm, thisValue).Length));
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

    private static IHtmlSelectElement Select(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlSelectElement>(thisValue);

    private static IElement Button(DomTreeRealm realm, JsValue thisValue) => realm.This<IHtmlButtonElement>(thisValue);
}

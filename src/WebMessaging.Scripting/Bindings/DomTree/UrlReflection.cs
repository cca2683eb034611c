using AngleSharp.Dom;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>[ReflectURL] attributes (https://html.spec.whatwg.org/multipage/common-dom-interfaces.html#reflecting-content-attributes-in-idl-attributes): read resolved against the document base URL.</summary>
internal static class UrlReflection
{
    public static void Define(DomTreeRealm realm, ObjectInstance prototype, string name, string contentAttribute)
    {
        InterfaceMembers.DefineAttribute(
            realm.Realm,
            prototype,
            name,
            thisValue =>
            {
                IElement element = realm.This<IElement>(thisValue);

                // "1. Let contentAttributeValue be the result of running this's get the content attribute."
                // "2. If contentAttributeValue is null, then return the empty string."
                if (element.GetAttribute(contentAttribute) is not { } value)
                {
                    return JsString.Empty;
                }

                // "3. Let urlString be the result of encoding-parsing-and-serializing a URL given
                //  contentAttributeValue, relative to the element's node document."
                // "4. If urlString is not failure, then return urlString." "5. Return contentAttributeValue."
                return new JsString(Url.TryParse(value, realm.HomeOf(element).Window.BaseUrl, out Url? url) ? url.Href : value);
            },
            (thisValue, value) => DomOperations.SetAttribute(realm, realm.This<IElement>(thisValue), contentAttribute, WebIdlConversions.ToUsvString(realm.Engine, value, $"Failed to set the '{name}' property")));
    }
}

using AngleSharp.Dom;
using WebMessaging.Browsing;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The attribute change steps (https://dom.spec.whatwg.org/#concept-element-attributes-change-ext)
/// that matter to script here: event handler content attributes, an iframe's src, srcdoc and
/// name, and a script-inserted script's src. Run after script sets or removes an attribute.
/// </summary>
internal static class AttributeChangeSteps
{
    /// <summary>Runs the attribute change steps for <paramref name="localName"/> of <paramref name="element"/>, now <paramref name="value"/> (null when removed).</summary>
    public static void Run(DomTreeRealm realm, IElement element, string localName, string? value)
    {
        if (element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            return;
        }

        DomTreeRealm home = realm.HomeOf(element);
        if (InlineEventHandlers.AttributeChanged(home, element, localName, value))
        {
            return;
        }

        switch (element.LocalName)
        {
            case "iframe":
                IframeAttributeChanged(home, element, localName, value);
                break;
            case "script" when localName == "src" && value is not null:
                // https://html.spec.whatwg.org/multipage/scripting.html#script-processing-model
                // "The script element's attribute change steps, given localName, ... value, are:
                //  If localName is src and value is non-null, then run the script HTML element
                //  post-connection steps, given the script element."
                if (DomTreeRealm.IsConnected(element))
                {
                    ScriptElementRunner.Prepare(home, element);
                }

                break;
        }
    }

    private static void IframeAttributeChanged(DomTreeRealm home, IElement iframe, string localName, string? value)
    {
        if (home.Window.GetContentWindow(iframe) is not { } frame)
        {
            return;
        }

        switch (localName)
        {
            case "name":
                // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#attr-iframe-name
                // "Whenever the name attribute is set, the nested navigable's active session
                //  history entry's document state's navigable target name should be set to the
                //  new value. If the attribute is removed, the navigable target name should be
                //  set to the empty string."
                frame.Name = value ?? "";
                break;
            // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#the-iframe-element
            // "Whenever an iframe element with a non-null content navigable has its srcdoc
            //  attribute set, changed, or removed, the user agent must process the iframe
            //  attributes." "Similarly, whenever an iframe element with a non-null content
            //  navigable but with no srcdoc attribute specified has its src attribute set,
            //  changed, or removed, the user agent must process the iframe attributes."
            case "src" when !iframe.HasAttribute("srcdoc"):
            case "srcdoc":
                ProcessIframeAttributes(home, iframe, frame);
                break;
        }
    }

    // https://html.spec.whatwg.org/multipage/iframe-embed-object.html#process-the-iframe-attributes
    // (for an iframe whose content navigable exists: initialInsertion is false)
    private static void ProcessIframeAttributes(DomTreeRealm home, IElement iframe, Window frame)
    {
        // "1. If element's srcdoc attribute is specified, then: ... 3. Navigate to the srcdoc
        //  resource: navigate an iframe or frame given element, about:srcdoc, the empty string,
        //  and the value of element's srcdoc attribute."
        if (iframe.GetAttribute("srcdoc") is { } srcdoc)
        {
            home.Window.Browser.NavigateToSrcdoc(frame, srcdoc);
            return;
        }

        // "2. Otherwise: 1. Let url be the result of running the shared attribute processing
        //  steps ... 2. If url is null, then return. ... 5. Navigate an iframe or frame given
        //  element, url, and referrerPolicy."
        // FIXME: the recursion check of the shared attribute processing steps.
        string? src = iframe.GetAttribute("src");
        string href = src is { Length: > 0 } && Url.TryParse(src, home.Window.BaseUrl, out Url? url) ? url.Href : "about:blank";
        home.Window.Browser.Navigate(frame, href);
    }
}

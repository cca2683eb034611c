using AngleSharp.Dom;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// Which interface an element implements (https://html.spec.whatwg.org/multipage/indices.html#element-interfaces):
/// the HTML elements' table, HTMLElement for the elements without an interface of their own and
/// for valid custom element names, HTMLUnknownElement for other names, Element outside HTML.
/// </summary>
internal static class ElementInterfaces
{
    /// <summary>The element interfaces without members of their own here, each with the local names that use it.</summary>
    public static readonly (string Interface, string[] LocalNames)[] PlainInterfaces =
    [
        ("HTMLAnchorElement", ["a"]),
        ("HTMLBRElement", ["br"]),
        ("HTMLCanvasElement", ["canvas"]),
        ("HTMLDivElement", ["div"]),
        ("HTMLDListElement", ["dl"]),
        ("HTMLFieldSetElement", ["fieldset"]),
        ("HTMLHeadElement", ["head"]),
        ("HTMLHeadingElement", ["h1", "h2", "h3", "h4", "h5", "h6"]),
        ("HTMLHRElement", ["hr"]),
        ("HTMLHtmlElement", ["html"]),
        ("HTMLImageElement", ["img"]),
        ("HTMLLabelElement", ["label"]),
        ("HTMLLIElement", ["li"]),
        ("HTMLLinkElement", ["link"]),
        ("HTMLOListElement", ["ol"]),
        ("HTMLParagraphElement", ["p"]),
        ("HTMLPreElement", ["pre", "listing", "xmp"]),
        ("HTMLSpanElement", ["span"]),
        ("HTMLStyleElement", ["style"]),
        ("HTMLTableElement", ["table"]),
        ("HTMLTableCellElement", ["td", "th"]),
        ("HTMLTableRowElement", ["tr"]),
        ("HTMLTableSectionElement", ["tbody", "thead", "tfoot"]),
        ("HTMLTitleElement", ["title"]),
        ("HTMLUListElement", ["ul"]),
    ];

    /// <summary>The element interfaces with members of their own (see their prototype classes).</summary>
    public static readonly (string Interface, string LocalName)[] InterfacesWithMembers =
    [
        ("HTMLIFrameElement", "iframe"),
        ("HTMLInputElement", "input"),
        ("HTMLTextAreaElement", "textarea"),
        ("HTMLSelectElement", "select"),
        ("HTMLOptionElement", "option"),
        ("HTMLFormElement", "form"),
        ("HTMLTemplateElement", "template"),
        ("HTMLButtonElement", "button"),
        ("HTMLScriptElement", "script"),
        ("HTMLMetaElement", "meta"),
        ("HTMLBodyElement", "body"),
    ];

    // https://html.spec.whatwg.org/multipage/indices.html#element-interfaces: "HTMLElement" rows.
    private static readonly HashSet<string> HtmlElementOnly = new(StringComparer.Ordinal)
    {
        "abbr", "address", "article", "aside", "b", "bdi", "bdo", "cite", "code", "dd", "dfn", "dt",
        "em", "figcaption", "figure", "footer", "header", "hgroup", "i", "kbd", "main", "mark", "nav",
        "noscript", "rp", "rt", "ruby", "s", "samp", "search", "section", "small", "strong", "sub",
        "summary", "sup", "u", "var", "wbr", "acronym", "basefont", "big", "center", "nobr", "noembed",
        "noframes", "plaintext", "rb", "rtc", "strike", "tt",
    };

    private static readonly Dictionary<string, string> ByLocalName = Build();

    /// <summary>The name of the interface <paramref name="element"/> implements.</summary>
    public static string InterfaceOf(IElement element)
    {
        if (element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            // FIXME: SVGElement and MathMLElement and their subinterfaces.
            return "Element";
        }

        string localName = element.LocalName;
        if (ByLocalName.TryGetValue(localName, out string? name))
        {
            return name;
        }

        // https://html.spec.whatwg.org/multipage/dom.html#elements-in-the-dom
        // "The element interface for an element with name name in the HTML namespace is
        //  determined as follows: 1. If name is applet, bgsound, blink, isindex, keygen,
        //  multicol, nextid, or spacer, then return HTMLUnknownElement. ... 3. If name is a
        //  valid custom element name, then return HTMLElement. 4. Return HTMLUnknownElement."
        return HtmlElementOnly.Contains(localName) || localName.Contains('-', StringComparison.Ordinal) ? "HTMLElement" : "HTMLUnknownElement";
    }

    private static Dictionary<string, string> Build()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (interfaceName, localNames) in PlainInterfaces)
        {
            foreach (string localName in localNames)
            {
                table.Add(localName, interfaceName);
            }
        }

        foreach (var (interfaceName, localName) in InterfacesWithMembers)
        {
            table.Add(localName, interfaceName);
        }

        return table;
    }
}

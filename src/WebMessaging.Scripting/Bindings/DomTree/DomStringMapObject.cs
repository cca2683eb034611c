using System.Text;
using AngleSharp.Dom;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://html.spec.whatwg.org/multipage/dom.html#domstringmap
/// An element's <c>dataset</c>: its data-* attributes as named properties with camel-cased
/// names ([LegacyOverrideBuiltIns]).
/// </summary>
internal sealed class DomStringMapObject : NamedPropertiesObject
{
    private readonly DomTreeRealm _realm;
    private readonly IElement _element;

    public DomStringMapObject(DomTreeRealm realm, IElement element, ObjectInstance prototype)
        : base(realm.Realm, element, prototype)
    {
        _realm = realm;
        _element = element;
    }

    protected override bool OverrideBuiltIns => true;

    // "The supported property names on a DOMStringMap object at any instant are the names of each
    // pair returned from getting the DOMStringMap's name-value pairs at that instant, in the order returned."
    protected override IEnumerable<string> SupportedNames
    {
        get
        {
            foreach (var (name, _) in Pairs())
            {
                yield return name;
            }
        }
    }

    // "To determine the value of a named property name for a DOMStringMap, return the value
    // component of the name-value pair whose name component is name in the list returned from
    // getting the DOMStringMap's name-value pairs."
    protected override string? GetNamed(string name)
    {
        foreach (var (pairName, value) in Pairs())
        {
            if (pairName == name)
            {
                return value;
            }
        }

        return null;
    }

    // https://html.spec.whatwg.org/multipage/dom.html#dom-domstringmap-setitem
    protected override void SetNamed(string name, string value)
    {
        // "1. If name contains a U+002D HYPHEN-MINUS character (-) followed by an ASCII lower
        // alpha, then throw a "SyntaxError" DOMException."
        for (var i = 0; i + 1 < name.Length; i++)
        {
            if (name[i] == '-' && char.IsAsciiLetterLower(name[i + 1]))
            {
                throw ScriptErrors.DomException(_realm.Realm, "SyntaxError", $"Failed to set the '{name}' property on 'DOMStringMap': '{name}' is not a valid property name.");
            }
        }

        // "2. For each ASCII upper alpha in name, insert a U+002D HYPHEN-MINUS character (-)
        // before the character and replace the character with the same character converted to
        // ASCII lowercase." "3. Insert the string data- at the front of name."
        // "4. If name is not a valid attribute local name, then throw an "InvalidCharacterError"
        // DOMException." "5. Set an attribute value for the DOMStringMap's associated element using name and value."
        DomOperations.SetAttribute(_realm, _element, AttributeName(name), value);
    }

    // https://html.spec.whatwg.org/multipage/dom.html#dom-domstringmap-removeitem
    protected override void DeleteNamed(string name) =>
        // "1. For each ASCII upper alpha in name, insert a U+002D HYPHEN-MINUS character (-) before
        // the character and replace the character with the same character converted to ASCII
        // lowercase." "2. Insert the string data- at the front of name." "3. Remove an attribute
        // by name given name and the DOMStringMap's associated element."
        DomOperations.RemoveAttribute(_realm, _element, AttributeName(name));

    private static string AttributeName(string name)
    {
        var builder = new StringBuilder("data-", name.Length + 8);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                builder.Append('-').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // https://html.spec.whatwg.org/multipage/dom.html#concept-domstringmap-pairs
    private List<(string Name, string Value)> Pairs()
    {
        // "1. Let list be an empty list of name-value pairs." "2. For each content attribute on the
        // DOMStringMap's associated element whose first five characters are the string "data-" and
        // whose remaining characters (if any) do not include any ASCII upper alphas, in the order
        // that those attributes are listed in the element's attribute list, add a name-value pair
        // to list whose name is the attribute's name with the first five characters removed and
        // whose value is the attribute's value." "3. For each name in list, for each U+002D
        // HYPHEN-MINUS character (-) in the name that is followed by an ASCII lower alpha character,
        // remove the U+002D HYPHEN-MINUS character (-) and replace the character that followed it
        // by the same character converted to ASCII uppercase."
        var list = new List<(string, string)>();
        foreach (var attribute in _element.Attributes)
        {
            var attributeName = attribute.Name;
            if (!attributeName.StartsWith("data-", StringComparison.Ordinal) || attributeName.AsSpan(5).ContainsAnyInRange('A', 'Z'))
            {
                continue;
            }

            var builder = new StringBuilder(attributeName.Length);
            for (var i = 5; i < attributeName.Length; i++)
            {
                if (attributeName[i] == '-' && i + 1 < attributeName.Length && char.IsAsciiLetterLower(attributeName[i + 1]))
                {
                    builder.Append(char.ToUpperInvariant(attributeName[++i]));
                }
                else
                {
                    builder.Append(attributeName[i]);
                }
            }

            list.Add((builder.ToString(), attribute.Value));
        }

        // "4. Return list."
        return list;
    }
}

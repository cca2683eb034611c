using AngleSharp.Dom;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://dom.spec.whatwg.org/#interface-domtokenlist
/// The token set of one element's attribute (class for classList, sandbox for an iframe's
/// sandbox), read from the attribute at each access and written back by the update steps.
/// </summary>
internal sealed class DomTokenList
{
    private readonly string[]? _supportedTokens;

    public DomTokenList(DomTreeRealm home, IElement element, string attributeName, string[]? supportedTokens = null)
    {
        Home = home;
        Element = element;
        AttributeName = attributeName;
        _supportedTokens = supportedTokens;
    }

    /// <summary>The realm of the element's document: the list's wrapper lives there.</summary>
    public DomTreeRealm Home { get; }

    /// <summary>The associated element.</summary>
    public IElement Element { get; }

    /// <summary>The associated attribute's local name.</summary>
    public string AttributeName { get; }

    /// <summary>The serialized attribute value (the value attribute), or the empty string.</summary>
    public string Value
    {
        // https://dom.spec.whatwg.org/#dom-domtokenlist-value
        // "The value attribute must return the result of running this's serialize steps."
        get => Element.GetAttribute(AttributeName) ?? "";

        // "Setting the value attribute must set an attribute value for the associated element
        //  using associated attribute's local name and the given value."
        set => Element.SetAttribute(AttributeName, value);
    }

    /// <summary>The number of tokens in the token set.</summary>
    public int Length => Tokens().Count;

    /// <summary>The token at <paramref name="index"/>, or null.</summary>
    public string? Item(long index)
    {
        // https://dom.spec.whatwg.org/#dom-domtokenlist-item
        // "1. If index is equal to or greater than this's token set's size, then return null."
        // "2. Return this's token set[index]."
        List<string> tokens = Tokens();
        return index >= 0 && index < tokens.Count ? tokens[(int)index] : null;
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-contains</summary>
    public bool Contains(string token) => Tokens().Contains(token);

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-add</summary>
    public void Add(IReadOnlyList<string> tokens)
    {
        // "1. For each token of tokens: 1. If token is the empty string, then throw a
        //  "SyntaxError" DOMException. 2. If token contains any ASCII whitespace, then throw an
        //  "InvalidCharacterError" DOMException."
        Validate(tokens);

        // "2. For each token of tokens, append token to this's token set."
        List<string> set = Tokens();
        foreach (string token in tokens)
        {
            if (!set.Contains(token))
            {
                set.Add(token);
            }
        }

        // "3. Run the update steps."
        Update(set);
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-remove</summary>
    public void Remove(IReadOnlyList<string> tokens)
    {
        // "1. For each token of tokens: ..." (the same checks as add)
        Validate(tokens);

        // "2. For each token of tokens, remove token from this's token set."
        List<string> set = Tokens();
        foreach (string token in tokens)
        {
            set.Remove(token);
        }

        // "3. Run the update steps."
        Update(set);
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-toggle</summary>
    public bool Toggle(string token, bool? force)
    {
        // "1. If token is the empty string, then throw a "SyntaxError" DOMException."
        // "2. If token contains any ASCII whitespace, then throw an "InvalidCharacterError" DOMException."
        Validate([token]);
        List<string> set = Tokens();

        // "3. If this's token set[token] exists, then:"
        if (set.Contains(token))
        {
            // "1. If force is either not given or is false, then remove token from this's token
            //  set, run the update steps and return false."
            if (force != true)
            {
                set.Remove(token);
                Update(set);
                return false;
            }

            // "2. Return true."
            return true;
        }

        // "4. Otherwise, if force not given or is true, append token to this's token set, run
        //  the update steps, and return true."
        if (force != false)
        {
            set.Add(token);
            Update(set);
            return true;
        }

        // "5. Return false."
        return false;
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-replace</summary>
    public bool Replace(string token, string newToken)
    {
        // "1. If either token or newToken is the empty string, then throw a "SyntaxError" DOMException."
        // "2. If either token or newToken contains any ASCII whitespace, then throw an "InvalidCharacterError" DOMException."
        Validate([token, newToken]);

        // "3. If this's token set does not contain token, then return false."
        List<string> set = Tokens();
        int index = set.IndexOf(token);
        if (index < 0)
        {
            return false;
        }

        // "4. Replace token in this's token set with newToken."
        if (set.Contains(newToken))
        {
            set.RemoveAt(index);
            if (!set.Contains(newToken))
            {
                set.Insert(index, newToken);
            }
        }
        else
        {
            set[index] = newToken;
        }

        // "5. Run the update steps."
        Update(set);

        // "6. Return true."
        return true;
    }

    /// <summary>https://dom.spec.whatwg.org/#dom-domtokenlist-supports</summary>
    public bool Supports(string token)
    {
        // "1. Let result be the return value of validation steps called with token."
        // https://dom.spec.whatwg.org/#concept-domtokenlist-validation
        // "1. If the associated attribute's local name does not define supported tokens, throw a TypeError."
        if (_supportedTokens is null)
        {
            throw new InvalidOperationException($"The {AttributeName} attribute defines no supported tokens.");
        }

        // "2. Let lowercase token be a copy of token, in ASCII lowercase."
        // "3. If lowercase token is present in supported tokens, return true."
        return Array.IndexOf(_supportedTokens, token.ToLowerInvariant()) >= 0;
    }

    /// <summary>Whether the associated attribute defines supported tokens (supports() throws a TypeError otherwise).</summary>
    public bool HasSupportedTokens => _supportedTokens is not null;

    // https://dom.spec.whatwg.org/#concept-ordered-set-parser: split on ASCII whitespace, no duplicates.
    private List<string> Tokens()
    {
        var set = new List<string>();
        string value = Element.GetAttribute(AttributeName) ?? "";
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            bool whitespace = i == value.Length || IsAsciiWhitespace(value[i]);
            if (!whitespace && start < 0)
            {
                start = i;
            }
            else if (whitespace && start >= 0)
            {
                string token = value[start..i];
                if (!set.Contains(token))
                {
                    set.Add(token);
                }

                start = -1;
            }
        }

        return set;
    }

    // https://dom.spec.whatwg.org/#concept-dtl-update
    private void Update(List<string> set)
    {
        // "1. If the associated element does not have an associated attribute and token set is
        //  empty, then return."
        if (set.Count == 0 && !Element.HasAttribute(AttributeName))
        {
            return;
        }

        // "2. Set an attribute value for the associated element using associated attribute's
        //  local name and the result of running the ordered set serializer for token set."
        Element.SetAttribute(AttributeName, string.Join(' ', set));
    }

    private static void Validate(IReadOnlyList<string> tokens)
    {
        foreach (string token in tokens)
        {
            if (token.Length == 0)
            {
                throw new DomException("SyntaxError", "The token provided must not be empty.");
            }
        }

        foreach (string token in tokens)
        {
            foreach (char c in token)
            {
                if (IsAsciiWhitespace(c))
                {
                    throw new DomException("InvalidCharacterError", $"The token provided ('{token}') contains HTML space characters, which are not valid in tokens.");
                }
            }
        }
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}

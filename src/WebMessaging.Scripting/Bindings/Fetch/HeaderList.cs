namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>
/// https://fetch.spec.whatwg.org/#concept-header-list
/// A header list: (name, value) pairs in order, names compared case-insensitively, with the
/// guard of the Headers object that shows it.
/// </summary>
internal sealed class HeaderList
{
    private readonly List<KeyValuePair<string, string>> _headers = [];

    /// <summary>https://fetch.spec.whatwg.org/#concept-headers-guard: "none", "request", "response", "immutable" (here only none, response and immutable).</summary>
    public string Guard { get; set; } = "none";

    /// <summary>The pairs in order, as appended.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Pairs => _headers;

    /// <summary>https://fetch.spec.whatwg.org/#header-list-contains</summary>
    public bool Contains(string name) => _headers.Exists(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-header-list-get: "1. If list does not contain name,
    /// then return null. 2. Return the values of all headers in list whose name is a
    /// byte-case-insensitive match for name, separated from each other by 0x2C 0x20, in order."
    /// </summary>
    public string? Get(string name)
    {
        string? result = null;
        foreach (var header in _headers)
        {
            if (header.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                result = result is null ? header.Value : result + ", " + header.Value;
            }
        }

        return result;
    }

    /// <summary>https://fetch.spec.whatwg.org/#concept-header-list-append: the name keeps the case of a header of that name already in the list.</summary>
    public void Append(string name, string value)
    {
        var existing = _headers.Find(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
        _headers.Add(new KeyValuePair<string, string>(existing.Key ?? name, value));
    }

    /// <summary>https://fetch.spec.whatwg.org/#concept-header-list-delete</summary>
    public void Delete(string name) => _headers.RemoveAll(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-header-list-set: "1. If list contains name, then
    /// set the value of the first such header to value and remove the others. 2. Otherwise,
    /// append (name, value) to list."
    /// </summary>
    public void Set(string name, string value)
    {
        var index = _headers.FindIndex(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
        {
            _headers.Add(new KeyValuePair<string, string>(name, value));
            return;
        }

        _headers[index] = new KeyValuePair<string, string>(_headers[index].Key, value);
        for (var i = _headers.Count - 1; i > index; i--)
        {
            if (_headers[i].Key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                _headers.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-header-list-sort-and-combine: the pairs the Headers
    /// iterator shows: names lowercased and sorted, values of one name combined (set-cookie kept apart).
    /// </summary>
    public List<KeyValuePair<string, string>> SortAndCombine()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var header in _headers)
        {
            names.Add(header.Key.ToLowerInvariant());
        }

        var result = new List<KeyValuePair<string, string>>();
        foreach (var name in names)
        {
            if (name == "set-cookie")
            {
                foreach (var header in _headers)
                {
                    if (header.Key.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        result.Add(new KeyValuePair<string, string>(name, header.Value));
                    }
                }

                continue;
            }

            result.Add(new KeyValuePair<string, string>(name, Get(name)!));
        }

        return result;
    }

    /// <summary>A copy of this list with the same guard.</summary>
    public HeaderList Clone()
    {
        var clone = new HeaderList { Guard = Guard };
        clone._headers.AddRange(_headers);
        return clone;
    }
}

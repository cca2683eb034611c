using System.Text;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A URLSearchParams object's list (https://url.spec.whatwg.org/#concept-urlsearchparams-list):
/// an ordered list of name-value pairs, with the URL standard's operations on it.
/// </summary>
internal sealed class UrlSearchParamsState
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly List<KeyValuePair<string, string>> _list;

    /// <summary>Creates an empty list.</summary>
    public UrlSearchParamsState() => _list = [];

    private UrlSearchParamsState(List<KeyValuePair<string, string>> list) => _list = list;

    /// <summary>
    /// https://url.spec.whatwg.org/#concept-urlsearchparams-url-object
    /// What the update steps do to the URL object this list belongs to (null when it has none):
    /// the URL interface sets it.
    /// </summary>
    public Action<UrlSearchParamsState>? UrlObjectUpdate { get; set; }

    /// <summary>The number of pairs in the list.</summary>
    public int Count => _list.Count;

    /// <summary>The pair at <paramref name="index"/>.</summary>
    public KeyValuePair<string, string> this[int index] => _list[index];

    /// <summary>Replaces the list with <paramref name="query"/> parsed as application/x-www-form-urlencoded (empty when null), without running the update steps.</summary>
    public void Reset(string? query)
    {
        _list.Clear();
        if (!string.IsNullOrEmpty(query))
        {
            _list.AddRange(ParseFormUrlencoded(query));
        }
    }

    // https://url.spec.whatwg.org/#concept-urlsearchparams-update
    // "1. If query's URL object is null, then return." (the rest is the URL object's)
    private void RunUpdateSteps() => UrlObjectUpdate?.Invoke(this);

    /// <summary>Creates the list of <paramref name="init"/> parsed as application/x-www-form-urlencoded (a leading "?" already removed).</summary>
    public static UrlSearchParamsState Parse(string init) => new(ParseFormUrlencoded(init));

    // https://url.spec.whatwg.org/#dom-urlsearchparams-append
    /// <summary>Appends the pair (<paramref name="name"/>, <paramref name="value"/>).</summary>
    public void Append(string name, string value)
    {
        // "1. Append (name, value) to this's list."
        _list.Add(new(name, value));

        // "2. Run the update steps."
        RunUpdateSteps();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-delete
    /// <summary>Removes every pair named <paramref name="name"/> (and valued <paramref name="value"/>, when given).</summary>
    public void Delete(string name, string? value)
    {
        // "1. If value is given, then remove all tuples whose name is name and value is value
        //  from this's list." "2. Otherwise, remove all tuples whose name is name from this's list."
        _list.RemoveAll(pair => string.Equals(pair.Key, name, StringComparison.Ordinal) && (value is null || string.Equals(pair.Value, value, StringComparison.Ordinal)));

        // "3. Run the update steps."
        RunUpdateSteps();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-get
    /// <summary>The value of the first pair named <paramref name="name"/>, or null.</summary>
    public string? Get(string name)
    {
        // "The get(name) method steps are to return the value of the first tuple whose name is
        //  name in this's list, if there is such a tuple; otherwise null."
        foreach (KeyValuePair<string, string> pair in _list)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-getall
    /// <summary>The values of every pair named <paramref name="name"/>, in list order.</summary>
    public List<string> GetAll(string name)
    {
        // "The getAll(name) method steps are to return the values of all tuples whose name is
        //  name in this's list, in list order; otherwise the empty sequence."
        var values = new List<string>();
        foreach (KeyValuePair<string, string> pair in _list)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                values.Add(pair.Value);
            }
        }

        return values;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-has
    /// <summary>Whether a pair is named <paramref name="name"/> (and valued <paramref name="value"/>, when given).</summary>
    public bool Has(string name, string? value)
    {
        // "1. If value is given and there is a tuple whose name is name and value is value in
        //  this's list, then return true." "2. If value is not given and there is a tuple whose
        //  name is name in this's list, then return true." "3. Return false."
        foreach (KeyValuePair<string, string> pair in _list)
        {
            if (string.Equals(pair.Key, name, StringComparison.Ordinal) && (value is null || string.Equals(pair.Value, value, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-set
    /// <summary>Sets the value of the first pair named <paramref name="name"/> and removes the others, or appends the pair.</summary>
    public void Set(string name, string value)
    {
        // "1. If this's list contains any tuples whose name is name, then set the value of the
        //  first such tuple to value and remove the others."
        int first = -1;
        int kept = 0;
        for (int i = 0; i < _list.Count; i++)
        {
            KeyValuePair<string, string> pair = _list[i];
            if (string.Equals(pair.Key, name, StringComparison.Ordinal))
            {
                if (first >= 0)
                {
                    continue;
                }

                first = kept;
                pair = new(name, value);
            }

            _list[kept++] = pair;
        }

        _list.RemoveRange(kept, _list.Count - kept);

        // "2. Otherwise, append (name, value) to this's list."
        if (first < 0)
        {
            _list.Add(new(name, value));
        }

        // "3. Run the update steps."
        RunUpdateSteps();
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-sort
    /// <summary>Sorts the pairs by name (UTF-16 code units), keeping the order of equal names.</summary>
    public void Sort()
    {
        // "1. Sort all tuples in this's list, if any, by their names. Sorting must be done by
        //  comparison of code units. The relative order between tuples with equal names must
        //  be preserved."
        // List.Sort is not stable: the original index breaks ties.
        var indexed = new (KeyValuePair<string, string> Pair, int Index)[_list.Count];
        for (int i = 0; i < indexed.Length; i++)
        {
            indexed[i] = (_list[i], i);
        }

        Array.Sort(indexed, static (a, b) =>
        {
            int byName = string.CompareOrdinal(a.Pair.Key, b.Pair.Key);
            return byName != 0 ? byName : a.Index.CompareTo(b.Index);
        });
        for (int i = 0; i < indexed.Length; i++)
        {
            _list[i] = indexed[i].Pair;
        }

        // "2. Run the update steps."
        RunUpdateSteps();
    }

    // https://url.spec.whatwg.org/#concept-urlencoded-serializer
    /// <summary>The application/x-www-form-urlencoded serialization of the list.</summary>
    public override string ToString()
    {
        // "1. Let output be the empty string."
        var output = new StringBuilder();

        // "2. For each tuple of tuples:"
        foreach (KeyValuePair<string, string> pair in _list)
        {
            // "4. If output is not the empty string, then append U+0026 (&) to output."
            if (output.Length > 0)
            {
                output.Append('&');
            }

            // "2. Let name be the result of running percent-encode after encoding with encoding,
            //  tuple's name, the application/x-www-form-urlencoded percent-encode set, and true."
            // "3. Let value be the result of running percent-encode after encoding with encoding,
            //  tuple's value, the application/x-www-form-urlencoded percent-encode set, and true."
            // "5. Append name, followed by U+003D (=), followed by value, to output."
            AppendFormEncoded(output, pair.Key);
            output.Append('=');
            AppendFormEncoded(output, pair.Value);
        }

        // "3. Return output."
        return output.ToString();
    }

    // https://url.spec.whatwg.org/#concept-urlencoded-parser
    private static List<KeyValuePair<string, string>> ParseFormUrlencoded(string input)
    {
        // "2. Let output be an initially empty list of name-value tuples where both name and
        //  value hold a string."
        var output = new List<KeyValuePair<string, string>>();

        // "1. Let sequences be the result of splitting input on 0x26 (&)."
        // "3. For each byte sequence bytes in sequences:"
        // The separators are ASCII, so splitting the string splits its UTF-8 bytes at the same places.
        int start = 0;
        while (start <= input.Length)
        {
            int end = input.IndexOf('&', start);
            if (end < 0)
            {
                end = input.Length;
            }

            // "1. If bytes is the empty byte sequence, then continue."
            if (end > start)
            {
                ReadOnlySpan<char> bytes = input.AsSpan(start, end - start);

                // "2. If bytes contains a 0x3D (=), then let name be the bytes from the start of
                //  bytes up to but excluding its first 0x3D (=), and let value be the bytes, if
                //  any, after the first 0x3D (=) up to the end of bytes."
                // "3. Otherwise, let name have the value of bytes and let value be the empty byte sequence."
                int equals = bytes.IndexOf('=');
                ReadOnlySpan<char> name = equals < 0 ? bytes : bytes[..equals];
                ReadOnlySpan<char> value = equals < 0 ? [] : bytes[(equals + 1)..];

                // "4. Replace any 0x2B (+) in name and value with 0x20 (SP)."
                // "5. Let nameString and valueString be the result of running UTF-8 decode
                //  without BOM on the percent-decoding of name and value, respectively."
                // "6. Append (nameString, valueString) to output."
                output.Add(new(DecodeComponent(name), DecodeComponent(value)));
            }

            start = end + 1;
        }

        // "4. Return output."
        return output;
    }

    private static string DecodeComponent(ReadOnlySpan<char> component) =>
        component.IsEmpty ? "" : PercentEncoding.DecodeToString(component.ToString().Replace('+', ' '));

    // https://url.spec.whatwg.org/#string-percent-encode-after-encoding with the
    // application/x-www-form-urlencoded percent-encode set and spaceAsPlus true: every byte
    // but the ASCII alphanumerics and U+002A (*), U+002D (-), U+002E (.), U+005F (_) is
    // percent-encoded, and U+0020 SPACE becomes U+002B (+).
    private static void AppendFormEncoded(StringBuilder output, string input)
    {
        if (!NeedsEncoding(input))
        {
            output.Append(input);
            return;
        }

        // A USVString holds no lone surrogate; the encoder would turn one into U+FFFD anyway.
        byte[] bytes = Utf8.GetBytes(input);
        foreach (byte b in bytes)
        {
            if (b == ' ')
            {
                output.Append('+');
            }
            else if (IsUnreserved(b))
            {
                output.Append((char)b);
            }
            else
            {
                output.Append('%');
                output.Append(HexDigit(b >> 4));
                output.Append(HexDigit(b & 0xF));
            }
        }
    }

    private static bool NeedsEncoding(string input)
    {
        foreach (char c in input)
        {
            if (c >= 0x80 || !IsUnreserved((byte)c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnreserved(byte b) =>
        char.IsAsciiLetterOrDigit((char)b) || b == '*' || b == '-' || b == '.' || b == '_';

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}

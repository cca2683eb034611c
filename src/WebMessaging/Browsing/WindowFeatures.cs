namespace WebMessaging.Browsing;

/// <summary>
/// https://html.spec.whatwg.org/multipage/nav-history-apis.html#apis-for-creating-and-navigating-browsing-contexts-by-name
/// The features argument of window.open: tokenizing it and parsing boolean features.
/// </summary>
internal static class WindowFeatures
{
    /// <summary>"To tokenize the features argument:"</summary>
    public static Dictionary<string, string> Tokenize(string features)
    {
        // "1. Let tokenizedFeatures be a new ordered map."
        var tokenizedFeatures = new Dictionary<string, string>(StringComparer.Ordinal);

        // "2. Let position point at the first code point of features."
        var position = 0;

        // "3. While position is not past the end of features:"
        while (position < features.Length)
        {
            // "1. Let name be the empty string." "2. Let value be the empty string."
            var value = "";

            // "3. Collect a sequence of code points that are feature separators from features
            // given position. This skips past leading separators before the name."
            while (position < features.Length && IsFeatureSeparator(features[position]))
            {
                position++;
            }

            // "4. Collect a sequence of code points that are not feature separators from
            // features given position. Set name to the collected characters, converted to ASCII
            // lowercase."
            var name = CollectNonSeparators(features, ref position);

            // "5. Set name to the result of normalizing the feature name name."
            name = NormalizeFeatureName(name);

            // "6. While position is not past the end of features and the code point at position
            // in features is not U+003D (=):"
            while (position < features.Length && features[position] != '=')
            {
                // "1. If the code point at position in features is U+002C (,), or if it is not a
                // feature separator, then break."
                if (features[position] == ',' || !IsFeatureSeparator(features[position]))
                {
                    break;
                }

                // "2. Advance position by 1."
                position++;
            }

            // "7. If the code point at position in features is a feature separator:"
            if (position < features.Length && IsFeatureSeparator(features[position]))
            {
                // "1. While position is not past the end of features and the code point at
                // position in features is a feature separator:"
                while (position < features.Length && IsFeatureSeparator(features[position]))
                {
                    // "1. If the code point at position in features is U+002C (,), then break."
                    if (features[position] == ',')
                    {
                        break;
                    }

                    // "2. Advance position by 1."
                    position++;
                }

                // "2. Collect a sequence of code points that are not feature separators code
                // points from features given position. Set value to the collected code points,
                // converted to ASCII lowercase."
                value = CollectNonSeparators(features, ref position);
            }

            // "8. If name is not the empty string, then set tokenizedFeatures[name] to value."
            if (name.Length != 0)
            {
                tokenizedFeatures[name] = value;
            }
        }

        // "4. Return tokenizedFeatures."
        return tokenizedFeatures;
    }

    /// <summary>"To parse a boolean feature given a string value:"</summary>
    public static bool ParseBoolean(string value)
    {
        // "1. If value is the empty string, then return true."
        // "2. If value is "yes", then return true."
        // "3. If value is "true", then return true."
        if (value is "" or "yes" or "true")
        {
            return true;
        }

        // "4. Let parsed be the result of parsing value as an integer."
        // "5. If parsed is an error, then set it to 0."
        // "6. Return false if parsed is 0, and true otherwise."
        // The rules for parsing integers skip leading ASCII whitespace, take an optional sign,
        // then the digits that follow; none is an error. The value is 0 only when every digit is 0.
        var position = 0;
        while (position < value.Length && value[position] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            position++;
        }

        if (position < value.Length && value[position] is '-' or '+')
        {
            position++;
        }

        for (; position < value.Length && char.IsAsciiDigit(value[position]); position++)
        {
            if (value[position] != '0')
            {
                return true;
            }
        }

        return false;
    }

    // "A code point is a feature separator if it is ASCII whitespace, U+003D (=), or U+002C (,)."
    private static bool IsFeatureSeparator(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r' or '=' or ',';

    private static string CollectNonSeparators(string features, ref int position)
    {
        var start = position;
        while (position < features.Length && !IsFeatureSeparator(features[position]))
        {
            position++;
        }

        return string.Create(position - start, (features, start), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.features[state.start + i];
                span[i] = char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c;
            }
        });
    }

    // "To normalize a feature name name, switch on name:"
    private static string NormalizeFeatureName(string name) => name switch
    {
        "screenx" => "left",
        "screeny" => "top",
        "innerwidth" => "width",
        "innerheight" => "height",
        _ => name,
    };
}

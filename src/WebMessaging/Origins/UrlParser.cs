using System.Text;

namespace WebMessaging.Origins;

/// <summary>
/// The basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser), written as the
/// standard's state machine. One instance per thread is reused so that parsing allocates little
/// more than the strings of the resulting <see cref="Url"/>.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the "url" and "state override" inputs exist only for the URL API's
/// setters, which this library does not offer, so their branches are left out; the "encoding"
/// input is always UTF-8 because only the HTML document parser's legacy encodings differ.
/// Validation errors that do not make parsing fail are not reported.
/// </remarks>
internal sealed class UrlParser
{
    private const int Eof = -1;

    [ThreadStatic]
    private static UrlParser? cached;

    private readonly StringBuilder buffer = new(64);
    private readonly StringBuilder username = new(16);
    private readonly StringBuilder password = new(16);
    private readonly StringBuilder path = new(64);
    private readonly StringBuilder query = new(64);
    private readonly StringBuilder fragment = new(32);

    private string input = string.Empty;

    // The URL record being built (https://url.spec.whatwg.org/#concept-url). The path is kept
    // serialized: segments never contain U+002F (/), so "/" + segment per item is reversible.
    private string scheme = string.Empty;

    // "A URL is special if its scheme is a special scheme.", kept whenever the scheme is set.
    private bool isSpecial;
    private string? host;
    private int? port;
    private int pathSegmentCount;
    private bool hasOpaquePath;
    private bool hasQuery;
    private bool hasFragment;

    /// <summary>Parses <paramref name="rawInput"/> against <paramref name="baseUrl"/>; on failure returns null and sets <paramref name="error"/>.</summary>
    public static Url? Parse(string rawInput, Url? baseUrl, out string? error)
    {
        var parser = cached ?? new UrlParser();
        cached = null;
        try
        {
            return parser.Run(rawInput, baseUrl, out error);
        }
        finally
        {
            parser.Reset();
            cached = parser;
        }
    }

    private void Reset()
    {
        Release(buffer);
        Release(username);
        Release(password);
        Release(path);
        Release(query);
        Release(fragment);
        input = string.Empty;
        Scheme = string.Empty;
        host = null;
        port = null;
        pathSegmentCount = 0;
        hasOpaquePath = false;
        hasQuery = false;
        hasFragment = false;
    }

    private string Scheme
    {
        get => scheme;
        set
        {
            scheme = value;
            isSpecial = Url.IsSpecialScheme(value);
        }
    }

    // A thread keeps its builders between parses, but not the memory of an unusually long URL.
    private static void Release(StringBuilder builder)
    {
        builder.Clear();
        if (builder.Capacity > 4096)
        {
            builder.Capacity = 64;
        }
    }

    // https://url.spec.whatwg.org/#concept-basic-url-parser
    private Url? Run(string rawInput, Url? baseUrl, out string? error)
    {
        error = null;

        // "1. If url is not given: 1. Set url to a new URL. 2. If input contains any leading or
        // trailing C0 control or space, invalid-URL-unit validation error. 3. Remove any leading
        // and trailing C0 control or space from input."
        // "2. If input contains any ASCII tab or newline, invalid-URL-unit validation error."
        // "3. Remove all ASCII tab or newline from input."
        input = Clean(rawInput);

        // "4. Let state be state override if given, or scheme start state otherwise."
        var state = UrlParserState.SchemeStart;

        // "5. Set encoding to the result of getting an output encoding from encoding." (UTF-8)
        // "6. Let buffer be the empty string."
        // "7. Let atSignSeen, insideBrackets, and passwordTokenSeen be false."
        var atSignSeen = false;
        var insideBrackets = false;
        var passwordTokenSeen = false;

        // "8. Let pointer be a pointer for input."
        var pointer = 0;

        // "9. Keep running the following state machine by switching on state. If after a run
        // pointer points to the EOF code point, go to the next step. Otherwise, increase pointer
        // by 1 and continue with the state machine."
        for (; ; pointer++)
        {
            int c = pointer < input.Length ? input[pointer] : Eof;
            switch (state)
            {
                case UrlParserState.SchemeStart:
                    // "1. If c is an ASCII alpha, append c, lowercased, to buffer, and set state
                    // to scheme state."
                    if (c != Eof && char.IsAsciiLetter((char)c))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                        state = UrlParserState.Scheme;
                    }

                    // "2. Otherwise, if state override is not given, set state to no scheme
                    // state and decrease pointer by 1."
                    else
                    {
                        state = UrlParserState.NoScheme;
                        pointer--;
                    }

                    break;

                case UrlParserState.Scheme:
                    // "1. If c is an ASCII alphanumeric, U+002B (+), U+002D (-), or U+002E (.),
                    // append c, lowercased, to buffer."
                    if (c != Eof && (char.IsAsciiLetterOrDigit((char)c) || c is '+' or '-' or '.'))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                    }

                    // "2. Otherwise, if c is U+003A (:), then:"
                    else if (c == ':')
                    {
                        // "2. Set url's scheme to buffer."
                        Scheme = InternScheme(buffer);

                        // "4. Set buffer to the empty string."
                        buffer.Clear();

                        // "5. If url's scheme is "file", then: 1. If remaining does not start
                        // with "//", special-scheme-missing-following-solidus validation error.
                        // 2. Set state to file state."
                        if (scheme == "file")
                        {
                            state = UrlParserState.File;
                        }

                        // "6. Otherwise, if url is special, base is non-null, and base's scheme
                        // is url's scheme: 1. Assert: base is special (and therefore does not
                        // have an opaque path). 2. Set state to special relative or authority
                        // state."
                        else if (isSpecial && baseUrl is not null && baseUrl.Scheme == scheme)
                        {
                            state = UrlParserState.SpecialRelativeOrAuthority;
                        }

                        // "7. Otherwise, if url is special, set state to special authority
                        // slashes state."
                        else if (isSpecial)
                        {
                            state = UrlParserState.SpecialAuthoritySlashes;
                        }

                        // "8. Otherwise, if remaining starts with an U+002F (/), set state to
                        // path or authority state and increase pointer by 1."
                        else if (Remaining(pointer).StartsWith('/'))
                        {
                            state = UrlParserState.PathOrAuthority;
                            pointer++;
                        }

                        // "9. Otherwise, set url's path to the empty string and set state to
                        // opaque path state."
                        else
                        {
                            hasOpaquePath = true;
                            state = UrlParserState.OpaquePath;
                        }
                    }

                    // "3. Otherwise, if state override is not given, set buffer to the empty
                    // string, state to no scheme state, and start over (from the first code
                    // point in input)."
                    else
                    {
                        buffer.Clear();
                        state = UrlParserState.NoScheme;
                        pointer = -1;
                    }

                    break;

                case UrlParserState.NoScheme:
                    // "1. If base is null, or base has an opaque path and c is not U+0023 (#),
                    // missing-scheme-non-relative-URL validation error, return failure."
                    if (baseUrl is null)
                    {
                        error = "it has no scheme and there is no base URL to resolve it against";
                        return null;
                    }

                    if (baseUrl.HasOpaquePath && c != '#')
                    {
                        error = $"it has no scheme and its base URL '{baseUrl.Href}' has an opaque path, so it cannot be resolved against it";
                        return null;
                    }

                    // "2. Otherwise, if base has an opaque path and c is U+0023 (#), set url's
                    // scheme to base's scheme, url's path to base's path, url's query to base's
                    // query, url's fragment to the empty string, and set state to fragment
                    // state."
                    if (baseUrl.HasOpaquePath)
                    {
                        Scheme = baseUrl.Scheme;
                        hasOpaquePath = true;
                        path.Append(baseUrl.Path);
                        SetQuery(baseUrl.Query);
                        hasFragment = true;
                        state = UrlParserState.Fragment;
                    }

                    // "3. Otherwise, if base's scheme is not "file", set state to relative state
                    // and decrease pointer by 1."
                    else if (baseUrl.Scheme != "file")
                    {
                        state = UrlParserState.Relative;
                        pointer--;
                    }

                    // "4. Otherwise, set state to file state and decrease pointer by 1."
                    else
                    {
                        state = UrlParserState.File;
                        pointer--;
                    }

                    break;

                case UrlParserState.SpecialRelativeOrAuthority:
                    // "1. If c is U+002F (/) and remaining starts with U+002F (/), then set state
                    // to special authority ignore slashes state and increase pointer by 1."
                    if (c == '/' && Remaining(pointer).StartsWith('/'))
                    {
                        state = UrlParserState.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }

                    // "2. Otherwise, special-scheme-missing-following-solidus validation error,
                    // set state to relative state and decrease pointer by 1."
                    else
                    {
                        state = UrlParserState.Relative;
                        pointer--;
                    }

                    break;

                case UrlParserState.PathOrAuthority:
                    // "1. If c is U+002F (/), then set state to authority state."
                    if (c == '/')
                    {
                        state = UrlParserState.Authority;
                    }

                    // "2. Otherwise, set state to path state, and decrease pointer by 1."
                    else
                    {
                        state = UrlParserState.Path;
                        pointer--;
                    }

                    break;

                case UrlParserState.Relative:
                    // "1. Assert: base's scheme is not "file"."
                    // "2. Set url's scheme to base's scheme."
                    Scheme = baseUrl!.Scheme;

                    // "3. If c is U+002F (/), then set state to relative slash state."
                    // "4. Otherwise, if url is special and c is U+005C (\), invalid-reverse-solidus
                    // validation error, set state to relative slash state."
                    if (c == '/' || (isSpecial && c == '\\'))
                    {
                        state = UrlParserState.RelativeSlash;
                    }

                    // "5. Otherwise:"
                    else
                    {
                        // "1. Set url's username to base's username, url's password to base's
                        // password, url's host to base's host, url's port to base's port, url's
                        // path to a clone of base's path, and url's query to base's query."
                        CopyAuthority(baseUrl);
                        CopyPath(baseUrl);
                        SetQuery(baseUrl.Query);

                        // "2. If c is U+003F (?), then set url's query to the empty string, and
                        // state to query state."
                        if (c == '?')
                        {
                            SetQuery(string.Empty);
                            state = UrlParserState.Query;
                        }

                        // "3. Otherwise, if c is U+0023 (#), set url's fragment to the empty
                        // string and state to fragment state."
                        else if (c == '#')
                        {
                            hasFragment = true;
                            state = UrlParserState.Fragment;
                        }

                        // "4. Otherwise, if c is not the EOF code point: 1. Set url's query to
                        // null. 2. Shorten url's path. 3. Set state to path state and decrease
                        // pointer by 1."
                        else if (c != Eof)
                        {
                            SetQuery(null);
                            ShortenPath();
                            state = UrlParserState.Path;
                            pointer--;
                        }
                    }

                    break;

                case UrlParserState.RelativeSlash:
                    // "1. If url is special and c is U+002F (/) or U+005C (\), then: 1. If c is
                    // U+005C (\), invalid-reverse-solidus validation error. 2. Set state to
                    // special authority ignore slashes state."
                    if (isSpecial && (c == '/' || c == '\\'))
                    {
                        state = UrlParserState.SpecialAuthorityIgnoreSlashes;
                    }

                    // "2. Otherwise, if c is U+002F (/), then set state to authority state."
                    else if (c == '/')
                    {
                        state = UrlParserState.Authority;
                    }

                    // "3. Otherwise, set url's username to base's username, url's password to
                    // base's password, url's host to base's host, url's port to base's port,
                    // state to path state, and then, decrease pointer by 1."
                    else
                    {
                        CopyAuthority(baseUrl!);
                        state = UrlParserState.Path;
                        pointer--;
                    }

                    break;

                case UrlParserState.SpecialAuthoritySlashes:
                    // "1. If c is U+002F (/) and remaining starts with U+002F (/), then set state
                    // to special authority ignore slashes state and increase pointer by 1."
                    // "2. Otherwise, special-scheme-missing-following-solidus validation error,
                    // set state to special authority ignore slashes state and decrease pointer
                    // by 1."
                    state = UrlParserState.SpecialAuthorityIgnoreSlashes;
                    if (c == '/' && Remaining(pointer).StartsWith('/'))
                    {
                        pointer++;
                    }
                    else
                    {
                        pointer--;
                    }

                    break;

                case UrlParserState.SpecialAuthorityIgnoreSlashes:
                    // "1. If c is neither U+002F (/) nor U+005C (\), then set state to authority
                    // state and decrease pointer by 1."
                    // "2. Otherwise, special-scheme-missing-following-solidus validation error."
                    if (c != '/' && c != '\\')
                    {
                        state = UrlParserState.Authority;
                        pointer--;
                    }

                    break;

                case UrlParserState.Authority:
                    // "1. If c is U+0040 (@), then:"
                    if (c == '@')
                    {
                        // "1. Invalid-credentials validation error."
                        // "2. If atSignSeen is true, then prepend "%40" to buffer."
                        if (atSignSeen)
                        {
                            buffer.Insert(0, "%40");
                        }

                        // "3. Set atSignSeen to true."
                        atSignSeen = true;

                        // "4. For each codePoint in buffer:"
                        var credentials = buffer.ToString();
                        for (var i = 0; i < credentials.Length; i++)
                        {
                            // "1. If codePoint is U+003A (:) and passwordTokenSeen is false, then
                            // set passwordTokenSeen to true and continue."
                            if (credentials[i] == ':' && !passwordTokenSeen)
                            {
                                passwordTokenSeen = true;
                                continue;
                            }

                            // "2. Let encodedCodePoints be the result of running UTF-8
                            // percent-encode codePoint using the userinfo percent-encode set."
                            // "3. If passwordTokenSeen is true, then append encodedCodePoints to
                            // url's password."
                            // "4. Otherwise, append encodedCodePoints to url's username."
                            PercentEncoding.AppendEncoded(passwordTokenSeen ? password : username, credentials, ref i, PercentEncodeSet.Userinfo);
                        }

                        // "5. Set buffer to the empty string."
                        buffer.Clear();
                    }

                    // "2. Otherwise, if one of the following is true: c is the EOF code point,
                    // U+002F (/), U+003F (?), or U+0023 (#); url is special and c is U+005C (\)
                    // then:"
                    else if (c is Eof or '/' or '?' or '#' || (isSpecial && c == '\\'))
                    {
                        // "1. If atSignSeen is true and buffer is the empty string, host-missing
                        // validation error, return failure."
                        if (atSignSeen && buffer.Length == 0)
                        {
                            error = "the host is missing after the credentials";
                            return null;
                        }

                        // "2. Decrease pointer by buffer's code point length + 1, set buffer to
                        // the empty string, and set state to host state."
                        pointer -= buffer.Length + 1;
                        buffer.Clear();
                        state = UrlParserState.Host;
                    }

                    // "3. Otherwise, append c to buffer."
                    else
                    {
                        buffer.Append((char)c);
                    }

                    break;

                case UrlParserState.Host:
                    // "1. If state override is given and url's scheme is "file", then decrease
                    // pointer by 1 and set state to file host state."
                    // "2. Otherwise, if c is U+003A (:) and insideBrackets is false, then:"
                    if (c == ':' && !insideBrackets)
                    {
                        // "1. If buffer is the empty string, host-missing validation error,
                        // return failure."
                        if (buffer.Length == 0)
                        {
                            error = "the host is missing before the port";
                            return null;
                        }

                        // "3. Let host be the result of host parsing buffer with url is not
                        // special."
                        // "4. If host is failure, then return failure."
                        // "5. Set url's host to host, buffer to the empty string, and state to
                        // port state."
                        if (!TryParseHostFromBuffer(out error))
                        {
                            return null;
                        }

                        state = UrlParserState.Port;
                    }

                    // "3. Otherwise, if one of the following is true: c is the EOF code point,
                    // U+002F (/), U+003F (?), or U+0023 (#); url is special and c is U+005C (\)
                    // then decrease pointer by 1, and then:"
                    else if (c is Eof or '/' or '?' or '#' || (isSpecial && c == '\\'))
                    {
                        pointer--;

                        // "1. If url is special and buffer is the empty string, host-missing
                        // validation error, return failure."
                        if (isSpecial && buffer.Length == 0)
                        {
                            error = "the host is missing";
                            return null;
                        }

                        // "3. Let host be the result of host parsing buffer with url is not
                        // special."
                        // "4. If host is failure, then return failure."
                        // "5. Set url's host to host, buffer to the empty string, and state to
                        // path start state."
                        if (!TryParseHostFromBuffer(out error))
                        {
                            return null;
                        }

                        state = UrlParserState.PathStart;
                    }

                    // "4. Otherwise: 1. If c is U+005B ([), then set insideBrackets to true.
                    // 2. If c is U+005D (]), then set insideBrackets to false. 3. Append c to
                    // buffer."
                    else
                    {
                        if (c == '[')
                        {
                            insideBrackets = true;
                        }
                        else if (c == ']')
                        {
                            insideBrackets = false;
                        }

                        buffer.Append((char)c);
                    }

                    break;

                case UrlParserState.Port:
                    // "1. If c is an ASCII digit, append c to buffer."
                    if (c != Eof && char.IsAsciiDigit((char)c))
                    {
                        buffer.Append((char)c);
                    }

                    // "2. Otherwise, if one of the following is true: c is the EOF code point,
                    // U+002F (/), U+003F (?), or U+0023 (#); url is special and c is U+005C (\);
                    // state override is given then:"
                    else if (c is Eof or '/' or '?' or '#' || (isSpecial && c == '\\'))
                    {
                        // "1. If buffer is not the empty string:"
                        if (buffer.Length > 0)
                        {
                            // "1. Let port be the mathematical integer value that is represented
                            // by buffer in radix-10 using ASCII digits for digits with values 0
                            // through 9."
                            var value = 0;
                            for (var i = 0; i < buffer.Length; i++)
                            {
                                value = (value * 10) + (buffer[i] - '0');

                                // "2. If port is greater than 2^16 − 1, port-out-of-range
                                // validation error, return failure."
                                if (value > ushort.MaxValue)
                                {
                                    error = $"the port '{buffer}' is greater than 65535";
                                    return null;
                                }
                            }

                            // "3. Set url's port to null, if port is url's scheme's default port;
                            // otherwise to port."
                            port = value == Url.DefaultPort(scheme) ? null : value;

                            // "4. Set buffer to the empty string."
                            buffer.Clear();
                        }

                        // "3. Set state to path start state and decrease pointer by 1."
                        state = UrlParserState.PathStart;
                        pointer--;
                    }

                    // "3. Otherwise, port-invalid validation error, return failure."
                    else
                    {
                        error = $"the port contains '{(char)c}', which is not an ASCII digit";
                        return null;
                    }

                    break;

                case UrlParserState.File:
                    // "1. Set url's scheme to "file"."
                    Scheme = "file";

                    // "2. Set url's host to the empty string."
                    host = string.Empty;

                    // "3. If c is U+002F (/) or U+005C (\), then: 1. If c is U+005C (\),
                    // invalid-reverse-solidus validation error. 2. Set state to file slash
                    // state."
                    if (c == '/' || c == '\\')
                    {
                        state = UrlParserState.FileSlash;
                    }

                    // "4. Otherwise, if base is non-null and base's scheme is "file":"
                    else if (baseUrl is not null && baseUrl.Scheme == "file")
                    {
                        // "1. Set url's host to base's host, url's path to a clone of base's
                        // path, and url's query to base's query."
                        host = baseUrl.Host;
                        CopyPath(baseUrl);
                        SetQuery(baseUrl.Query);

                        // "2. If c is U+003F (?), then set url's query to the empty string and
                        // state to query state."
                        if (c == '?')
                        {
                            SetQuery(string.Empty);
                            state = UrlParserState.Query;
                        }

                        // "3. Otherwise, if c is U+0023 (#), set url's fragment to the empty
                        // string and state to fragment state."
                        else if (c == '#')
                        {
                            hasFragment = true;
                            state = UrlParserState.Fragment;
                        }

                        // "4. Otherwise, if c is not the EOF code point:"
                        else if (c != Eof)
                        {
                            // "1. Set url's query to null."
                            SetQuery(null);

                            // "2. If the code point substring from pointer to the end of input
                            // does not start with a Windows drive letter, then shorten url's
                            // path."
                            if (!StartsWithWindowsDriveLetter(input.AsSpan(pointer)))
                            {
                                ShortenPath();
                            }

                            // "3. Otherwise: 1. File-invalid-Windows-drive-letter validation
                            // error. 2. Set url's path to « »."
                            else
                            {
                                path.Clear();
                                pathSegmentCount = 0;
                            }

                            // "4. Set state to path state and decrease pointer by 1."
                            state = UrlParserState.Path;
                            pointer--;
                        }
                    }

                    // "5. Otherwise, set state to path state, and decrease pointer by 1."
                    else
                    {
                        state = UrlParserState.Path;
                        pointer--;
                    }

                    break;

                case UrlParserState.FileSlash:
                    // "1. If c is U+002F (/) or U+005C (\), then: 1. If c is U+005C (\),
                    // invalid-reverse-solidus validation error. 2. Set state to file host
                    // state."
                    if (c == '/' || c == '\\')
                    {
                        state = UrlParserState.FileHost;
                    }

                    // "2. Otherwise:"
                    else
                    {
                        // "1. If base is non-null and base's scheme is "file", then:"
                        if (baseUrl is not null && baseUrl.Scheme == "file")
                        {
                            // "1. Set url's host to base's host."
                            host = baseUrl.Host;

                            // "2. If the code point substring from pointer to the end of input
                            // does not start with a Windows drive letter and base's path[0] is a
                            // normalized Windows drive letter, then append base's path[0] to
                            // url's path."
                            if (!StartsWithWindowsDriveLetter(input.AsSpan(pointer))
                                && FirstSegmentIsNormalizedWindowsDriveLetter(baseUrl.Path.AsSpan()))
                            {
                                path.Append(baseUrl.Path, 0, 3);
                                pathSegmentCount++;
                            }
                        }

                        // "2. Set state to path state, and decrease pointer by 1."
                        state = UrlParserState.Path;
                        pointer--;
                    }

                    break;

                case UrlParserState.FileHost:
                    // "1. If c is the EOF code point, U+002F (/), U+005C (\), U+003F (?), or
                    // U+0023 (#), then decrease pointer by 1 and then:"
                    if (c is Eof or '/' or '\\' or '?' or '#')
                    {
                        pointer--;

                        // "1. If state override is not given and buffer is a Windows drive
                        // letter, file-invalid-Windows-drive-letter-host validation error, set
                        // state to path state."
                        // "This is a (platform-independent) Windows drive letter quirk. buffer is
                        // not reset here and instead used in the path state."
                        if (buffer.Length == 2 && IsWindowsDriveLetter(buffer[0], buffer[1]))
                        {
                            state = UrlParserState.Path;
                        }

                        // "2. Otherwise, if buffer is the empty string, then: 1. Set url's host
                        // to the empty string. 3. Set state to path start state."
                        else if (buffer.Length == 0)
                        {
                            host = string.Empty;
                            state = UrlParserState.PathStart;
                        }

                        // "3. Otherwise, run these steps:"
                        else
                        {
                            // "1. Let host be the result of host parsing buffer with url is not
                            // special."
                            // "2. If host is failure, then return failure."
                            // "4. Set url's host to host."
                            // "6. Set buffer to the empty string and state to path start state."
                            if (!TryParseHostFromBuffer(out error))
                            {
                                return null;
                            }

                            // "3. If host is "localhost", then set host to the empty string."
                            if (host == "localhost")
                            {
                                host = string.Empty;
                            }

                            state = UrlParserState.PathStart;
                        }
                    }

                    // "2. Otherwise, append c to buffer."
                    else
                    {
                        buffer.Append((char)c);
                    }

                    break;

                case UrlParserState.PathStart:
                    // "1. If url is special, then: 1. Set state to path state. 2. If c is neither
                    // U+002F (/) nor U+005C (\), then decrease pointer by 1."
                    if (isSpecial)
                    {
                        state = UrlParserState.Path;
                        if (c != '/' && c != '\\')
                        {
                            pointer--;
                        }
                    }

                    // "2. Otherwise, if state override is not given and c is U+003F (?), set
                    // url's query to the empty string and state to query state."
                    else if (c == '?')
                    {
                        SetQuery(string.Empty);
                        state = UrlParserState.Query;
                    }

                    // "3. Otherwise, if state override is not given and c is U+0023 (#), set
                    // url's fragment to the empty string and state to fragment state."
                    else if (c == '#')
                    {
                        hasFragment = true;
                        state = UrlParserState.Fragment;
                    }

                    // "4. Otherwise, if c is not the EOF code point: 1. Set state to path state.
                    // 2. If c is not U+002F (/), then decrease pointer by 1."
                    else if (c != Eof)
                    {
                        state = UrlParserState.Path;
                        if (c != '/')
                        {
                            pointer--;
                        }
                    }

                    break;

                case UrlParserState.Path:
                    // "1. If one of the following is true: c is the EOF code point or U+002F (/);
                    // url is special and c is U+005C (\); state override is not given and c is
                    // U+003F (?) or U+0023 (#) then:"
                    if (c is Eof or '/' or '?' or '#' || (isSpecial && c == '\\'))
                    {
                        var slash = c == '/' || (isSpecial && c == '\\');

                        // "1. If url is special and c is U+005C (\), invalid-reverse-solidus
                        // validation error."
                        // "2. If buffer is a double-dot URL path segment, then: 1. Shorten url's
                        // path. 2. If neither c is U+002F (/), nor url is special and c is
                        // U+005C (\), append the empty string to url's path."
                        if (IsDoubleDotSegment(buffer))
                        {
                            ShortenPath();
                            if (!slash)
                            {
                                AppendEmptySegment();
                            }
                        }

                        // "3. Otherwise, if buffer is a single-dot URL path segment and if
                        // neither c is U+002F (/), nor url is special and c is U+005C (\), append
                        // the empty string to url's path."
                        else if (IsSingleDotSegment(buffer))
                        {
                            if (!slash)
                            {
                                AppendEmptySegment();
                            }
                        }

                        // "4. Otherwise, if buffer is not a single-dot URL path segment, then:"
                        else
                        {
                            // "1. If url's scheme is "file", url's path is empty, and buffer is a
                            // Windows drive letter, then replace the second code point in buffer
                            // with U+003A (:)."
                            if (scheme == "file" && pathSegmentCount == 0 && buffer.Length == 2 && IsWindowsDriveLetter(buffer[0], buffer[1]))
                            {
                                buffer[1] = ':';
                            }

                            // "2. Append buffer to url's path."
                            path.Append('/').Append(buffer);
                            pathSegmentCount++;
                        }

                        // "5. Set buffer to the empty string."
                        buffer.Clear();

                        // "6. If c is U+003F (?), then set url's query to the empty string and
                        // state to query state."
                        if (c == '?')
                        {
                            SetQuery(string.Empty);
                            state = UrlParserState.Query;
                        }

                        // "7. If c is U+0023 (#), then set url's fragment to the empty string and
                        // state to fragment state."
                        if (c == '#')
                        {
                            hasFragment = true;
                            state = UrlParserState.Fragment;
                        }
                    }

                    // "2. Otherwise, run these steps: 1. If c is not a URL code point and not
                    // U+0025 (%), invalid-URL-unit validation error. 2. If c is U+0025 (%) and
                    // remaining does not start with two ASCII hex digits, invalid-URL-unit
                    // validation error. 3. UTF-8 percent-encode c using the path percent-encode
                    // set and append the result to buffer."
                    else
                    {
                        PercentEncoding.AppendEncoded(buffer, input, ref pointer, PercentEncodeSet.Path);
                    }

                    break;

                case UrlParserState.OpaquePath:
                    // "1. If c is U+003F (?), then set url's query to the empty string and state
                    // to query state."
                    if (c == '?')
                    {
                        SetQuery(string.Empty);
                        state = UrlParserState.Query;
                    }

                    // "2. Otherwise, if c is U+0023 (#), then set url's fragment to the empty
                    // string and state to fragment state."
                    else if (c == '#')
                    {
                        hasFragment = true;
                        state = UrlParserState.Fragment;
                    }

                    // "3. Otherwise, if c is U+0020 SPACE: 1. If remaining starts with U+003F (?)
                    // or U+0023 (#), then append "%20" to url's path. 2. Otherwise, append
                    // U+0020 SPACE to url's path."
                    else if (c == ' ')
                    {
                        var remaining = Remaining(pointer);
                        path.Append(remaining.StartsWith('?') || remaining.StartsWith('#') ? "%20" : " ");
                    }

                    // "4. Otherwise, if c is not the EOF code point: 1. If c is not a URL code
                    // point and not U+0025 (%), invalid-URL-unit validation error. 2. If c is
                    // U+0025 (%) and remaining does not start with two ASCII hex digits,
                    // invalid-URL-unit validation error. 3. UTF-8 percent-encode c using the C0
                    // control percent-encode set and append the result to url's path."
                    else if (c != Eof)
                    {
                        PercentEncoding.AppendEncoded(path, input, ref pointer, PercentEncodeSet.C0Control);
                    }

                    break;

                case UrlParserState.Query:
                    // "2. If one of the following is true: state override is not given and c is
                    // U+0023 (#); c is the EOF code point then: 1. Let queryPercentEncodeSet be
                    // the special-query percent-encode set if url is special; otherwise the
                    // query percent-encode set. 2. Percent-encode after encoding, with encoding,
                    // buffer, and queryPercentEncodeSet, and append the result to url's query.
                    // 3. Set buffer to the empty string. 4. If c is U+0023 (#), then set url's
                    // fragment to the empty string and state to fragment state."
                    // "3. Otherwise, if c is not the EOF code point: ... 3. Append c to buffer."
                    // With UTF-8 as the encoding, encoding each code point as it arrives equals
                    // encoding the buffer at the end, so no buffer is used.
                    if (c == '#')
                    {
                        hasFragment = true;
                        state = UrlParserState.Fragment;
                    }
                    else if (c != Eof)
                    {
                        PercentEncoding.AppendEncoded(query, input, ref pointer, isSpecial ? PercentEncodeSet.SpecialQuery : PercentEncodeSet.Query);
                    }

                    break;

                case UrlParserState.Fragment:
                    // "1. If c is not the EOF code point, then: 1. If c is not a URL code point
                    // and not U+0025 (%), invalid-URL-unit validation error. 2. If c is U+0025
                    // (%) and remaining does not start with two ASCII hex digits,
                    // invalid-URL-unit validation error. 3. UTF-8 percent-encode c using the
                    // fragment percent-encode set and append the result to url's fragment."
                    if (c != Eof)
                    {
                        PercentEncoding.AppendEncoded(fragment, input, ref pointer, PercentEncodeSet.Fragment);
                    }

                    break;
            }

            if (pointer >= input.Length)
            {
                break;
            }
        }

        // "10. Return url."
        return new Url(
            scheme,
            username.Length == 0 ? string.Empty : username.ToString(),
            password.Length == 0 ? string.Empty : password.ToString(),
            host,
            port,
            SerializePath(),
            hasOpaquePath,
            hasQuery ? (query.Length == 0 ? string.Empty : query.ToString()) : null,
            hasFragment ? (fragment.Length == 0 ? string.Empty : fragment.ToString()) : null);
    }

    private string SerializePath()
    {
        if (path.Length == 0)
        {
            return string.Empty;
        }

        return path.Length == 1 && path[0] == '/' ? "/" : path.ToString();
    }

    // "remaining": the code point substring after pointer.
    private ReadOnlySpan<char> Remaining(int pointer) =>
        pointer + 1 < input.Length ? input.AsSpan(pointer + 1) : ReadOnlySpan<char>.Empty;

    private bool TryParseHostFromBuffer(out string? error)
    {
        if (!HostParser.TryParse(buffer.ToString(), isOpaque: !isSpecial, out var parsed, out error))
        {
            return false;
        }

        host = parsed;
        buffer.Clear();
        return true;
    }

    private void SetQuery(string? value)
    {
        query.Clear();
        hasQuery = value is not null;
        query.Append(value);
    }

    private void CopyAuthority(Url source)
    {
        username.Clear().Append(source.Username);
        password.Clear().Append(source.Password);
        host = source.Host;
        port = source.Port;
    }

    private void CopyPath(Url source)
    {
        path.Clear().Append(source.Path);
        pathSegmentCount = source.Path.AsSpan().Count('/');
    }

    private void AppendEmptySegment()
    {
        path.Append('/');
        pathSegmentCount++;
    }

    // https://url.spec.whatwg.org/#shorten-a-urls-path
    private void ShortenPath()
    {
        // "1. Assert: url does not have an opaque path."
        // "2. Let path be url's path."
        // "3. If url's scheme is "file", path's size is 1, and path[0] is a normalized Windows
        // drive letter, then return."
        if (scheme == "file" && pathSegmentCount == 1 && path.Length == 3 && IsNormalizedWindowsDriveLetter(path[1], path[2]))
        {
            return;
        }

        // "4. Remove path's last item, if any."
        if (pathSegmentCount == 0)
        {
            return;
        }

        var lastSlash = path.Length - 1;
        while (path[lastSlash] != '/')
        {
            lastSlash--;
        }

        path.Length = lastSlash;
        pathSegmentCount--;
    }

    private static string InternScheme(StringBuilder value)
    {
        Span<char> chars = stackalloc char[Math.Min(value.Length, 8)];
        if (value.Length <= 8)
        {
            value.CopyTo(0, chars, value.Length);
            switch (chars)
            {
                case "http": return "http";
                case "https": return "https";
                case "ws": return "ws";
                case "wss": return "wss";
                case "ftp": return "ftp";
                case "file": return "file";
                case "blob": return "blob";
                case "data": return "data";
                case "about": return "about";
                case "mailto": return "mailto";
            }
        }

        return value.ToString();
    }

    // https://url.spec.whatwg.org/#windows-drive-letter: "two code points, of which the first
    // is an ASCII alpha and the second is either U+003A (:) or U+007C (|)."
    private static bool IsWindowsDriveLetter(char first, char second) =>
        char.IsAsciiLetter(first) && (second == ':' || second == '|');

    // "A normalized Windows drive letter is a Windows drive letter of which the second code
    // point is U+003A (:)."
    private static bool IsNormalizedWindowsDriveLetter(char first, char second) =>
        char.IsAsciiLetter(first) && second == ':';

    // https://url.spec.whatwg.org/#start-with-a-windows-drive-letter
    private static bool StartsWithWindowsDriveLetter(ReadOnlySpan<char> value) =>
        // "1. Its length is greater than or equal to 2."
        // "2. Its first two code points are a Windows drive letter."
        // "3. Its length is 2 or its third code point is U+002F (/), U+005C (\), U+003F (?), or
        // U+0023 (#)."
        value.Length >= 2
        && IsWindowsDriveLetter(value[0], value[1])
        && (value.Length == 2 || value[2] is '/' or '\\' or '?' or '#');

    // Whether a serialized path's first segment is a normalized Windows drive letter.
    private static bool FirstSegmentIsNormalizedWindowsDriveLetter(ReadOnlySpan<char> serializedPath) =>
        serializedPath.Length >= 3
        && IsNormalizedWindowsDriveLetter(serializedPath[1], serializedPath[2])
        && (serializedPath.Length == 3 || serializedPath[3] == '/');

    // https://url.spec.whatwg.org/#single-dot-path-segment: "either "." or an ASCII
    // case-insensitive match for "%2e"."
    private static bool IsSingleDotSegment(StringBuilder segment) =>
        segment.Length switch
        {
            1 => segment[0] == '.',
            3 => IsEncodedDot(segment, 0),
            _ => false,
        };

    // https://url.spec.whatwg.org/#double-dot-path-segment: "either ".." or an ASCII
    // case-insensitive match for ".%2e", "%2e.", or "%2e%2e"."
    private static bool IsDoubleDotSegment(StringBuilder segment) =>
        segment.Length switch
        {
            2 => segment[0] == '.' && segment[1] == '.',
            4 => (segment[0] == '.' && IsEncodedDot(segment, 1)) || (IsEncodedDot(segment, 0) && segment[3] == '.'),
            6 => IsEncodedDot(segment, 0) && IsEncodedDot(segment, 3),
            _ => false,
        };

    private static bool IsEncodedDot(StringBuilder segment, int at) =>
        segment[at] == '%' && segment[at + 1] == '2' && (segment[at + 2] | 0x20) == 'e';

    private static string Clean(string rawInput)
    {
        var start = 0;
        var end = rawInput.Length;

        // "C0 control or space": U+0000 to U+001F and U+0020.
        while (start < end && rawInput[start] <= ' ')
        {
            start++;
        }

        while (end > start && rawInput[end - 1] <= ' ')
        {
            end--;
        }

        var trimmed = rawInput.AsSpan(start, end - start);
        if (trimmed.IndexOfAny('\t', '\n', '\r') < 0)
        {
            return trimmed.Length == rawInput.Length ? rawInput : trimmed.ToString();
        }

        // "ASCII tab or newline": U+0009 TAB, U+000A LF, or U+000D CR.
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

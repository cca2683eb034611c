using System.Globalization;
using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace WebMessaging.Scripting.Console;

/// <summary>
/// Renders JavaScript values as one line of text the way Chromium's DevTools console shows a
/// collapsed console message: V8's object preview (one level deep, at most 5 named properties,
/// 100 array elements or 5 map/set entries) drawn by the DevTools front end. docs/console-format.md
/// lists the rules and the Chromium output they were measured against.
/// </summary>
internal sealed class ConsoleValueRenderer
{
    private const int MaxPreviewNames = 5;
    private const int MaxPreviewIndexes = 100;
    private const int MaxPreviewEntries = 5;

    // Holes are walked index by index up to this length; longer arrays are read through their keys.
    private const uint MaxIndexWalk = 100_000;

    private readonly Engine _engine;
    private readonly JsValue _functionToString;
    private readonly JsValue _dateToString;
    private readonly JsValue _numberValueOf;
    private readonly JsValue _stringValueOf;
    private readonly JsValue _booleanValueOf;
    private readonly JsValue _bigIntValueOf;
    private readonly JsValue _symbolValueOf;

    /// <summary>Captures the intrinsics the renderer calls, so page scripts that replace them later do not change the output.</summary>
    public ConsoleValueRenderer(Engine engine)
    {
        _engine = engine;
        _functionToString = IntrinsicMethod(engine, "Function", "toString");
        _dateToString = IntrinsicMethod(engine, "Date", "toString");
        _numberValueOf = IntrinsicMethod(engine, "Number", "valueOf");
        _stringValueOf = IntrinsicMethod(engine, "String", "valueOf");
        _booleanValueOf = IntrinsicMethod(engine, "Boolean", "valueOf");
        _bigIntValueOf = IntrinsicMethod(engine, "BigInt", "valueOf");
        _symbolValueOf = IntrinsicMethod(engine, "Symbol", "valueOf");
    }

    /// <summary>Appends <paramref name="value"/> as a console argument: strings raw, or quoted when <paramref name="quoteStrings"/>.</summary>
    public void AppendTopLevel(StringBuilder output, JsValue value, bool quoteStrings)
    {
        if (value is JsString)
        {
            if (quoteStrings)
            {
                JsStringLiteral.Append(output, value.ToString());
            }
            else
            {
                output.Append(value.ToString());
            }

            return;
        }

        if (value is not ObjectInstance obj)
        {
            AppendPrimitive(output, value);
            return;
        }

        if (obj is Function function)
        {
            AppendFunctionText(output, function);
            return;
        }

        // DevTools draws these subtypes from their description alone, without a property preview.
        if (obj is JsDate or JsRegExp or JsError or JsArrayBuffer || JintObjectKinds.Of(obj) == JintObjectKind.DataView)
        {
            AppendDescription(output, obj);
            return;
        }

        AppendPreview(output, obj);
    }

    /// <summary>Appends the value as <c>%O</c> shows it: an object's description only (<c>Object</c>, <c>Foo</c>, <c>Array(2)</c>).</summary>
    public void AppendGeneric(StringBuilder output, JsValue value)
    {
        if (value is ObjectInstance obj and not Function)
        {
            AppendDescription(output, obj);
        }
        else
        {
            AppendTopLevel(output, value, quoteStrings: false);
        }
    }

    /// <summary>Appends a primitive the way V8 describes it: <c>-0</c>, <c>123n</c>, <c>Symbol(x)</c>, <c>undefined</c>.</summary>
    public static void AppendPrimitive(StringBuilder output, JsValue value)
    {
        switch (value)
        {
            case JsNumber number:
                var d = number.AsNumber();
                output.Append(d == 0 && double.IsNegative(d) ? "-0" : TypeConverter.ToString(d));
                break;
            case JsBigInt:
                output.Append(value.ToString()).Append('n');
                break;
            case JsSymbol:
                output.Append(value.ToString());
                break;
            default:
                output.Append(value.IsUndefined() ? "undefined" : value.IsNull() ? "null" : value.ToString());
                break;
        }
    }

    // The object preview: "Foo {a: 1, b: 'x'}", "(3) [1, 2, 3]", "Map(1) {'a' => 1}".
    private void AppendPreview(StringBuilder output, ObjectInstance obj)
    {
        var kind = JintObjectKinds.Of(obj);
        if (kind == JintObjectKind.Proxy)
        {
            // IMPLEMENTATION DEFINED: Chromium previews the proxy's target without running traps;
            // Jint offers no trap-free access to the target, so the preview stays empty.
            output.Append("Proxy(Object) {}");
            return;
        }

        var isArrayLike = obj is JsArray or JsTypedArray or JsArguments;
        if (isArrayLike)
        {
            var length = ArrayLikeLength(obj);
            var name = obj is JsArguments ? "Arguments" : obj is JsArray ? "Array" : ClassName(obj);
            var prefix = name == "Array" ? string.Empty : name;
            if (length > 1)
            {
                prefix += "(" + length.ToString(CultureInfo.InvariantCulture) + ")";
            }

            if (prefix.Length > 0)
            {
                output.Append(prefix).Append(' ');
            }

            output.Append('[');
            AppendArrayProperties(output, obj, length);
            output.Append(']');
            return;
        }

        var description = Description(obj, nested: false);
        if (description != "Object")
        {
            output.Append(description).Append(' ');
        }

        output.Append('{');
        if (obj is JsMap { Size: > 0 } map)
        {
            AppendMapEntries(output, map);
        }
        else if (obj is JsSet { Size: > 0 } set)
        {
            AppendSetEntries(output, set);
        }
        else
        {
            var count = 0;
            var overflow = false;
            AppendInternalSlots(output, obj, kind, ref count);
            AppendNamedProperties(output, obj, skipIndexes: kind == JintObjectKind.StringWrapper, ref count, ref overflow);
            AppendOverflow(output, overflow, count);
        }

        output.Append('}');
    }

    // "[[PrimitiveValue]]", "[[PromiseState]]": shown first, without a name.
    private void AppendInternalSlots(StringBuilder output, ObjectInstance obj, JintObjectKind kind, ref int count)
    {
        var valueOf = kind switch
        {
            JintObjectKind.NumberWrapper => _numberValueOf,
            JintObjectKind.StringWrapper => _stringValueOf,
            JintObjectKind.BooleanWrapper => _booleanValueOf,
            JintObjectKind.BigIntWrapper => _bigIntValueOf,
            JintObjectKind.SymbolWrapper => _symbolValueOf,
            _ => null,
        };
        if (valueOf is not null)
        {
            AppendNested(output, _engine.Call(valueOf, obj, []));
            count++;
        }

        // FIXME: "Promise {<pending>}", "Promise {<fulfilled>: 1}", "Generator {<suspended>}" and
        // "WeakRef {{…}}" show internal state that Jint keeps internal; those previews stay empty.
    }

    private static uint ArrayLikeLength(ObjectInstance obj) => obj switch
    {
        JsArray array => array.Length,
        JsTypedArray typed => (uint)typed.Length,
        _ => (uint)TypeConverter.ToLength(obj.Get("length")),
    };

    // DevTools' array preview: holes as "empty" or "empty × n", then named properties as "name: value".
    private void AppendArrayProperties(StringBuilder output, ObjectInstance obj, uint length)
    {
        var count = 0;
        var overflow = false;
        var indexes = 0;
        long lastIndex = -1;
        var first = true;

        void AppendHoles(long upTo)
        {
            var holes = upTo - lastIndex - 1;
            if (holes <= 0)
            {
                return;
            }

            Separate(output, ref first);
            output.Append(holes == 1 ? "empty" : "empty \u00d7 " + holes.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var index in PresentIndexes(obj, length))
        {
            if (indexes == MaxPreviewIndexes)
            {
                overflow = true;
                break;
            }

            AppendHoles(index);
            Separate(output, ref first);
            AppendNested(output, obj.Get(index));
            lastIndex = index;
            indexes++;
        }

        if (!overflow)
        {
            AppendHoles(length);
            count = first ? 0 : 1;
            AppendNamedProperties(output, obj, skipIndexes: true, ref count, ref overflow);
        }

        AppendOverflow(output, overflow, first ? count : count + 1);
    }

    private static IEnumerable<uint> PresentIndexes(ObjectInstance obj, uint length)
    {
        if (obj is JsTypedArray || length <= MaxIndexWalk)
        {
            for (uint i = 0; i < length; i++)
            {
                if (obj is JsTypedArray || obj.HasOwnProperty(i))
                {
                    yield return i;
                }
            }

            yield break;
        }

        foreach (var key in obj.GetOwnPropertyKeys(Types.String))
        {
            if (TryArrayIndex(key, out var index))
            {
                yield return index;
            }
        }
    }

    // Own properties (with native getters run), then native getters up the prototype chain, at most five.
    private void AppendNamedProperties(StringBuilder output, ObjectInstance obj, bool skipIndexes, ref int count, ref bool overflow)
    {
        HashSet<JsValue>? seen = null;
        var names = 0;
        for (var holder = obj; holder is not null && !overflow; holder = holder.Prototype)
        {
            var own = ReferenceEquals(holder, obj);
            foreach (var key in holder.GetOwnPropertyKeys(Types.String | Types.Symbol))
            {
                if ((skipIndexes && TryArrayIndex(key, out _)) || (own && IsHiddenOwnKey(obj, key)))
                {
                    continue;
                }

                if (!own)
                {
                    seen ??= new HashSet<JsValue>(obj.GetOwnPropertyKeys(Types.String | Types.Symbol));
                    if (!seen.Add(key) || key is JsString { } name && name.ToString() == "__proto__")
                    {
                        continue;
                    }
                }

                var descriptor = holder.GetOwnProperty(key);
                JsValue value;
                if (descriptor.IsDataDescriptor())
                {
                    if (!own)
                    {
                        continue;
                    }

                    value = descriptor.Value;
                }
                else if (IsNativeFunction(descriptor.Get))
                {
                    if (!TryCallGetter(descriptor.Get!, obj, out value))
                    {
                        continue;
                    }
                }
                else
                {
                    // V8 leaves script getters out of previews rather than run page code.
                    continue;
                }

                if (names == MaxPreviewNames)
                {
                    overflow = true;
                    break;
                }

                if (count > 0)
                {
                    output.Append(", ");
                }

                AppendKey(output, key);
                output.Append(": ");
                AppendNested(output, value);
                names++;
                count++;
            }
        }
    }

    private static bool IsHiddenOwnKey(ObjectInstance obj, JsValue key) =>
        (obj is JsArray or JsArguments || JintObjectKinds.Of(obj) == JintObjectKind.StringWrapper)
        && key is JsString && key.ToString() == "length";

    private bool TryCallGetter(JsValue getter, ObjectInstance obj, out JsValue value)
    {
        try
        {
            value = _engine.Call(getter, obj, []);
            return true;
        }
        catch (JavaScriptException)
        {
            value = JsValue.Undefined;
            return false;
        }
    }

    // Built-in and host (binding) functions have no script body; V8 runs such getters in previews.
    private static bool IsNativeFunction(JsValue? getter) =>
        getter is Function { FunctionDeclaration: null };

    private void AppendMapEntries(StringBuilder output, JsMap map)
    {
        var count = 0;
        foreach (var entry in map)
        {
            if (count == MaxPreviewEntries)
            {
                AppendOverflow(output, overflow: true, count);
                return;
            }

            if (count++ > 0)
            {
                output.Append(", ");
            }

            AppendNested(output, entry.Key);
            output.Append(" => ");
            AppendNested(output, entry.Value);
        }
    }

    private void AppendSetEntries(StringBuilder output, JsSet set)
    {
        var count = 0;
        foreach (var value in set)
        {
            if (count == MaxPreviewEntries)
            {
                AppendOverflow(output, overflow: true, count);
                return;
            }

            if (count++ > 0)
            {
                output.Append(", ");
            }

            AppendNested(output, value);
        }
    }

    private static void AppendOverflow(StringBuilder output, bool overflow, int count)
    {
        if (overflow)
        {
            output.Append(count > 0 ? ", \u2026" : "\u2026");
        }
    }

    private static void Separate(StringBuilder output, ref bool first)
    {
        if (!first)
        {
            output.Append(", ");
        }

        first = false;
    }

    // DevTools quotes a name (with JSON.stringify) only when it is empty, has a line break, or starts or ends with white space.
    private static void AppendKey(StringBuilder output, JsValue key)
    {
        if (key is JsSymbol)
        {
            output.Append(key.ToString());
            return;
        }

        var name = key.ToString();
        var needsQuotes = name.Length == 0 || name.Contains('\n') || IsJsWhiteSpace(name[0]) || IsJsWhiteSpace(name[^1]);
        if (!needsQuotes)
        {
            output.Append(name);
            return;
        }

        output.Append('"');
        foreach (var c in name)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    if (c < ' ')
                    {
                        output.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }

    private static bool IsJsWhiteSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';

    // A value inside a preview: primitives in full (strings abbreviated and quoted), functions as "ƒ",
    // objects by their description ("{…}", "Foo", "Array(2)", "Map(1)").
    private void AppendNested(StringBuilder output, JsValue value)
    {
        switch (value)
        {
            case JsString:
                JsStringLiteral.Append(output, JsStringLiteral.Abbreviate(value.ToString()));
                break;
            case Function:
                output.Append('\u0192');
                break;
            case ObjectInstance obj:
                output.Append(Description(obj, nested: true));
                break;
            default:
                AppendPrimitive(output, value);
                break;
        }
    }

    private void AppendDescription(StringBuilder output, ObjectInstance obj)
    {
        var description = Description(obj, nested: false);
        output.Append(description);
    }

    // V8's RemoteObject description of an object; a plain object nested in a preview is "{…}".
    private string Description(ObjectInstance obj, bool nested)
    {
        switch (obj)
        {
            case JsArray array:
                return "Array(" + array.Length.ToString(CultureInfo.InvariantCulture) + ")";
            case JsArguments:
                return "Arguments(" + ArrayLikeLength(obj).ToString(CultureInfo.InvariantCulture) + ")";
            case JsTypedArray typed:
                return ClassName(obj) + "(" + typed.Length.ToString(CultureInfo.InvariantCulture) + ")";
            case JsArrayBuffer:
                return ClassName(obj) + "(" + ByteLength(obj) + ")";
            case JsMap map:
                return ClassName(obj) + "(" + map.Size.ToString(CultureInfo.InvariantCulture) + ")";
            case JsSet set:
                return ClassName(obj) + "(" + set.Size.ToString(CultureInfo.InvariantCulture) + ")";
            case JsDate:
                return _engine.Call(_dateToString, obj, []).ToString();
            case JsRegExp regExp:
                return "/" + regExp.Source + "/" + regExp.Flags;
            case JsError:
                return ErrorDescription(obj);
            case Function:
                return FunctionText(obj);
        }

        switch (JintObjectKinds.Of(obj))
        {
            case JintObjectKind.Proxy:
                return "Proxy(Object)";
            case JintObjectKind.DataView:
                return ClassName(obj) + "(" + ByteLength(obj) + ")";
        }

        var className = ClassName(obj);
        return nested && className == "Object" ? "{\u2026}" : className;
    }

    private string ByteLength(ObjectInstance obj) =>
        ReadWithoutScript(obj, "byteLength") is JsNumber length ? length.ToString() : "0";

    // V8 describes an error by its stack when the stack starts with "Name: message"; Jint's stack holds
    // only the frames, so the header is put in front of them.
    private string ErrorDescription(ObjectInstance error)
    {
        var header = ErrorHeader(error);
        if (ReadWithoutScript(error, "stack") is not JsString { Length: > 0 } stack)
        {
            return header;
        }

        var text = stack.ToString();
        return text.StartsWith(header, StringComparison.Ordinal) ? text : header + "\n" + text.TrimEnd('\n');
    }

    private string ErrorHeader(ObjectInstance error)
    {
        var name = ReadWithoutScript(error, "name") is JsString n ? n.ToString() : "Error";
        var message = ReadWithoutScript(error, "message") is JsString m ? m.ToString() : string.Empty;
        return message.Length == 0 ? name : name.Length == 0 ? message : name + ": " + message;
    }

    // A property of the object or its prototypes, read without running page script: a data value, or
    // the result of a native getter; null when a script getter (or nothing) holds the name.
    private JsValue? ReadWithoutScript(ObjectInstance obj, string name)
    {
        for (var holder = obj; holder is not null; holder = holder.Prototype)
        {
            var descriptor = holder.GetOwnProperty(name);
            if (descriptor == PropertyDescriptor.Undefined)
            {
                continue;
            }

            if (descriptor.IsDataDescriptor())
            {
                return descriptor.Value;
            }

            return IsNativeFunction(descriptor.Get) && TryCallGetter(descriptor.Get!, obj, out var value) ? value : null;
        }

        return null;
    }

    // The class name V8 shows: the nearer of a prototype's own "constructor" name and its own
    // Symbol.toStringTag data property ("Foo", "Map", "Array Iterator"), else "Object".
    private static string ClassName(ObjectInstance obj)
    {
        for (var holder = obj.Prototype; holder is not null; holder = holder.Prototype)
        {
            if (holder.GetOwnProperty("constructor") is { } ctor && ctor.IsDataDescriptor()
                && ctor.Value is Function constructor
                && constructor.GetOwnProperty("name") is { } nameProperty && nameProperty.IsDataDescriptor()
                && nameProperty.Value is JsString { Length: > 0 } name)
            {
                return name.ToString();
            }

            if (holder.GetOwnProperty(GlobalSymbolRegistry.ToStringTag) is { } tag && tag.IsDataDescriptor()
                && tag.Value is JsString { Length: > 0 } tagName)
            {
                return tagName.ToString();
            }
        }

        return "Object";
    }

    private void AppendFunctionText(StringBuilder output, Function function) => output.Append(FunctionText(function));

    // DevTools' function title: "function" becomes "ƒ" ("ƒ foo(a) {…}", "async ƒ af() {}", "ƒ* gen() {}");
    // classes and arrow functions keep their source text; methods get "ƒ " in front.
    private string FunctionText(ObjectInstance function)
    {
        var text = _engine.Call(_functionToString, function, []).ToString();
        if (text.StartsWith("class ", StringComparison.Ordinal) || text.StartsWith("class{", StringComparison.Ordinal))
        {
            return text;
        }

        if (text.StartsWith("async function", StringComparison.Ordinal))
        {
            return "async \u0192 " + text["async function".Length..].TrimStart();
        }

        if (text.StartsWith("function*", StringComparison.Ordinal))
        {
            return "\u0192* " + text["function*".Length..].TrimStart();
        }

        if (text.StartsWith('*'))
        {
            return "\u0192* " + text[1..].TrimStart();
        }

        if (text.StartsWith("function", StringComparison.Ordinal))
        {
            return "\u0192 " + text["function".Length..].TrimStart();
        }

        return text.IndexOf("=>", StringComparison.Ordinal) > 0 ? text : "\u0192 " + text;
    }

    private static JsValue IntrinsicMethod(Engine engine, string constructor, string method) =>
        ((ObjectInstance)((ObjectInstance)engine.Global.Get(constructor)).Get("prototype")).Get(method);

    private static bool TryArrayIndex(JsValue key, out uint index)
    {
        index = 0;
        if (key is not JsString)
        {
            return false;
        }

        var text = key.ToString();
        return text.Length > 0 && (text == "0" || text[0] != '0')
            && uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index != uint.MaxValue;
    }
}

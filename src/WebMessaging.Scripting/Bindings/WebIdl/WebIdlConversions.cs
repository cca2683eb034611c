using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// The conversions from JavaScript values to Web IDL types
/// (https://webidl.spec.whatwg.org/#js-type-mapping), written once for every binding. Each takes
/// a context such as "Failed to execute 'addEventListener' on 'EventTarget': parameter 2" that
/// starts the TypeError's message.
/// </summary>
internal static class WebIdlConversions
{
    private const double TwoTo53MinusOne = 9007199254740991d;

    /// <summary>The argument at <paramref name="index"/>, or undefined when fewer were passed ("missing" optional arguments).</summary>
    public static JsValue Argument(JsValue[] arguments, int index) => index < arguments.Length ? arguments[index] : JsValue.Undefined;

    /// <summary>Throws a TypeError when fewer than <paramref name="required"/> arguments were passed.</summary>
    public static void RequireArguments(Engine engine, JsValue[] arguments, int required, string context)
    {
        // https://webidl.spec.whatwg.org/#dfn-overload-resolution-algorithm
        // "If S is empty (no overload takes argcount arguments), then throw a TypeError."
        if (arguments.Length < required)
        {
            throw ScriptErrors.NotEnoughArguments(engine, context, required, arguments.Length);
        }
    }

    /// <summary>True for undefined and null.</summary>
    public static bool IsNullish(JsValue value) => value.IsUndefined() || value.IsNull();

    /// <summary>https://webidl.spec.whatwg.org/#js-boolean: ToBoolean(V).</summary>
    public static bool ToBoolean(JsValue value) => TypeConverter.ToBoolean(value);

    /// <summary>https://webidl.spec.whatwg.org/#js-DOMString: ToString(V), a TypeError for a Symbol.</summary>
    public static string ToDomString(Engine engine, JsValue value, string context)
    {
        if (value is JsString text)
        {
            return text.ToString();
        }

        // "Let x be ? ToString(V)." (ToString throws a TypeError for a Symbol.)
        if (value.IsSymbol())
        {
            throw ScriptErrors.TypeError(engine, $"{context} is a Symbol, which cannot be converted to a string.");
        }

        return TypeConverter.ToString(value);
    }

    /// <summary>DOMString? (https://webidl.spec.whatwg.org/#js-nullable): null and undefined are null, anything else a DOMString.</summary>
    public static string? ToNullableDomString(Engine engine, JsValue value, string context) =>
        IsNullish(value) ? null : ToDomString(engine, value, context);

    /// <summary>https://webidl.spec.whatwg.org/#js-USVString: a DOMString whose lone surrogates become U+FFFD.</summary>
    public static string ToUsvString(Engine engine, JsValue value, string context)
    {
        // 1. "Let string be the result of converting V to a DOMString."
        string text = ToDomString(engine, value, context);

        // 2. "Return an IDL USVString value that is the result of converting string to a
        //    sequence of scalar values."
        return ToScalarValueString(text);
    }

    /// <summary>https://webidl.spec.whatwg.org/#js-long: a signed 32-bit integer.</summary>
    public static int ToLong(Engine engine, JsValue value, string context, IntegerConversion conversion = IntegerConversion.None) =>
        (int)ConvertToInt(engine, value, 32, signed: true, conversion, context);

    /// <summary>https://webidl.spec.whatwg.org/#js-unsigned-long: an unsigned 32-bit integer.</summary>
    public static uint ToUnsignedLong(Engine engine, JsValue value, string context, IntegerConversion conversion = IntegerConversion.None) =>
        (uint)ConvertToInt(engine, value, 32, signed: false, conversion, context);

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-long-long: a signed 64-bit integer, as a double (exact
    /// up to 2^53 - 1 in magnitude, the range [EnforceRange] and [Clamp] allow).
    /// </summary>
    public static double ToLongLong(Engine engine, JsValue value, string context, IntegerConversion conversion = IntegerConversion.None) =>
        ConvertToInt(engine, value, 64, signed: true, conversion, context);

    /// <summary>https://webidl.spec.whatwg.org/#js-unsigned-short: an unsigned 16-bit integer.</summary>
    public static ushort ToUnsignedShort(Engine engine, JsValue value, string context, IntegerConversion conversion = IntegerConversion.None) =>
        (ushort)ConvertToInt(engine, value, 16, signed: false, conversion, context);

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-unsigned-long-long: an unsigned 64-bit integer, as a
    /// double (exact up to 2^53 - 1, the range [EnforceRange] and [Clamp] allow).
    /// </summary>
    public static double ToUnsignedLongLong(Engine engine, JsValue value, string context, IntegerConversion conversion = IntegerConversion.None) =>
        ConvertToInt(engine, value, 64, signed: false, conversion, context);

    /// <summary>https://webidl.spec.whatwg.org/#js-double: a finite number; a TypeError for NaN and infinities.</summary>
    public static double ToDouble(Engine engine, JsValue value, string context)
    {
        // 1. "Let x be ? ToNumber(V)."
        double x = TypeConverter.ToNumber(value);

        // 2. "If x is NaN, +∞, or −∞, then throw a TypeError."
        if (!double.IsFinite(x))
        {
            throw ScriptErrors.TypeError(engine, $"{context} is not a finite floating-point value.");
        }

        // 3. "Return the IDL double value that represents the same numeric value as x."
        return x;
    }

    /// <summary>https://webidl.spec.whatwg.org/#js-unrestricted-double: ToNumber(V), NaN and infinities included.</summary>
    public static double ToUnrestrictedDouble(JsValue value) => TypeConverter.ToNumber(value);

    /// <summary>https://webidl.spec.whatwg.org/#js-object: the object itself; a TypeError for any other value.</summary>
    public static ObjectInstance ToObject(Engine engine, JsValue value, string context)
    {
        // 1. "If V is not an Object, then throw a TypeError."
        if (value is not ObjectInstance objectValue)
        {
            throw ScriptErrors.TypeError(engine, $"{context} is not of type 'object'.");
        }

        // 2. "Return the IDL object value that is a reference to the same object as V."
        return objectValue;
    }

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-callback-function for a callback function that is
    /// not [LegacyTreatNonObjectAsNull]: the callable itself; a TypeError for any other value.
    /// </summary>
    public static ObjectInstance ToCallbackFunction(Engine engine, JsValue value, string context)
    {
        // 1. "If the result of calling IsCallable(V) is false and the conversion to an IDL value
        //    is not being performed due to V being assigned to an attribute whose type is a
        //    nullable callback function that is annotated with [LegacyTreatNonObjectAsNull],
        //    then throw a TypeError."
        if (!value.IsCallable() || value is not ObjectInstance callable)
        {
            throw ScriptErrors.TypeError(engine, $"{context} is not a function.");
        }

        // 2. "Return the IDL callback function type value that represents a reference to the
        //    same object that V represents, with the incumbent settings object as the callback context."
        return callable;
    }

    /// <summary>
    /// A nullable callback function attribute with [LegacyTreatNonObjectAsNull]
    /// (https://webidl.spec.whatwg.org/#LegacyTreatNonObjectAsNull), as event handler
    /// attributes are: every non-object is null, and any object, callable or not, is kept.
    /// </summary>
    public static ObjectInstance? ToLegacyNullableCallbackFunction(JsValue value) =>
        value as ObjectInstance;

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-callback-interface: the object itself (its operation
    /// is looked up when it is called); a TypeError for any non-object.
    /// </summary>
    public static ObjectInstance ToCallbackInterface(Engine engine, JsValue value, string context)
    {
        // 1. "If V is not an Object, then throw a TypeError."
        if (value is not ObjectInstance objectValue)
        {
            throw ScriptErrors.TypeError(engine, $"{context} is not of type 'object'.");
        }

        // 2. "Return the IDL callback interface type value that represents a reference to V,
        //    with the incumbent settings object as the callback context."
        return objectValue;
    }

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-interface: the core object of a platform object
    /// implementing the interface (<typeparamref name="T"/>); a TypeError for any other value.
    /// </summary>
    public static T ToInterface<T>(Engine engine, JsValue value, string interfaceName, string context)
        where T : class
    {
        // 1. "If V implements I, then return the IDL interface type value that represents a reference to that platform object."
        if (BindingRealm.TryUnwrap(value, out T? impl))
        {
            return impl;
        }

        // 2-3. (callback interfaces) 4. "Throw a TypeError."
        throw ScriptErrors.TypeError(engine, $"{context} is not of type '{interfaceName}'.");
    }

    /// <summary>
    /// The brand check of operations and attributes (https://webidl.spec.whatwg.org/#dfn-create-operation-function):
    /// the core object behind <paramref name="thisValue"/> when it implements the interface
    /// (<typeparamref name="T"/>); otherwise a TypeError "Illegal invocation".
    /// </summary>
    public static T This<T>(Engine engine, JsValue thisValue)
        where T : class
    {
        // "Let esValue be the this value, if it is not null or undefined, or realm's global
        //  object otherwise. (This will subsequently cause a TypeError in a few steps, if the
        //  global object does not implement target and [LegacyLenientThis] is not specified.)"
        JsValue esValue = IsNullish(thisValue) ? engine.Global : thisValue;

        // "If esValue is not a platform object that implements the interface target, throw a TypeError."
        return BindingRealm.TryUnwrap(esValue, out T? impl) ? impl : throw ScriptErrors.IllegalInvocation(engine);
    }

    /// <summary>
    /// https://webidl.spec.whatwg.org/#js-sequence: the values of an iterable, each converted
    /// with <paramref name="convert"/> (given the value and its index); a TypeError when
    /// <paramref name="value"/> is not an iterable object.
    /// </summary>
    public static List<T> ToSequence<T>(Engine engine, JsValue value, string context, Func<JsValue, int, T> convert)
    {
        // 1. "If V is not an Object, throw a TypeError."
        if (value is not ObjectInstance objectValue)
        {
            throw ScriptErrors.TypeError(engine, $"{context} cannot be converted to a sequence: it is not an object.");
        }

        // 2. "Let method be ? GetMethod(V, %Symbol.iterator%)."
        JsValue method = objectValue.Get(GlobalSymbolRegistry.Iterator);

        // 3. "If method is undefined, throw a TypeError."
        if (IsNullish(method))
        {
            throw ScriptErrors.TypeError(engine, $"{context} cannot be converted to a sequence: the object is not iterable (it has no [Symbol.iterator] method).");
        }

        if (!method.IsCallable())
        {
            throw ScriptErrors.TypeError(engine, $"{context} cannot be converted to a sequence: its [Symbol.iterator] is not a function.");
        }

        // 4. "Return the result of creating a sequence from V and method."
        // https://webidl.spec.whatwg.org/#create-sequence-from-iterable
        // 1. "Let iteratorRecord be ? GetIteratorFromMethod(iterable, method)."
        JsValue iterator = engine.Call(method, objectValue, []);
        if (iterator is not ObjectInstance iteratorObject)
        {
            throw ScriptErrors.TypeError(engine, $"{context} cannot be converted to a sequence: its iterator is not an object.");
        }

        JsValue next = iteratorObject.Get("next");

        // 2. "Initialize i to be 0."
        var sequence = new List<T>();

        // 3. "Repeat:"
        while (true)
        {
            // 3.1 "Let next be ? IteratorStepValue(iteratorRecord)."
            JsValue result = engine.Call(next, iteratorObject, []);
            if (result is not ObjectInstance resultObject)
            {
                throw ScriptErrors.TypeError(engine, $"{context} cannot be converted to a sequence: its iterator returned a non-object result.");
            }

            // 3.2 "If next is done, then return an IDL sequence value of type sequence<T> of
            //     length i, where the value of the element at index j is Sj."
            if (TypeConverter.ToBoolean(resultObject.Get("done")))
            {
                return sequence;
            }

            // 3.3 "Initialize Si to the result of converting next to an IDL value of type T."
            // 3.4 "Set i to i + 1."
            sequence.Add(convert(resultObject.Get("value"), sequence.Count));
        }
    }

    /// <summary>
    /// Creates a frozen array (https://webidl.spec.whatwg.org/#js-frozen-array) of
    /// <paramref name="values"/>: a new Array of this realm, frozen.
    /// </summary>
    public static ObjectInstance CreateFrozenArray(Engine engine, JsValue[] values)
    {
        // 1. "Let array be the result of converting the sequence of values of type T to a JavaScript value."
        var array = new JsArray(engine, values);

        // 2. "Perform ! SetIntegrityLevel(array, "frozen")."
        for (int i = 0; i < values.Length; i++)
        {
            array.DefineOwnProperty(i, new PropertyDescriptor(values[i], writable: false, enumerable: true, configurable: false));
        }

        array.DefineOwnProperty("length", new PropertyDescriptor(JsNumber.Create(values.Length), writable: false, enumerable: false, configurable: false));
        array.PreventExtensions();

        // 3. "Return array."
        return array;
    }

    /// <summary>
    /// The first steps of converting to a dictionary (https://webidl.spec.whatwg.org/#js-dictionary):
    /// the object to read members from, or null for undefined and null (every member missing);
    /// a TypeError for any other non-object. Read the members in lexicographic order with
    /// <see cref="GetDictionaryMember"/>, the inherited dictionary's members first.
    /// </summary>
    public static ObjectInstance? ToDictionary(Engine engine, JsValue value, string context)
    {
        // 1. "If jsDict is not an Object and not undefined or null, then throw a TypeError."
        if (value is ObjectInstance objectValue)
        {
            return objectValue;
        }

        if (IsNullish(value))
        {
            return null;
        }

        throw ScriptErrors.TypeError(engine, $"{context} is not of type 'object': a dictionary must be an object, undefined or null.");
    }

    /// <summary>
    /// Reads one dictionary member: "Let jsMemberValue be ? Get(jsDict, key)", or undefined when
    /// the dictionary was undefined or null (the member is then not present).
    /// </summary>
    public static JsValue GetDictionaryMember(ObjectInstance? dictionary, string key) =>
        dictionary is null ? JsValue.Undefined : dictionary.Get(key);

    // https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
    private static double ConvertToInt(Engine engine, JsValue value, int bitLength, bool signed, IntegerConversion conversion, string context)
    {
        double upperBound;
        double lowerBound;

        // 1. "If bitLength is 64, then: Let upperBound be 2^53 − 1. If signedness is "unsigned",
        //    then let lowerBound be 0. Otherwise let lowerBound be −2^53 + 1."
        if (bitLength == 64)
        {
            upperBound = TwoTo53MinusOne;
            lowerBound = signed ? -TwoTo53MinusOne : 0;
        }
        else if (!signed)
        {
            // 2. "Otherwise, if signedness is "unsigned", then: Let lowerBound be 0. Let
            //    upperBound be 2^bitLength − 1."
            lowerBound = 0;
            upperBound = Math.Pow(2, bitLength) - 1;
        }
        else
        {
            // 3. "Otherwise: Let lowerBound be -2^(bitLength − 1). Let upperBound be 2^(bitLength − 1) − 1."
            lowerBound = -Math.Pow(2, bitLength - 1);
            upperBound = Math.Pow(2, bitLength - 1) - 1;
        }

        // 4. "Let x be ? ToNumber(V)."
        double x = TypeConverter.ToNumber(value);

        // 5. "If x is −0, then set x to +0."
        if (x == 0)
        {
            x = 0;
        }

        // 6. "If the conversion is to an IDL type associated with the [EnforceRange] extended attribute, then:"
        if ((conversion & IntegerConversion.EnforceRange) != 0)
        {
            // 6.1 "If x is NaN, +∞, or −∞, then throw a TypeError."
            if (!double.IsFinite(x))
            {
                throw ScriptErrors.TypeError(engine, $"{context} is not a finite number (the value is {NumberText(x)}).");
            }

            // 6.2 "Set x to IntegerPart(x)."
            x = Math.Truncate(x);

            // 6.3 "If x < lowerBound or x > upperBound, then throw a TypeError."
            if (x < lowerBound || x > upperBound)
            {
                throw ScriptErrors.TypeError(engine, $"{context} is outside the range [{NumberText(lowerBound)}, {NumberText(upperBound)}] (the value is {NumberText(x)}).");
            }

            // 6.4 "Return x."
            return x == 0 ? 0 : x;
        }

        // 7. "If x is not NaN and the conversion is to an IDL type associated with the [Clamp]
        //    extended attribute, then:"
        if (!double.IsNaN(x) && (conversion & IntegerConversion.Clamp) != 0)
        {
            // 7.1 "Set x to min(max(x, lowerBound), upperBound)."
            x = Math.Min(Math.Max(x, lowerBound), upperBound);

            // 7.2 "Round x to the nearest integer, choosing the even integer if it lies halfway
            //     between two, and choosing +0 rather than −0."
            x = Math.Round(x, MidpointRounding.ToEven);

            // 7.3 "Return x."
            return x == 0 ? 0 : x;
        }

        // 8. "If x is NaN, +0, +∞, or −∞, then return +0."
        if (!double.IsFinite(x) || x == 0)
        {
            return 0;
        }

        // 9. "Set x to IntegerPart(x)."
        x = Math.Truncate(x);

        // 10. "Set x to x modulo 2^bitLength."
        double modulus = Math.Pow(2, bitLength);
        x %= modulus;
        if (x < 0)
        {
            x += modulus;
        }

        // 11. "If signedness is "signed" and x ≥ 2^(bitLength − 1), then return x − 2^bitLength."
        if (signed && x >= modulus / 2)
        {
            return x - modulus;
        }

        // 12. "Otherwise, return x."
        return x;
    }

    private static string NumberText(double number) => TypeConverter.ToString(JsNumber.Create(number));

    // https://webidl.spec.whatwg.org/#dfn-obtain-unicode: each lone surrogate becomes U+FFFD.
    private static string ToScalarValueString(string text)
    {
        int firstLone = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                firstLone = i;
                break;
            }
        }

        if (firstLone < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstLone);
        for (int i = firstLone; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }
}

using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Native.Symbol;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Fetch;

/// <summary>The Headers interface object (https://fetch.spec.whatwg.org/#headers-class).</summary>
internal sealed class HeadersConstructor : InterfaceConstructor
{
    private HeadersConstructor(BindingRealm realm)
        : base(realm, "Headers", 0, parent: null, new JsObject(realm.Engine))
    {
        // undefined append(ByteString name, ByteString value);
        Operation("append", 2, (headers, arguments, context) =>
        {
            var (name, value) = NameAndValue(arguments, context);
            Validate(headers, name, value, context);
            headers.Append(name, value);
            return JsValue.Undefined;
        });

        // undefined delete(ByteString name);
        Operation("delete", 1, (headers, arguments, context) =>
        {
            var name = Name(arguments, context);
            Validate(headers, name, "", context);
            headers.Delete(name);
            return JsValue.Undefined;
        });

        // ByteString? get(ByteString name);
        Operation("get", 1, (headers, arguments, context) =>
        {
            var name = Name(arguments, context);
            RequireHeaderName(name, context);
            return headers.Get(name) is { } value ? new JsString(value) : JsValue.Null;
        });

        // sequence<ByteString> getSetCookie();
        Operation("getSetCookie", 0, (headers, _, _) =>
        {
            var values = new List<JsValue>();
            foreach (var header in headers.Pairs)
            {
                if (header.Key.Equals("set-cookie", StringComparison.OrdinalIgnoreCase))
                {
                    values.Add(new JsString(header.Value));
                }
            }

            return new JsArray(Engine, values.ToArray());
        });

        // boolean has(ByteString name);
        Operation("has", 1, (headers, arguments, context) =>
        {
            var name = Name(arguments, context);
            RequireHeaderName(name, context);
            return headers.Contains(name) ? JsBoolean.True : JsBoolean.False;
        });

        // undefined set(ByteString name, ByteString value);
        Operation("set", 2, (headers, arguments, context) =>
        {
            var (name, value) = NameAndValue(arguments, context);
            Validate(headers, name, value, context);
            headers.Set(name, value);
            return JsValue.Undefined;
        });

        // iterable<ByteString, ByteString>; over "sort and combine" of the header list.
        // IMPLEMENTATION DEFINED: like URLSearchParams here, the iterators walk a snapshot taken when
        // they are made (an Array Iterator), not a live "Headers Iterator".
        Operation("forEach", 1, (headers, arguments, context) =>
        {
            var callback = WebIdlConversions.ToCallbackFunction(Engine, WebIdlConversions.Argument(arguments, 0), context + ": parameter 1");
            var thisArg = WebIdlConversions.Argument(arguments, 1);
            var wrapper = Realm.Wrap(headers);
            foreach (var pair in headers.SortAndCombine())
            {
                Engine.Call(callback, thisArg, [new JsString(pair.Value), new JsString(pair.Key), wrapper]);
            }

            return JsValue.Undefined;
        });
        Operation("entries", 0, (headers, _, _) => Snapshot(headers, pair => new JsArray(Engine, [new JsString(pair.Key), new JsString(pair.Value)])));
        Operation("keys", 0, (headers, _, _) => Snapshot(headers, pair => new JsString(pair.Key)));
        Operation("values", 0, (headers, _, _) => Snapshot(headers, pair => new JsString(pair.Value)));
        PrototypeObject.DefineOwnProperty(GlobalSymbolRegistry.Iterator, new PropertyDescriptor(PrototypeObject.Get("entries"), PropertyFlag.NonEnumerable));
    }

    /// <summary>Installs Headers in the realm, exposes it and makes header lists wrap as Headers.</summary>
    public static HeadersConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new HeadersConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(HeaderList), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    /// <summary>
    /// https://fetch.spec.whatwg.org/#concept-headers-fill: fills <paramref name="headers"/> from a
    /// HeadersInit (a sequence of name-value pairs or a record).
    /// </summary>
    public static void Fill(Engine engine, HeaderList headers, JsValue init, string context)
    {
        if (init is not ObjectInstance initObject)
        {
            throw ScriptErrors.TypeError(engine, context + ": The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
        }

        // (sequence<sequence<ByteString>> or record<ByteString, ByteString>): an object with
        // @@iterator is the sequence.
        var method = initObject.Get(GlobalSymbolRegistry.Iterator);
        if (!WebIdlConversions.IsNullish(method))
        {
            // "1. If object is a sequence, then for each header of object: 1. If header's size is
            // not 2, then throw a TypeError. 2. Append (header[0], header[1]) to headers."
            var pairs = WebIdlConversions.ToSequence(engine, init, context, (item, index) =>
                WebIdlConversions.ToSequence(engine, item, $"{context}[{index}]", (value, _) => ToByteString(engine, value, context)));
            foreach (var pair in pairs)
            {
                if (pair.Count != 2)
                {
                    throw ScriptErrors.TypeError(engine, context + ": Invalid value: each header must be a [name, value] pair.");
                }

                Validate(engine, headers, pair[0], pair[1], context);
                headers.Append(pair[0], pair[1]);
            }

            return;
        }

        // "2. Otherwise, object is a record, so for each key → value of object, append (key, value) to headers."
        foreach (var key in initObject.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = initObject.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable)
            {
                continue;
            }

            var name = ToByteString(engine, key, context);
            var value = ToByteString(engine, initObject.Get(key), context);
            Validate(engine, headers, name, value, context);
            headers.Append(name, value);
        }
    }

    // "If I was constructed": constructor(optional HeadersInit init);
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // "1. Set this's guard to "none". 2. If init is given, then fill this with init."
        var headers = new HeaderList();
        var init = WebIdlConversions.Argument(arguments, 0);
        if (!init.IsUndefined())
        {
            Fill(Engine, headers, init, ConstructContext + ": parameter 1");
        }

        return new PlatformObject(Realm, headers, prototype);
    }

    /// <summary>https://webidl.spec.whatwg.org/#es-ByteString: a string whose code units are all below 256.</summary>
    public static string ToByteString(Engine engine, JsValue value, string context)
    {
        var text = TypeConverter.ToString(value);
        foreach (var c in text)
        {
            if (c > 0xFF)
            {
                throw ScriptErrors.TypeError(engine, context + ": Cannot convert value to a ByteString: it has a character above U+00FF.");
            }
        }

        return text;
    }

    // https://fetch.spec.whatwg.org/#headers-validate
    private static void Validate(Engine engine, HeaderList headers, string name, string value, string context)
    {
        // "1. If name is not a header name or value is not a header value, then throw a TypeError."
        if (!IsHeaderName(name))
        {
            throw ScriptErrors.TypeError(engine, $"{context}: Invalid name '{name}'.");
        }

        if (!IsHeaderValue(value))
        {
            throw ScriptErrors.TypeError(engine, $"{context}: Invalid value '{value}'.");
        }

        // "2. If headers's guard is "immutable", then throw a TypeError."
        if (headers.Guard == "immutable")
        {
            throw ScriptErrors.TypeError(engine, context + ": Headers are immutable.");
        }

        // FIXME: "3. If headers's guard is "request" and ... is a forbidden request-header, return false."
        // FIXME: "4. If headers's guard is "response" and name is a forbidden response-header name, return false."
    }

    private void Validate(HeaderList headers, string name, string value, string context) => Validate(Engine, headers, name, value, context);

    private void RequireHeaderName(string name, string context)
    {
        if (!IsHeaderName(name))
        {
            throw ScriptErrors.TypeError(Engine, $"{context}: Invalid name '{name}'.");
        }
    }

    // https://fetch.spec.whatwg.org/#header-name: a field-name token.
    private static bool IsHeaderName(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c)))
            {
                return false;
            }
        }

        return true;
    }

    // https://fetch.spec.whatwg.org/#header-value: no leading or trailing HTTP tab or space, no 0x00, 0x0A or 0x0D.
    // IMPLEMENTATION DEFINED: values are normalized by trimming before this check, as append and set do.
    private static bool IsHeaderValue(string value) => value.IndexOfAny(['\0', '\n', '\r']) < 0;

    private (string Name, string Value) NameAndValue(JsValue[] arguments, string context)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 2, context);

        // "1. Normalize value." (strip leading and trailing HTTP whitespace)
        return (ToByteString(Engine, arguments[0], context + ": parameter 1"), ToByteString(Engine, arguments[1], context + ": parameter 2").Trim(' ', '\t', '\n', '\r'));
    }

    private string Name(JsValue[] arguments, string context)
    {
        WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
        return ToByteString(Engine, arguments[0], context + ": parameter 1");
    }

    private void Operation(string name, int length, Func<HeaderList, JsValue[], string, JsValue> steps) =>
        InterfaceMembers.DefineOperation(Realm, PrototypeObject, name, length, (thisValue, arguments) =>
            steps(WebIdlConversions.This<HeaderList>(Engine, thisValue), arguments, $"Failed to execute '{name}' on 'Headers'"));

    private JsValue Snapshot(HeaderList headers, Func<KeyValuePair<string, string>, JsValue> item)
    {
        var pairs = headers.SortAndCombine();
        var items = new JsValue[pairs.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = item(pairs[i]);
        }

        return IterableSnapshot.Iterator(Engine, items);
    }
}

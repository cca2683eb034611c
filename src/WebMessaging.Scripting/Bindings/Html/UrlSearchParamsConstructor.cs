using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The URLSearchParams interface object (https://url.spec.whatwg.org/#interface-urlsearchparams).</summary>
internal sealed class UrlSearchParamsConstructor : InterfaceConstructor
{
    private UrlSearchParamsConstructor(BindingRealm realm)
        : base(realm, "URLSearchParams", 0, parent: null, new JsObject(realm.Engine))
    {
        UrlSearchParamsPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs URLSearchParams in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static UrlSearchParamsConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new UrlSearchParamsConstructor(realm);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // https://url.spec.whatwg.org/#dom-urlsearchparams-urlsearchparams
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(optional (sequence<sequence<USVString>> or record<USVString, USVString> or USVString) init = "");
        string context = ConstructContext + ": parameter 1";
        JsValue init = WebIdlConversions.Argument(arguments, 0);
        UrlSearchParamsState state;
        if (init is ObjectInstance initObject)
        {
            // https://webidl.spec.whatwg.org/#js-union: an object whose @@iterator is a method is
            // the sequence; any other object is the record.
            JsValue method = initObject.Get(GlobalSymbolRegistry.Iterator);
            state = WebIdlConversions.IsNullish(method) ? FromRecord(initObject, context) : FromSequence(init, context);
        }
        else
        {
            string text = init.IsUndefined() ? "" : WebIdlConversions.ToUsvString(Engine, init, context);

            // "1. If init is a string and starts with U+003F (?), then remove the first code point from init."
            // "2. Initialize this with init." (https://url.spec.whatwg.org/#urlsearchparams-initialize)
            // "3. Otherwise: 1. Assert: init is a string. 2. Set query's list to the result of parsing init."
            state = UrlSearchParamsState.Parse(text.StartsWith('?') ? text[1..] : text);
        }

        return new PlatformObject(Realm, state, prototype);
    }

    // https://url.spec.whatwg.org/#urlsearchparams-initialize
    private UrlSearchParamsState FromSequence(JsValue init, string context)
    {
        List<List<string>> sequence = WebIdlConversions.ToSequence(Engine, init, context, (item, index) =>
            WebIdlConversions.ToSequence(Engine, item, $"{context}[{index}]", (value, _) => WebIdlConversions.ToUsvString(Engine, value, $"{context}[{index}]")));

        // "1. If init is a sequence, then for each innerSequence of init:"
        var state = new UrlSearchParamsState();
        for (int i = 0; i < sequence.Count; i++)
        {
            List<string> innerSequence = sequence[i];

            // "1. If innerSequence's size is not 2, then throw a TypeError."
            if (innerSequence.Count != 2)
            {
                throw ScriptErrors.TypeError(Engine, $"{context}: the pair at index {i} has {innerSequence.Count} items; each name-value pair must have exactly 2.");
            }

            // "2. Append (innerSequence[0], innerSequence[1]) to query's list."
            state.Append(innerSequence[0], innerSequence[1]);
        }

        return state;
    }

    // https://url.spec.whatwg.org/#urlsearchparams-initialize, with init converted by
    // https://webidl.spec.whatwg.org/#js-record
    private UrlSearchParamsState FromRecord(ObjectInstance init, string context)
    {
        // "1. Let result be a new empty instance of record<K, V>."
        var names = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);

        // "4. Let keys be ? O.[[OwnPropertyKeys]]()." "5. For each key of keys:"
        foreach (JsValue key in init.GetOwnPropertyKeys(Types.String))
        {
            // "1. Let desc be ? O.[[GetOwnProperty]](key)." "2. If desc is not undefined and
            //  desc.[[Enumerable]] is true:"
            PropertyDescriptor descriptor = init.GetOwnProperty(key);
            if (descriptor == PropertyDescriptor.Undefined || !descriptor.Enumerable)
            {
                continue;
            }

            // "1. Let typedKey be key converted to an IDL value of type K." "2. Let value be ?
            //  Get(O, key)." "3. Let typedValue be value converted to an IDL value of type V."
            string typedKey = WebIdlConversions.ToUsvString(Engine, key, context);
            string typedValue = WebIdlConversions.ToUsvString(Engine, init.Get(key), $"{context}['{typedKey}']");

            // "4. Set result[typedKey] to typedValue." (a key that converts to one already
            //  seen keeps its first position and takes the new value)
            if (!values.ContainsKey(typedKey))
            {
                names.Add(typedKey);
            }

            values[typedKey] = typedValue;
        }

        // "2. Otherwise, if init is a record, then for each name → value of init, append (name, value) to query's list."
        var state = new UrlSearchParamsState();
        foreach (string name in names)
        {
            state.Append(name, values[name]);
        }

        return state;
    }
}

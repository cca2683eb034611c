using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The TextDecoder interface object (https://encoding.spec.whatwg.org/#interface-textdecoder), for the UTF-8 encoding.</summary>
internal sealed class TextDecoderConstructor : InterfaceConstructor
{
    // The realm's own RangeError, kept before page scripts can replace it.
    private readonly JsValue _rangeError;

    private TextDecoderConstructor(BindingRealm realm, ObjectInstance globalObject)
        : base(realm, "TextDecoder", 0, parent: null, new JsObject(realm.Engine))
    {
        _rangeError = globalObject.Get("RangeError");

        // readonly attribute DOMString encoding; "return this's encoding's name, ASCII lowercased."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "encoding", thisValue =>
        {
            This(realm, thisValue);
            return new JsString("utf-8");
        });

        // readonly attribute boolean fatal; "return true if this's error mode is "fatal", otherwise false."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "fatal", thisValue => This(realm, thisValue).Fatal ? JsBoolean.True : JsBoolean.False);

        // readonly attribute boolean ignoreBOM; "return true if this's ignore BOM is true, otherwise false."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "ignoreBOM", thisValue => This(realm, thisValue).IgnoreBom ? JsBoolean.True : JsBoolean.False);

        // USVString decode(optional AllowSharedBufferSource input, optional TextDecodeOptions options = {});
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "decode", 0, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'decode' on 'TextDecoder'";
            TextDecoderState decoder = This(realm, thisValue);
            JsValue input = WebIdlConversions.Argument(arguments, 0);
            if (!input.IsUndefined() && !BufferSources.IsBufferSource(input))
            {
                throw ScriptErrors.TypeError(realm.Engine, context + ": parameter 1 is not of type '(ArrayBuffer or ArrayBufferView)'.");
            }

            // dictionary TextDecodeOptions { boolean stream = false; };
            ObjectInstance? options = WebIdlConversions.ToDictionary(realm.Engine, WebIdlConversions.Argument(arguments, 1), context + ": parameter 2");
            bool stream = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(options, "stream"));

            // "3. If input is given, then push a copy of input to this's I/O queue."
            ReadOnlySpan<byte> bytes = input.IsUndefined() ? [] : BufferSources.GetBytes(input);
            return decoder.Decode(bytes, stream) is { } output
                ? new JsString(output)
                : throw ScriptErrors.TypeError(realm.Engine, context + ": The encoded data was not valid for encoding utf-8");
        });
    }

    /// <summary>Installs TextDecoder in <paramref name="realm"/> and exposes it on <paramref name="globalObject"/>.</summary>
    public static TextDecoderConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new TextDecoderConstructor(realm, globalObject);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // https://encoding.spec.whatwg.org/#dom-textdecoder
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(optional DOMString label = "utf-8", optional TextDecoderOptions options = {});
        JsValue labelValue = WebIdlConversions.Argument(arguments, 0);
        string label = labelValue.IsUndefined() ? "utf-8" : WebIdlConversions.ToDomString(Engine, labelValue, ConstructContext + ": parameter 1");
        ObjectInstance? options = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");

        // dictionary TextDecoderOptions { boolean fatal = false; boolean ignoreBOM = false; };
        bool fatal = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(options, "fatal"));
        bool ignoreBom = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(options, "ignoreBOM"));

        // "1. Let encoding be the result of getting an encoding from label."
        // "2. If encoding is failure or replacement, then throw a RangeError."
        // FIXME: only the UTF-8 labels are known; the standard's other encodings (UTF-16LE,
        // windows-1252, ...) throw the RangeError of an unknown label.
        if (!IsUtf8Label(label))
        {
            throw new Jint.Runtime.JavaScriptException(Engine.Call(_rangeError, JsValue.Undefined, [new JsString($"{ConstructContext}: The encoding label provided ('{label}') is invalid.")]));
        }

        // "3. Set this's encoding to encoding." "4. If options["fatal"] is true, then set this's
        //  error mode to "fatal"." "5. Set this's ignore BOM to options["ignoreBOM"]."
        return new PlatformObject(Realm, new TextDecoderState(fatal, ignoreBom), prototype);
    }

    // https://encoding.spec.whatwg.org/#concept-encoding-get
    // "Remove any leading and trailing ASCII whitespace from label." "If label is an ASCII
    //  case-insensitive match for any of the labels listed in the table below, then return the
    //  corresponding encoding": UTF-8's labels.
    private static bool IsUtf8Label(string label) =>
        label.Trim('\t', '\n', '\f', '\r', ' ').ToLowerInvariant() is "unicode-1-1-utf-8" or "unicode11utf8" or "unicode20utf8" or "utf-8" or "utf8" or "x-unicode20utf8";

    private static TextDecoderState This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<TextDecoderState>(realm.Engine, thisValue);
}

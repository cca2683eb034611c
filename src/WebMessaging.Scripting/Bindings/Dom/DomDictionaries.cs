using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// The DOM dictionaries and unions the Event and EventTarget bindings take, converted from
/// script per https://webidl.spec.whatwg.org/#js-dictionary: members in lexicographic order,
/// the inherited dictionary's first, missing members take their defaults.
/// </summary>
internal static class DomDictionaries
{
    /// <summary>EventInit { boolean bubbles = false; boolean cancelable = false; boolean composed = false; }</summary>
    public static EventInit ToEventInit(Engine engine, JsValue value, string context)
    {
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(engine, value, context);
        if (dictionary is null)
        {
            return new EventInit();
        }

        bool bubbles = WebIdlConversions.ToBoolean(dictionary.Get("bubbles"));
        bool cancelable = WebIdlConversions.ToBoolean(dictionary.Get("cancelable"));
        bool composed = WebIdlConversions.ToBoolean(dictionary.Get("composed"));
        return new EventInit { Bubbles = bubbles, Cancelable = cancelable, Composed = composed };
    }

    /// <summary>
    /// The inherited EventInit members (bubbles, cancelable, composed) of an event's init
    /// dictionary already converted to an object (or null for undefined): they come first, as
    /// Web IDL reads inherited dictionary members before the derived dictionary's own.
    /// </summary>
    public static EventInit ToEventInitMembers(ObjectInstance? dictionary) => new()
    {
        Bubbles = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "bubbles")),
        Cancelable = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "cancelable")),
        Composed = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "composed")),
    };

    /// <summary>(EventListenerOptions or boolean) options = {}: a boolean is the capture flag.</summary>
    public static EventListenerOptions ToEventListenerOptions(Engine engine, JsValue value, string context)
    {
        // https://webidl.spec.whatwg.org/#js-union
        // "If V is undefined or null ... or an Object: the dictionary type"; otherwise "If types
        //  includes boolean, then return the result of converting V to boolean."
        if (value is not ObjectInstance && !WebIdlConversions.IsNullish(value))
        {
            return new EventListenerOptions { Capture = WebIdlConversions.ToBoolean(value) };
        }

        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(engine, value, context);

        // EventListenerOptions { boolean capture = false; }
        return new EventListenerOptions { Capture = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "capture")) };
    }

    /// <summary>(AddEventListenerOptions or boolean) options = {}: a boolean is the capture flag.</summary>
    public static AddEventListenerOptions ToAddEventListenerOptions(Engine engine, JsValue value, string context)
    {
        // https://webidl.spec.whatwg.org/#js-union (as above)
        if (value is not ObjectInstance && !WebIdlConversions.IsNullish(value))
        {
            return new AddEventListenerOptions { Capture = WebIdlConversions.ToBoolean(value) };
        }

        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(engine, value, context);

        // EventListenerOptions { boolean capture = false; } (the inherited dictionary first)
        bool capture = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "capture"));

        // AddEventListenerOptions { boolean passive; boolean once = false; AbortSignal signal; }
        // in lexicographic order: once, passive, signal.
        bool once = WebIdlConversions.ToBoolean(WebIdlConversions.GetDictionaryMember(dictionary, "once"));
        JsValue passiveValue = WebIdlConversions.GetDictionaryMember(dictionary, "passive");
        bool? passive = passiveValue.IsUndefined() ? null : WebIdlConversions.ToBoolean(passiveValue);
        JsValue signalValue = WebIdlConversions.GetDictionaryMember(dictionary, "signal");
        AbortSignal? signal = signalValue.IsUndefined()
            ? null
            : WebIdlConversions.ToInterface<AbortSignal>(engine, signalValue, "AbortSignal", "Failed to read the 'signal' property from 'AddEventListenerOptions'");
        return new AddEventListenerOptions { Capture = capture, Once = once, Passive = passive, Signal = signal };
    }
}

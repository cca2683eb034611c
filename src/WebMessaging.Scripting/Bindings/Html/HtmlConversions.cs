using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Web IDL conversions the HTML messaging interfaces share: transfer lists, the
/// StructuredSerializeOptions and WindowPostMessageOptions dictionaries, and the overloads that
/// take either a transfer list or an options dictionary.
/// </summary>
internal static class HtmlConversions
{
    /// <summary>sequence&lt;object&gt; transfer: each value must be an object (the transfer steps check the rest).</summary>
    public static IReadOnlyList<object?> ToTransferList(Engine engine, JsValue value, string context) =>
        WebIdlConversions.ToSequence<object?>(engine, value, context, (item, index) => WebIdlConversions.ToObject(engine, item, $"{context}: element {index}"));

    /// <summary>dictionary StructuredSerializeOptions { sequence&lt;object&gt; transfer = []; }</summary>
    public static IReadOnlyList<object?> ToStructuredSerializeOptions(Engine engine, JsValue value, string context)
    {
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(engine, value, context);
        JsValue transfer = WebIdlConversions.GetDictionaryMember(dictionary, "transfer");
        return transfer.IsUndefined() ? [] : ToTransferList(engine, transfer, "Failed to read the 'transfer' property from 'StructuredSerializeOptions'");
    }

    /// <summary>dictionary WindowPostMessageOptions : StructuredSerializeOptions { USVString targetOrigin = "/"; }</summary>
    public static (string TargetOrigin, IReadOnlyList<object?> Transfer) ToWindowPostMessageOptions(Engine engine, JsValue value, string context)
    {
        ObjectInstance? dictionary = WebIdlConversions.ToDictionary(engine, value, context);

        // The inherited dictionary's members come first: transfer, then targetOrigin.
        JsValue transferValue = WebIdlConversions.GetDictionaryMember(dictionary, "transfer");
        IReadOnlyList<object?> transfer = transferValue.IsUndefined() ? [] : ToTransferList(engine, transferValue, "Failed to read the 'transfer' property from 'StructuredSerializeOptions'");
        JsValue targetOriginValue = WebIdlConversions.GetDictionaryMember(dictionary, "targetOrigin");
        string targetOrigin = targetOriginValue.IsUndefined() ? "/" : WebIdlConversions.ToUsvString(engine, targetOriginValue, "Failed to read the 'targetOrigin' property from 'WindowPostMessageOptions'");
        return (targetOrigin, transfer);
    }

    /// <summary>
    /// The overloads postMessage(message, sequence&lt;object&gt; transfer) and
    /// postMessage(message, optional StructuredSerializeOptions options = {}) of MessagePort,
    /// resolved on their second argument (https://webidl.spec.whatwg.org/#dfn-overload-resolution-algorithm).
    /// </summary>
    public static IReadOnlyList<object?> ToTransferOrOptions(Engine engine, JsValue[] arguments, string context)
    {
        JsValue second = WebIdlConversions.Argument(arguments, 1);

        // "Otherwise: if V is an object with an @@iterator method, then the sequence type";
        // undefined, null and other objects are the dictionary.
        if (IsIterableObject(second))
        {
            return ToTransferList(engine, second, context + ": parameter 2");
        }

        return ToStructuredSerializeOptions(engine, second, context + ": parameter 2");
    }

    /// <summary>Whether <paramref name="value"/> is an object with a callable @@iterator, which picks a sequence overload.</summary>
    public static bool IsIterableObject(JsValue value) =>
        value is ObjectInstance objectValue && objectValue.Get(GlobalSymbolRegistry.Iterator).IsCallable();
}

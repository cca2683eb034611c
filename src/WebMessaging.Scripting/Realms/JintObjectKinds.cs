using System.Collections.Concurrent;
using Jint;
using Jint.Native;
using Jint.Native.Array;
using Jint.Native.Error;
using Jint.Native.Object;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// Tells the <see cref="JintObjectKind"/> of a Jint object by its CLR type. Many of Jint's
/// object types are internal (Boolean, Number, String and BigInt wrappers, DataView, Promise,
/// Proxy, WeakMap, ...), so each type is named once, on first sight, and remembered.
/// </summary>
internal static class JintObjectKinds
{
    private static readonly ConcurrentDictionary<Type, JintObjectKind> Cache = new();
    private static readonly System.Reflection.Assembly JintAssembly = typeof(Engine).Assembly;

    /// <summary>The kind of <paramref name="value"/>; the common types cost one type test.</summary>
    public static JintObjectKind Of(ObjectInstance value)
    {
        Type type = value.GetType();
        if (type == typeof(JsObject))
        {
            return JintObjectKind.Ordinary;
        }

        if (type == typeof(JsArray))
        {
            return JintObjectKind.Array;
        }

        return Cache.TryGetValue(type, out JintObjectKind kind) ? kind : Cache.GetOrAdd(type, Classify(type));
    }

    private static JintObjectKind Classify(Type type)
    {
        if (type.Assembly != JintAssembly || type.Namespace is "Jint.Runtime.Interop")
        {
            return JintObjectKind.Host;
        }

        // Most specific first: several prototypes derive from instance types.
        switch (type.FullName)
        {
            // Error.prototype is an ordinary object in ECMAScript, without [[ErrorData]].
            case "Jint.Native.Error.ErrorPrototype":
                return JintObjectKind.Ordinary;
            case "Jint.Native.JsSharedArrayBuffer":
                return JintObjectKind.SharedArrayBuffer;
            case "Jint.Native.JsDataView":
                return JintObjectKind.DataView;
            case "Jint.Native.Global.GlobalObject":
                return JintObjectKind.Global;
            case "Jint.Native.JsProxy" or "Jint.Native.JsArguments" or "Jint.Native.IsHTMLDDA":
                return JintObjectKind.Exotic;

            // Namespace objects and the results of iterator steps are ordinary objects.
            case "Jint.Native.Math.MathInstance" or "Jint.Native.Json.JsonInstance" or "Jint.Native.Reflect.ReflectInstance"
                or "Jint.Native.Atomics.AtomicsInstance" or "Jint.Native.Intl.IntlInstance" or "Jint.Native.Temporal.TemporalInstance"
                or "Jint.Native.Temporal.TemporalNow" or "Jint.Native.Iterator.IteratorResult" or "Jint.Native.Object.SharedShapeObject"
                or "Jint.Native.Function.Function+ObjectInstanceWithConstructor":
                return JintObjectKind.Ordinary;
        }

        if (typeof(ArrayInstance).IsAssignableFrom(type))
        {
            return JintObjectKind.Array;
        }

        if (typeof(JsArrayBuffer).IsAssignableFrom(type))
        {
            return JintObjectKind.ArrayBuffer;
        }

        if (typeof(JsTypedArray).IsAssignableFrom(type))
        {
            return JintObjectKind.TypedArray;
        }

        if (typeof(ErrorInstance).IsAssignableFrom(type))
        {
            return JintObjectKind.Error;
        }

        if (type == typeof(JsMap))
        {
            return JintObjectKind.Map;
        }

        if (type == typeof(JsSet))
        {
            return JintObjectKind.Set;
        }

        if (type == typeof(JsDate))
        {
            return JintObjectKind.Date;
        }

        if (type == typeof(JsRegExp))
        {
            return JintObjectKind.RegExp;
        }

        for (Type? t = type; t is not null; t = t.BaseType)
        {
            switch (t.FullName)
            {
                case "Jint.Native.Boolean.BooleanInstance":
                    return JintObjectKind.BooleanObject;
                case "Jint.Native.Number.NumberInstance":
                    return JintObjectKind.NumberObject;
                case "Jint.Native.String.StringInstance":
                    return JintObjectKind.StringObject;
                case "Jint.Native.BigInt.BigIntInstance":
                    return JintObjectKind.BigIntObject;
            }
        }

        // Prototype objects of the built-ins (Map.prototype, Date.prototype, ...) are ordinary.
        if (type == typeof(JsObject) || type == typeof(ObjectInstance) || typeof(Prototype).IsAssignableFrom(type)
            || type.FullName!.EndsWith("Prototype", StringComparison.Ordinal))
        {
            return JintObjectKind.Ordinary;
        }

        return JintObjectKind.OtherInternalSlots;
    }
}

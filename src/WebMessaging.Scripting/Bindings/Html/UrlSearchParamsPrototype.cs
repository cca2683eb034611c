using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of URLSearchParams.prototype (https://url.spec.whatwg.org/#interface-urlsearchparams).</summary>
internal static class UrlSearchParamsPrototype
{
    private const string Interface = "URLSearchParams";

    /// <summary>Defines the attributes, operations and iterable members on <paramref name="prototype"/>.</summary>
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // readonly attribute unsigned long size;
        // "The size getter steps are to return this's list's size."
        InterfaceMembers.DefineAttribute(realm, prototype, "size", thisValue => JsNumber.Create(This(realm, thisValue).Count));

        // undefined append(USVString name, USVString value);
        InterfaceMembers.DefineOperation(realm, prototype, "append", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'append' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            state.Append(Usv(realm, arguments[0], context, 1), Usv(realm, arguments[1], context, 2));
            return JsValue.Undefined;
        });

        // undefined delete(USVString name, optional USVString value);
        InterfaceMembers.DefineOperation(realm, prototype, "delete", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'delete' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            state.Delete(Usv(realm, arguments[0], context, 1), OptionalUsv(realm, arguments, context));
            return JsValue.Undefined;
        });

        // USVString? get(USVString name);
        InterfaceMembers.DefineOperation(realm, prototype, "get", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'get' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return state.Get(Usv(realm, arguments[0], context, 1)) is { } value ? new JsString(value) : JsValue.Null;
        });

        // sequence<USVString> getAll(USVString name);
        InterfaceMembers.DefineOperation(realm, prototype, "getAll", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'getAll' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            List<string> values = state.GetAll(Usv(realm, arguments[0], context, 1));
            var items = new JsValue[values.Count];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = new JsString(values[i]);
            }

            return new JsArray(realm.Engine, items);
        });

        // boolean has(USVString name, optional USVString value);
        InterfaceMembers.DefineOperation(realm, prototype, "has", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'has' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return state.Has(Usv(realm, arguments[0], context, 1), OptionalUsv(realm, arguments, context)) ? JsBoolean.True : JsBoolean.False;
        });

        // undefined set(USVString name, USVString value);
        InterfaceMembers.DefineOperation(realm, prototype, "set", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'set' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            state.Set(Usv(realm, arguments[0], context, 1), Usv(realm, arguments[1], context, 2));
            return JsValue.Undefined;
        });

        // undefined sort();
        InterfaceMembers.DefineOperation(realm, prototype, "sort", 0, (thisValue, _) =>
        {
            This(realm, thisValue).Sort();
            return JsValue.Undefined;
        });

        // stringifier; "The stringification behavior steps are to return the serialization of this's list."
        InterfaceMembers.DefineOperation(realm, prototype, "toString", 0, (thisValue, _) => new JsString(This(realm, thisValue).ToString()));

        DefineIterableMembers(realm, prototype);
    }

    // iterable<USVString, USVString>; https://webidl.spec.whatwg.org/#es-iterable
    private static void DefineIterableMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // https://webidl.spec.whatwg.org/#es-forEach
        InterfaceMembers.DefineOperation(realm, prototype, "forEach", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'forEach' on 'URLSearchParams'";
            UrlSearchParamsState state = This(realm, thisValue);

            // "4. If IsCallable(callbackFn) is false, throw a TypeError."
            ObjectInstance callback = WebIdlConversions.ToCallbackFunction(realm.Engine, WebIdlConversions.Argument(arguments, 0), context + ": parameter 1");

            // "5. Let thisArg be the second argument passed to the function, or undefined if not supplied."
            JsValue thisArg = WebIdlConversions.Argument(arguments, 1);

            // "6. Let pairs be idlObject's list of value pairs to iterate over." "7. Let i be 0."
            // "8. While i is less than the length of pairs:" (the length is read each time, so
            //  pairs the callback appends are visited too)
            for (int i = 0; i < state.Count; i++)
            {
                // "1. Let pair be the entry in pairs at index i." "2. Let key be pair's key."
                // "3. Let value be pair's value." "4. Let jsKey ..." "5. Let jsValue ..."
                // "6. Perform ? Call(callbackFn, thisArg, « jsValue, jsKey, O »)."
                KeyValuePair<string, string> pair = state[i];
                realm.Engine.Call(callback, thisArg, [new JsString(pair.Value), new JsString(pair.Key), thisValue]);

                // "7. Set pairs to idlObject's current list of value pairs to iterate over. (It might have changed.)"
                // "8. Set i to i + 1."
            }

            return JsValue.Undefined;
        });

        // IMPLEMENTATION DEFINED: entries, keys, values and @@iterator return an Array Iterator
        // over a snapshot of the list taken when called, not a live "URLSearchParams Iterator"
        // (https://webidl.spec.whatwg.org/#es-default-iterator-object), because Jint's array
        // iterator already has the standard next() behaviour. Pairs added or removed while
        // iterating are therefore not seen, and the iterator's prototype is %ArrayIteratorPrototype%.
        InterfaceMembers.DefineOperation(realm, prototype, "entries", 0, (thisValue, _) => Snapshot(realm, This(realm, thisValue), pair => new JsArray(realm.Engine, [new JsString(pair.Key), new JsString(pair.Value)])));
        InterfaceMembers.DefineOperation(realm, prototype, "keys", 0, (thisValue, _) => Snapshot(realm, This(realm, thisValue), static pair => new JsString(pair.Key)));
        InterfaceMembers.DefineOperation(realm, prototype, "values", 0, (thisValue, _) => Snapshot(realm, This(realm, thisValue), static pair => new JsString(pair.Value)));

        // https://webidl.spec.whatwg.org/#es-iterator
        // "the value of the @@iterator property ... is the same function object as the value of
        //  the "entries" property" with attributes { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }.
        prototype.DefineOwnProperty(GlobalSymbolRegistry.Iterator, new PropertyDescriptor(prototype.Get("entries"), PropertyFlag.NonEnumerable));
    }

    private static JsValue Snapshot(BindingRealm realm, UrlSearchParamsState state, Func<KeyValuePair<string, string>, JsValue> item)
    {
        var items = new JsValue[state.Count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = item(state[i]);
        }

        var arrayPrototype = (ObjectInstance)realm.Engine.Intrinsics.Array.Get("prototype");
        return realm.Engine.Call(arrayPrototype.Get("values"), new JsArray(realm.Engine, items), []);
    }

    private static string Usv(BindingRealm realm, JsValue value, string context, int position) =>
        WebIdlConversions.ToUsvString(realm.Engine, value, $"{context}: parameter {position}");

    private static string? OptionalUsv(BindingRealm realm, JsValue[] arguments, string context) =>
        arguments.Length > 1 && !arguments[1].IsUndefined() ? Usv(realm, arguments[1], context, 2) : null;

    private static UrlSearchParamsState This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<UrlSearchParamsState>(realm.Engine, thisValue);
}

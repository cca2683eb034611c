using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;
using File = WebMessaging.Values.File;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The FormData interface object (https://xhr.spec.whatwg.org/#interface-formdata).</summary>
internal sealed class FormDataConstructor : InterfaceConstructor
{
    private readonly Func<JsValue, JsValue, string, List<KeyValuePair<string, object>>>? _entryList;

    private FormDataConstructor(BindingRealm realm, Func<JsValue, JsValue, string, List<KeyValuePair<string, object>>>? entryList)
        : base(realm, "FormData", 0, parent: null, new JsObject(realm.Engine))
    {
        _entryList = entryList;

        // undefined append(USVString name, USVString value); undefined append(USVString name, Blob blobValue, optional USVString filename);
        // undefined set(...) (the same overloads)
        foreach (var (name, replace) in (ReadOnlySpan<(string, bool)>)[("append", false), ("set", true)])
        {
            var replacing = replace;
            var context = $"Failed to execute '{name}' on 'FormData'";
            InterfaceMembers.DefineOperation(realm, PrototypeObject, name, 2, (thisValue, arguments) =>
            {
                var state = This(thisValue);
                WebIdlConversions.RequireArguments(Engine, arguments, 2, context);
                var entryName = WebIdlConversions.ToUsvString(Engine, arguments[0], context + ": parameter 1");

                // "1. Let value be value if given; otherwise blobValue." "2. Let entry be the result
                // of creating an entry with name, value, and filename if given."
                var entry = new KeyValuePair<string, object>(entryName, CreateEntryValue(arguments, context));

                // append: "3. Append entry to this's entry list." set: "3. If there are entries in
                // this's entry list whose name is name, then replace the first such entry with
                // entry and remove the others. 4. Otherwise, append entry to this's entry list."
                var first = replacing ? state.Entries.FindIndex(e => e.Key == entryName) : -1;
                if (first < 0)
                {
                    state.Entries.Add(entry);
                }
                else
                {
                    state.Entries[first] = entry;
                    for (var i = state.Entries.Count - 1; i > first; i--)
                    {
                        if (state.Entries[i].Key == entryName)
                        {
                            state.Entries.RemoveAt(i);
                        }
                    }
                }

                return JsValue.Undefined;
            });
        }

        // undefined delete(USVString name); FormDataEntryValue? get(USVString name);
        // sequence<FormDataEntryValue> getAll(USVString name); boolean has(USVString name);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "delete", 1, (thisValue, arguments) =>
        {
            var name = Name(thisValue, arguments, "delete", out var state);
            state.Entries.RemoveAll(e => e.Key == name);
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "get", 1, (thisValue, arguments) =>
        {
            var name = Name(thisValue, arguments, "get", out var state);
            var index = state.Entries.FindIndex(e => e.Key == name);
            return index < 0 ? JsValue.Null : ValueOf(state.Entries[index].Value);
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "getAll", 1, (thisValue, arguments) =>
        {
            var name = Name(thisValue, arguments, "getAll", out var state);
            return new JsArray(Engine, [.. state.Entries.Where(e => e.Key == name).Select(e => ValueOf(e.Value))]);
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "has", 1, (thisValue, arguments) =>
        {
            var name = Name(thisValue, arguments, "has", out var state);
            return state.Entries.Exists(e => e.Key == name) ? JsBoolean.True : JsBoolean.False;
        });

        // iterable<USVString, FormDataEntryValue>;
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "forEach", 1, (thisValue, arguments) =>
        {
            var state = This(thisValue);
            var callback = WebIdlConversions.ToCallbackFunction(Engine, WebIdlConversions.Argument(arguments, 0), "Failed to execute 'forEach' on 'FormData': parameter 1");
            var thisArg = WebIdlConversions.Argument(arguments, 1);
            for (var i = 0; i < state.Entries.Count; i++)
            {
                Engine.Call(callback, thisArg, [ValueOf(state.Entries[i].Value), new JsString(state.Entries[i].Key), thisValue]);
            }

            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "entries", 0, (thisValue, _) =>
            IterableSnapshot.Iterator(Engine, [.. This(thisValue).Entries.Select(e => (JsValue)new JsArray(Engine, [new JsString(e.Key), ValueOf(e.Value)]))]));
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "keys", 0, (thisValue, _) =>
            IterableSnapshot.Iterator(Engine, [.. This(thisValue).Entries.Select(e => (JsValue)new JsString(e.Key))]));
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "values", 0, (thisValue, _) =>
            IterableSnapshot.Iterator(Engine, [.. This(thisValue).Entries.Select(e => ValueOf(e.Value))]));
        PrototypeObject.DefineOwnProperty(Jint.Native.Symbol.GlobalSymbolRegistry.Iterator, new PropertyDescriptor(PrototypeObject.Get("entries"), PropertyFlag.NonEnumerable));
    }

    /// <summary>
    /// Installs FormData in the realm and exposes it; <paramref name="entryList"/> (null in
    /// workers) builds the entry list of a form element and its submitter.
    /// </summary>
    public static FormDataConstructor Install(BindingRealm realm, ObjectInstance globalObject, Func<JsValue, JsValue, string, List<KeyValuePair<string, object>>>? entryList)
    {
        var constructor = new FormDataConstructor(realm, entryList);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    // constructor(optional HTMLFormElement form, optional HTMLElement? submitter = null);
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // "1. If form is given, then: ... 3. Let list be the result of constructing the entry list
        // for form and submitter. 4. If list is null, then throw an "InvalidStateError"
        // DOMException. 5. Set this's entry list to list."
        var state = new FormDataState();
        var form = WebIdlConversions.Argument(arguments, 0);
        if (!form.IsUndefined())
        {
            if (_entryList is null)
            {
                throw ScriptErrors.TypeError(Engine, ConstructContext + ": parameter 1 is not of type 'HTMLFormElement'.");
            }

            state.Entries.AddRange(_entryList(form, WebIdlConversions.Argument(arguments, 1), ConstructContext));
        }

        return new PlatformObject(Realm, state, prototype);
    }

    // https://xhr.spec.whatwg.org/#create-an-entry
    private object CreateEntryValue(JsValue[] arguments, string context)
    {
        // "2. If value is a Blob object and not a File object, then set value to a new File object,
        // representing the same bytes, whose name attribute value is "blob"." "3. If value is (now)
        // a File object and filename is given, then set value to a new File object, representing
        // the same bytes, whose name attribute value is filename."
        if (BindingRealm.TryUnwrap<Blob>(arguments[1], out var blob))
        {
            var filename = WebIdlConversions.Argument(arguments, 2);
            var name = !filename.IsUndefined() ? WebIdlConversions.ToUsvString(Engine, filename, context + ": parameter 3") : blob is File file ? file.Name : "blob";
            return blob is File existing && filename.IsUndefined() ? existing : new File(blob.Bytes, name, blob.Type, (blob as File)?.LastModified ?? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        }

        return WebIdlConversions.ToUsvString(Engine, arguments[1], context + ": parameter 2");
    }

    private JsValue ValueOf(object value) => value is string text ? new JsString(text) : Realm.Wrap(value);

    private string Name(JsValue thisValue, JsValue[] arguments, string method, out FormDataState state)
    {
        state = This(thisValue);
        var context = $"Failed to execute '{method}' on 'FormData'";
        WebIdlConversions.RequireArguments(Engine, arguments, 1, context);
        return WebIdlConversions.ToUsvString(Engine, arguments[0], context + ": parameter 1");
    }

    private FormDataState This(JsValue thisValue) => WebIdlConversions.This<FormDataState>(Engine, thisValue);
}

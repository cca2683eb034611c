using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The members of NodeList, HTMLCollection and DOMTokenList prototypes
/// (https://dom.spec.whatwg.org/#interface-nodelist, #interface-htmlcollection, #interface-domtokenlist).
/// </summary>
internal static class CollectionMembers
{
    public static void DefineNodeList(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // getter Node? item(unsigned long index);
        InterfaceMembers.DefineOperation(binding, prototype, "item", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'item' on 'NodeList'";
            NodeCollection list = This(realm, thisValue, "NodeList");
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return realm.Wrap(list.Item(WebIdlConversions.ToUnsignedLong(realm.Engine, arguments[0], context + ": parameter 1")));
        });

        // readonly attribute unsigned long length;
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(This(realm, thisValue, "NodeList").Length));

        // iterable<Node>;
        DefineValueIterable(realm, prototype);
    }

    public static void DefineHtmlCollection(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // readonly attribute unsigned long length;
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(This(realm, thisValue, "HTMLCollection").Length));

        // getter Element? item(unsigned long index);
        InterfaceMembers.DefineOperation(binding, prototype, "item", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'item' on 'HTMLCollection'";
            NodeCollection collection = This(realm, thisValue, "HTMLCollection");
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return realm.Wrap(collection.Item(WebIdlConversions.ToUnsignedLong(realm.Engine, arguments[0], context + ": parameter 1")));
        });

        // getter Element? namedItem(DOMString name);
        // FIXME: the named properties (collection.someId) of [LegacyUnenumerableNamedProperties].
        InterfaceMembers.DefineOperation(binding, prototype, "namedItem", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'namedItem' on 'HTMLCollection'";
            NodeCollection collection = This(realm, thisValue, "HTMLCollection");
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return realm.Wrap(collection.NamedItem(WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1")));
        });

        // https://webidl.spec.whatwg.org/#es-iterator
        // "If the interface has an indexed property getter and an integer-typed attribute named
        //  "length", the @@iterator property's value is %Array.prototype.values%."
        prototype.DefineOwnProperty(GlobalSymbolRegistry.Iterator, new PropertyDescriptor(ArrayPrototype(realm).Get("values"), PropertyFlag.NonEnumerable));
    }

    public static void DefineTokenList(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;
        var engine = realm.Engine;

        // readonly attribute unsigned long length;
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(TokenList(realm, thisValue).Length));

        // getter DOMString? item(unsigned long index);
        InterfaceMembers.DefineOperation(binding, prototype, "item", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'item' on 'DOMTokenList'";
            DomTokenList list = TokenList(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return DomValues.NullableString(list.Item(WebIdlConversions.ToUnsignedLong(engine, arguments[0], context + ": parameter 1")));
        });

        // boolean contains(DOMString token);
        InterfaceMembers.DefineOperation(binding, prototype, "contains", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'contains' on 'DOMTokenList'";
            DomTokenList list = TokenList(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            return DomValues.Boolean(list.Contains(WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1")));
        });

        // [CEReactions] undefined add(DOMString... tokens); undefined remove(DOMString... tokens);
        InterfaceMembers.DefineOperation(binding, prototype, "add", 0, (thisValue, arguments) =>
        {
            DomTokenList list = TokenList(realm, thisValue);
            list.Add(Tokens(realm, arguments, "Failed to execute 'add' on 'DOMTokenList'"));
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(binding, prototype, "remove", 0, (thisValue, arguments) =>
        {
            DomTokenList list = TokenList(realm, thisValue);
            list.Remove(Tokens(realm, arguments, "Failed to execute 'remove' on 'DOMTokenList'"));
            return JsValue.Undefined;
        });

        // [CEReactions] boolean toggle(DOMString token, optional boolean force);
        InterfaceMembers.DefineOperation(binding, prototype, "toggle", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'toggle' on 'DOMTokenList'";
            DomTokenList list = TokenList(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string token = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            JsValue force = WebIdlConversions.Argument(arguments, 1);
            return DomValues.Boolean(list.Toggle(token, force.IsUndefined() ? null : WebIdlConversions.ToBoolean(force)));
        });

        // [CEReactions] boolean replace(DOMString token, DOMString newToken);
        InterfaceMembers.DefineOperation(binding, prototype, "replace", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'replace' on 'DOMTokenList'";
            DomTokenList list = TokenList(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 2, context);
            string token = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");
            string newToken = WebIdlConversions.ToDomString(engine, arguments[1], context + ": parameter 2");
            return DomValues.Boolean(list.Replace(token, newToken));
        });

        // boolean supports(DOMString token);
        InterfaceMembers.DefineOperation(binding, prototype, "supports", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'supports' on 'DOMTokenList'";
            DomTokenList list = TokenList(realm, thisValue);
            WebIdlConversions.RequireArguments(engine, arguments, 1, context);
            string token = WebIdlConversions.ToDomString(engine, arguments[0], context + ": parameter 1");

            // https://dom.spec.whatwg.org/#concept-domtokenlist-validation
            // "1. If the associated attribute's local name does not define supported tokens, throw a TypeError."
            if (!list.HasSupportedTokens)
            {
                throw ScriptErrors.TypeError(engine, $"{context}: DOMTokenList has no supported tokens.");
            }

            return DomValues.Boolean(list.Supports(token));
        });

        // [CEReactions] stringifier attribute DOMString value;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "value",
            thisValue => new JsString(TokenList(realm, thisValue).Value),
            (thisValue, value) => TokenList(realm, thisValue).Value = WebIdlConversions.ToDomString(engine, value, "Failed to set the 'value' property on 'DOMTokenList'"));
        InterfaceMembers.DefineOperation(binding, prototype, "toString", 0, (thisValue, _) => new JsString(TokenList(realm, thisValue).Value));

        // iterable<DOMString>;
        DefineValueIterable(realm, prototype);
    }

    // https://webidl.spec.whatwg.org/#es-iterable: a value iterator of an interface that supports
    // indexed properties uses Array.prototype's entries, keys, values, forEach and @@iterator.
    private static void DefineValueIterable(DomTreeRealm realm, ObjectInstance prototype)
    {
        ObjectInstance arrayPrototype = ArrayPrototype(realm);
        foreach (string name in new[] { "entries", "keys", "values", "forEach" })
        {
            prototype.DefineOwnProperty(name, new PropertyDescriptor(arrayPrototype.Get(name), PropertyFlag.ConfigurableEnumerableWritable));
        }

        prototype.DefineOwnProperty(GlobalSymbolRegistry.Iterator, new PropertyDescriptor(arrayPrototype.Get("values"), PropertyFlag.NonEnumerable));
    }

    private static ObjectInstance ArrayPrototype(DomTreeRealm realm) => (ObjectInstance)realm.Engine.Intrinsics.Array.Get("prototype");

    private static NodeCollection This(DomTreeRealm realm, JsValue thisValue, string interfaceName) =>
        thisValue is PlatformObject { Impl: NodeCollection collection } && collection.IsHtmlCollection == (interfaceName == "HTMLCollection")
            ? collection
            : throw ScriptErrors.IllegalInvocation(realm.Engine);

    private static DomTokenList TokenList(DomTreeRealm realm, JsValue thisValue) => WebIdlConversions.This<DomTokenList>(realm.Engine, thisValue);

    private static List<string> Tokens(DomTreeRealm realm, JsValue[] arguments, string context)
    {
        var tokens = new List<string>(arguments.Length);
        for (int i = 0; i < arguments.Length; i++)
        {
            tokens.Add(WebIdlConversions.ToDomString(realm.Engine, arguments[i], $"{context}: parameter {i + 1}"));
        }

        return tokens;
    }
}

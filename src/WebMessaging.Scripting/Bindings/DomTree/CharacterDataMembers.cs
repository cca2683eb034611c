using AngleSharp.Dom;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The members of CharacterData.prototype (https://dom.spec.whatwg.org/#interface-characterdata) and Text.prototype.</summary>
internal static class CharacterDataMembers
{
    public static void DefineMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        BindingRealm binding = realm.Realm;

        // attribute [LegacyNullToEmptyString] DOMString data;
        InterfaceMembers.DefineAttribute(
            binding,
            prototype,
            "data",
            thisValue => new JsString(This(realm, thisValue).Data),
            (thisValue, value) => DomOperations.SetTextContent(realm, This(realm, thisValue), value.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'data' property on 'CharacterData'")));

        // readonly attribute unsigned long length;
        InterfaceMembers.DefineAttribute(binding, prototype, "length", thisValue => JsNumber.Create(This(realm, thisValue).Length));

        // undefined appendData(DOMString data);
        InterfaceMembers.DefineOperation(binding, prototype, "appendData", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'appendData' on 'CharacterData'";
            ICharacterData node = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            DomOperations.SetTextContent(realm, node, node.Data + WebIdlConversions.ToDomString(realm.Engine, arguments[0], context + ": parameter 1"));
            return JsValue.Undefined;
        });

        // DOMString substringData(unsigned long offset, unsigned long count);
        InterfaceMembers.DefineOperation(binding, prototype, "substringData", 2, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'substringData' on 'CharacterData'";
            ICharacterData node = This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 2, context);
            uint offset = WebIdlConversions.ToUnsignedLong(realm.Engine, arguments[0], context + ": parameter 1");
            uint count = WebIdlConversions.ToUnsignedLong(realm.Engine, arguments[1], context + ": parameter 2");

            // "2. If offset is greater than length, then throw an "IndexSizeError" DOMException."
            string data = node.Data;
            if (offset > data.Length)
            {
                throw new DomException("IndexSizeError", $"{context}: The offset {offset} is greater than the node's length ({data.Length}).");
            }

            // "3. If offset plus count is greater than length, return a string whose value is the
            //  code units from the offsetth code unit to the end of node's data, and then return."
            // "4. Return a string whose value is the code units from the offsetth code unit to
            //  the offset+countth code unit in node's data."
            long end = Math.Min((long)offset + count, data.Length);
            return new JsString(data[(int)offset..(int)end]);
        });

        ChildNodeMembers.DefineMembers(realm, prototype, "CharacterData", nonDocumentType: true);
    }

    public static void DefineTextMembers(DomTreeRealm realm, ObjectInstance prototype)
    {
        // readonly attribute DOMString wholeText;
        InterfaceMembers.DefineAttribute(realm.Realm, prototype, "wholeText", thisValue => new JsString(realm.This<IText>(thisValue).Text));
    }

    private static ICharacterData This(DomTreeRealm realm, JsValue thisValue) => realm.This<ICharacterData>(thisValue);
}

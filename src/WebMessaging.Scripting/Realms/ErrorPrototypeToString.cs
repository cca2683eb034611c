using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// Error.prototype.toString as ECMAScript defines it, installed over Jint's own: Jint 4.18 reads
/// "name" and "message" with Error.prototype as the receiver instead of the this value, so an
/// accessor such as DOMException.prototype.name gets the wrong this and throws "Illegal
/// invocation" (String(domException) and every uncaught DOMException's report did).
/// </summary>
internal static class ErrorPrototypeToString
{
    /// <summary>Replaces the toString of <paramref name="engine"/>'s %Error.prototype%, keeping its attributes, name and length.</summary>
    public static void Install(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var prototype = (ObjectInstance)engine.Intrinsics.Error.Get("prototype");
        var function = new ClrFunction(engine, "toString", (thisValue, _) => ToString(engine, thisValue), 0, PropertyFlag.Configurable);
        prototype.DefineOwnProperty("toString", new PropertyDescriptor(function, PropertyFlag.Writable | PropertyFlag.Configurable));
    }

    // https://tc39.es/ecma262/#sec-error.prototype.tostring
    private static JsValue ToString(Engine engine, JsValue thisValue)
    {
        // "1. Let O be the this value."
        // "2. If O is not an Object, throw a TypeError exception."
        if (thisValue is not ObjectInstance o)
        {
            throw new JavaScriptException(engine.Intrinsics.TypeError, "Error.prototype.toString requires that 'this' be an Object");
        }

        // "3. Let name be ? Get(O, "name")."
        // "4. If name is undefined, set name to "Error"; otherwise set name to ? ToString(name)."
        JsValue nameValue = o.Get("name", o);
        string name = nameValue.IsUndefined() ? "Error" : TypeConverter.ToString(nameValue);

        // "5. Let msg be ? Get(O, "message")."
        // "6. If msg is undefined, set msg to the empty String; otherwise set msg to ? ToString(msg)."
        JsValue messageValue = o.Get("message", o);
        string message = messageValue.IsUndefined() ? string.Empty : TypeConverter.ToString(messageValue);

        // "7. If name is the empty String, return msg."
        if (name.Length == 0)
        {
            return new JsString(message);
        }

        // "8. If msg is the empty String, return name."
        if (message.Length == 0)
        {
            return new JsString(name);
        }

        // "9. Return the string-concatenation of name, the code unit 0x003A (COLON), the code
        //  unit 0x0020 (SPACE), and msg."
        return new JsString(name + ": " + message);
    }
}

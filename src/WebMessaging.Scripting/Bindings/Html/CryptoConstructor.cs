using System.Security.Cryptography;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Crypto interface object (https://w3c.github.io/webcrypto/#crypto-interface):
/// getRandomValues() everywhere and, in secure contexts, randomUUID(). The random bytes come
/// from the operating system's cryptographically strong generator, as the standard asks.
/// </summary>
internal sealed class CryptoConstructor : InterfaceConstructor
{
    // "If the byteLength of array is greater than 65536, throw a QuotaExceededError."
    private const int MaxRandomBytes = 65536;

    private CryptoConstructor(BindingRealm realm, bool secureContext)
        : base(realm, "Crypto", 0, parent: null, new JsObject(realm.Engine))
    {
        // ArrayBufferView getRandomValues(ArrayBufferView array);
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "getRandomValues", 1, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'getRandomValues' on 'Crypto'";
            This(realm, thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
            return GetRandomValues(realm, arguments[0], context);
        });

        // [SecureContext] DOMString randomUUID();
        // FIXME: [SecureContext] readonly attribute SubtleCrypto subtle;
        if (secureContext)
        {
            InterfaceMembers.DefineOperation(realm, PrototypeObject, "randomUUID", 0, (thisValue, _) =>
            {
                This(realm, thisValue);
                return new JsString(RandomUuid());
            });
        }
    }

    /// <summary>Installs Crypto in the global's realm and defines the global's [SameObject] crypto attribute.</summary>
    public static CryptoConstructor Install(IScriptGlobal global, bool secureContext)
    {
        BindingRealm realm = global.Bindings;
        var constructor = new CryptoConstructor(realm, secureContext);
        constructor.ExposeOn(global.GlobalObject);
        var crypto = new PlatformObject(realm, new CryptoSource(), constructor.PrototypeObject);

        // [SameObject] readonly attribute Crypto crypto;
        InterfaceMembers.DefineAttribute(realm, global.GlobalObject, "crypto", _ => crypto);
        return constructor;
    }

    /// <summary>
    /// https://w3c.github.io/webcrypto/#Crypto-method-getRandomValues
    /// </summary>
    private static JsValue GetRandomValues(BindingRealm realm, JsValue array, string context)
    {
        if (!BufferSources.IsBufferSource(array) || array is JsArrayBuffer)
        {
            throw ScriptErrors.TypeError(realm.Engine, context + ": parameter 1 is not of type 'ArrayBufferView'.");
        }

        // "1. If array is not an Int8Array, Uint8Array, Uint8ClampedArray, Int16Array,
        // Uint16Array, Int32Array, Uint32Array, BigInt64Array, or BigUint64Array, then throw a
        // TypeMismatchError and terminate the algorithm."
        ArrayBufferViewKind kind = JsRealm.GetArrayBufferView(array).Kind;
        if (kind is ArrayBufferViewKind.Float16Array or ArrayBufferViewKind.Float32Array or ArrayBufferViewKind.Float64Array or ArrayBufferViewKind.DataView)
        {
            throw ScriptErrors.DomException(realm, "TypeMismatchError", context + $": The provided ArrayBufferView is of type '{kind}', which is not an integer array type.");
        }

        // "2. Let byteLength be the byte length of array."
        // "3. If byteLength is greater than 65536, throw a QuotaExceededError and terminate the algorithm."
        var bytes = BufferSources.GetWritableBytes(array);
        if (bytes.Length > MaxRandomBytes)
        {
            throw ScriptErrors.DomException(realm, "QuotaExceededError", context + $": The ArrayBufferView's byte length ({bytes.Length}) exceeds the number of bytes of entropy available via this API ({MaxRandomBytes}).");
        }

        // "4. Let bytes be a byte sequence of length byteLength. 5. Fill bytes with cryptographically
        // secure random bytes. 6. Write bytes into array. 7. Return array."
        RandomNumberGenerator.Fill(bytes);
        return array;
    }

    /// <summary>
    /// https://w3c.github.io/webcrypto/#Crypto-method-randomUUID
    /// "generate a random UUID": a version 4 UUID from sixteen random bytes.
    /// </summary>
    private static string RandomUuid()
    {
        // "1. Let bytes be a byte sequence of length 16. 2. Fill bytes with cryptographically secure
        // random bytes. 3. Set the 4 most significant bits of bytes[6] ... to 0100. 4. Set the 2
        // most significant bits of bytes[8] ... to 10. 5. Return the string concatenation of « the
        // hexadecimal representations of bytes[0..4], "-", [4..6], "-", [6..8], "-", [8..10], "-", [10..16] »."
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private static CryptoSource This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<CryptoSource>(realm.Engine, thisValue);
}
